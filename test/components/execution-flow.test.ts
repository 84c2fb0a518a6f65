/// <reference types="mocha" />
/* Page side of execution flow: the dialog, write_stream's typewriter, the status widget,
 * the request queue, fragment-scoped stale cleanup, fragment timers and the interrupt
 * channel (components/app/{run-queue,fragments,interrupt,element-tree}.ts). */
import { expect } from "@esm-bundle/chai";
import { html, render } from "lit";
import { renderDialog, type StDialog } from "../../components/blocks/dialog/st-dialog.js";
import "../../components/elements/write-stream/st-write-stream.js";
import { typingStep } from "../../components/elements/write-stream/st-write-stream.js";
import { ElementTree } from "../../components/app/element-tree.js";
import { FragmentRuns } from "../../components/app/fragments.js";
import { InterruptChannel, RERUN_REQUESTED, STOP_REQUESTED } from "../../components/app/interrupt.js";
import { RunQueue } from "../../components/app/run-queue.js";
import { STOP_REQUEST_EVENT } from "../../components/app/st-status-widget.js";
import "../../components/app/st-status-widget.js";
import type { Delta, DialogBlock, ElementPayload, WriteStreamPayload } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, makeContainer, mount, nextFrame, press, sleep, update, waitFor } from "./fixtures.js";

function dialogBlock(overrides: Partial<DialogBlock> = {}): DialogBlock {
  return { type: "dialog", allowEmpty: false, title: "Edit **it**", width: "small", dismissible: true, icon: null, dismissId: null, ...overrides };
}

async function mountDialog(block: DialogBlock, container = makeContainer()): Promise<{ host: StDialog; dialog: HTMLDialogElement; container: HTMLElement }> {
  render(renderDialog(block, html`<button class="inside">Inside</button>`), container);
  const host = container.querySelector("st-dialog")!;
  await host.updateComplete;
  return { host, dialog: host.querySelector("dialog")!, container };
}

describe("st-dialog", () => {
  afterEach(cleanup);

  it("opens as a modal with the title and the body; focus moves inside", async () => {
    const { dialog } = await mountDialog(dialogBlock());
    expect(dialog.dataset.testid).to.equal("stDialog");
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(":modal")).to.equal(true);
    expect(dialog.querySelector(".st-dialog-title strong")!.textContent).to.equal("it");
    expect(dialog.querySelector(".inside")).to.exist;
    expect(dialog.contains(document.activeElement)).to.equal(true);
    expect(document.querySelectorAll('[data-testid="stDialog"]')).to.have.length(1);
  });

  it("Tab keeps focus inside while it is open", async () => {
    const container = makeContainer();
    const outside = document.createElement("button");
    outside.textContent = "outside";
    container.append(outside);
    const holder = document.createElement("div");
    container.append(holder);
    const { dialog } = await mountDialog(dialogBlock(), holder);
    for (let i = 0; i < 4; i++) {
      await press("Tab");
      expect(document.activeElement === outside, "focus never reaches the page behind").to.equal(false);
    }
    expect(dialog.open).to.equal(true);
  });

  it("Escape and the close button dismiss it; with on_dismiss a trigger fires", async () => {
    const capture = captureValueEvents();
    try {
      const { dialog } = await mountDialog(dialogBlock({ dismissId: "dismiss-1" }));
      await press("Escape");
      await nextFrame();
      expect(dialog.open).to.equal(false);
      expect(capture.events.map((e) => e.detail)).to.deep.equal([{ widgetId: "dismiss-1", value: true, trigger: true }]);
      const second = await mountDialog(dialogBlock());
      await clickOn(second.dialog.querySelector('button[aria-label="Close"]')!);
      await nextFrame();
      expect(second.dialog.open).to.equal(false);
      expect(capture.events).to.have.length(1);
    } finally {
      capture.stop();
    }
  });

  it("not dismissible: no close button and Escape keeps it open", async () => {
    const { dialog } = await mountDialog(dialogBlock({ dismissible: false }));
    expect(dialog.querySelector('button[aria-label="Close"]')).to.equal(null);
    await press("Escape");
    await nextFrame();
    expect(dialog.open).to.equal(true);
  });

  it("a new payload from Python opens a dismissed dialog again; width sets its size", async () => {
    const container = makeContainer();
    const first = await mountDialog(dialogBlock({ width: "large" }), container);
    expect(first.dialog.dataset.width).to.equal("large");
    await press("Escape");
    await nextFrame();
    expect(first.dialog.open).to.equal(false);
    render(renderDialog(dialogBlock({ width: "large" }), html`<p>again</p>`), container);
    await first.host.updateComplete;
    expect(first.dialog.open).to.equal(true);
  });

  it("closes when removed from the page (a full run that did not call it)", async () => {
    const { dialog, container } = await mountDialog(dialogBlock());
    render(html``, container);
    expect(dialog.isConnected).to.equal(false);
    expect(dialog.open).to.equal(false);
  });
});

describe("st-write-stream", () => {
  afterEach(cleanup);
  const payload = (body: string, done = false, cursor: string | null = null): WriteStreamPayload => ({ type: "writeStream", body, done, cursor });
  const text = (el: HTMLElement) => el.querySelector('[data-testid="stMarkdownContainer"]')!.textContent!.trim();

  it("types new text out instead of showing it at once, then shows all of it as Markdown", async () => {
    const long = "word ".repeat(60).trim();
    const el = await mount("st-write-stream", payload(long));
    expect(el.dataset.testid).to.equal("stMarkdown");
    expect(text(el).length, "not all at once").to.be.lessThan(long.length);
    await waitFor(() => text(el) === long, "the full text");
    await update(el, payload(`${long} **end**`, true));
    await waitFor(() => el.querySelector("strong")?.textContent === "end", "the appended Markdown");
  });

  it("text that was replaced rather than extended restarts from the common part", async () => {
    const el = await mount("st-write-stream", payload("abc"));
    await waitFor(() => text(el) === "abc", "abc");
    await update(el, payload("abXYZ", true));
    await waitFor(() => text(el) === "abXYZ", "the new text");
  });

  it("shows a custom cursor while streaming only", async () => {
    const el = await mount("st-write-stream", payload("hi", false, "▌"));
    await waitFor(() => text(el) === "hi▌", "the cursor");
    await update(el, payload("hi there", true, "▌"));
    await waitFor(() => text(el) === "hi there", "no cursor when done");
  });

  it("types a few characters per step, more when far behind", () => {
    expect(typingStep(1)).to.equal(3);
    expect(typingStep(1000)).to.equal(50);
  });
});

describe("st-status-widget", () => {
  afterEach(cleanup);

  it("shows Running… with a Stop button only while running; Stop asks <st-app> to stop", async () => {
    const container = makeContainer();
    const widget = document.createElement("st-status-widget");
    container.append(widget);
    await widget.updateComplete;
    expect(widget.querySelector('[data-testid="stStatusWidget"]')).to.equal(null);
    widget.running = true;
    await widget.updateComplete;
    const root = widget.querySelector('[data-testid="stStatusWidget"]')!;
    expect(root.textContent).to.contain("Running");
    let stops = 0;
    container.addEventListener(STOP_REQUEST_EVENT, () => stops++);
    const stop = root.querySelector("button")!;
    expect(stop.textContent!.trim()).to.equal("Stop");
    stop.focus();
    await press("Enter");
    expect(stops).to.equal(1);
  });
});

describe("RunQueue", () => {
  const trig = { value: true, trigger: true };

  it("merges queued requests: newest values win, triggers stay true", () => {
    const q = new RunQueue();
    q.push({ widgetStates: { a: { value: 1 }, btn: trig } });
    q.push({ widgetStates: { a: { value: 2 }, btn: { value: false } } });
    expect(q.preempts).to.equal(true);
    expect(q.take()).to.deep.equal({ widgetStates: { a: { value: 2 }, btn: trig }, fragmentId: null, isAutoRerun: false });
    expect(q.isEmpty).to.equal(true);
    expect(q.take()).to.equal(undefined);
  });

  it("keeps a chat input's message when merging triggers", () => {
    const q = new RunQueue();
    q.push({ widgetStates: { chat: { value: "hello", trigger: true } } });
    q.push({ widgetStates: { other: { value: 1 } } });
    expect(q.take()!.widgetStates!.chat).to.deep.equal({ value: "hello", trigger: true });
  });

  it("fragment requests do not preempt and run one by one; a full request absorbs them", () => {
    const q = new RunQueue();
    q.push({ widgetStates: { a: { value: 1 } }, fragmentId: "f1" });
    q.push({ widgetStates: { a: { value: 2 } }, fragmentId: "f2", isAutoRerun: true });
    q.push({ widgetStates: null, fragmentId: "f1", isAutoRerun: true });
    expect(q.preempts).to.equal(false);
    expect(q.take()).to.deep.equal({ widgetStates: { a: { value: 2 } }, fragmentId: "f1", isAutoRerun: false });
    expect(q.take()).to.deep.equal({ widgetStates: null, fragmentId: "f2", isAutoRerun: true });
    expect(q.isEmpty).to.equal(true);

    q.push({ widgetStates: { a: { value: 1 } }, fragmentId: "f1" });
    q.push({ widgetStates: { b: { value: 1 } } });
    q.push({ widgetStates: null, fragmentId: "f2" });
    expect(q.preempts).to.equal(true);
    expect(q.take()).to.deep.equal({ widgetStates: { a: { value: 1 }, b: { value: 1 } }, fragmentId: null, isAutoRerun: false });
    expect(q.isEmpty).to.equal(true);
  });
});

describe("ElementTree: fragment runs", () => {
  const md = (body: string): ElementPayload => ({ type: "markdown", body, allowHtml: false, variant: "markdown", help: null });
  const el = (path: number[], body: string): Delta => ({ kind: "newElement", path, element: md(body) });
  const block = (path: number[]): Delta => ({
    kind: "addBlock",
    path,
    block: { type: "vertical", allowEmpty: false, border: false, key: null, width: "stretch", height: "content", horizontal: false, horizontalAlignment: "left", verticalAlignment: "top", gap: "small" },
  });
  const bodies = (tree: ElementTree) => {
    const out: string[] = [];
    const walk = (nodes: (import("../../components/app/element-tree.js").TreeNode | undefined)[]) => {
      for (const n of nodes) {
        if (!n) continue;
        if (n.kind === "block") walk(n.children);
        else if (n.payload.type === "markdown") out.push(n.payload.body);
      }
    };
    walk(tree.roots.flatMap((r) => r.children));
    return out;
  };

  it("a fragment run fades and drops only what is stale inside the fragment", () => {
    const tree = new ElementTree();
    for (const d of [el([0, 0], "outer"), block([0, 1]), el([0, 1, 0], "in a"), el([0, 1, 1], "in b"), el([0, 2], "after"), el([1, 0], "side")]) tree.apply(d, 1);
    tree.beginRun(2, [0, 1]);
    tree.apply(block([0, 1]), 2);
    tree.apply(el([0, 1, 0], "in a2"), 2);
    // Outside the fragment nothing is stale; inside, the old second element is.
    expect(tree.nodeAt([0, 0])!.runId).to.equal(2);
    expect(tree.nodeAt([1, 0])!.runId).to.equal(2);
    expect(tree.nodeAt([0, 1, 1])!.runId).to.equal(1);
    tree.clearStale(2, [0, 1]);
    expect(bodies(tree)).to.deep.equal(["outer", "in a2", "after", "side"]);
    // A full run afterwards cleans everything it did not write.
    tree.beginRun(3, null);
    tree.apply(el([0, 0], "only"), 3);
    tree.clearStale(3);
    expect(bodies(tree)).to.deep.equal(["only"]);
  });
});

describe("FragmentRuns", () => {
  it("maps widgets to their fragment and knows the run's scope", () => {
    const runs = new FragmentRuns(() => undefined);
    runs.onDelta({ kind: "newElement", path: [0, 1, 0], element: { type: "button", id: "w1" } as ElementPayload, fragmentId: "f" });
    runs.onDelta({ kind: "newElement", path: [0, 2], element: { type: "button", id: "w2" } as ElementPayload });
    expect(runs.fragmentOf("w1")).to.equal("f");
    expect(runs.fragmentOf("w2")).to.equal(undefined);
    runs.onRunStart({ type: "scriptStarted", runId: 5, fragmentId: "f", scope: [0, 1] });
    expect(runs.scope).to.deep.equal([0, 1]);
    runs.onRunStart({ type: "scriptStarted", runId: 6 });
    expect(runs.scope).to.equal(null);
    runs.dispose();
  });

  it("run_every timers fire until the next full run", async () => {
    const fired: string[] = [];
    const runs = new FragmentRuns((id) => fired.push(id));
    runs.onAutoRerun({ type: "autoRerun", fragmentId: "tick", interval: 0.05 });
    await waitFor(() => fired.length >= 2, "two timer reruns");
    runs.onRunStart({ type: "scriptStarted", runId: 1, fragmentId: "tick", scope: [0, 0] });
    const during = fired.length;
    await sleep(120);
    expect(fired.length, "a fragment run keeps the timer").to.be.greaterThan(during);
    runs.onRunStart({ type: "scriptStarted", runId: 2 });
    const after = fired.length;
    await sleep(150);
    expect(fired.length, "a full run resets the timers").to.equal(after);
    runs.dispose();
  });
});

describe("InterruptChannel", () => {
  it("is available in a cross-origin isolated page and carries rerun and stop requests", () => {
    const channel = InterruptChannel.create();
    expect(globalThis.crossOriginIsolated, "the test server sends COOP/COEP").to.equal(true);
    expect(channel).to.exist;
    const c = channel!;
    const signal = new Int32Array(c.buffer, 0, 1);
    c.requestRerun();
    expect(c.request).to.equal(RERUN_REQUESTED);
    c.requestStop();
    c.requestRerun();
    expect(c.request, "a stop is not downgraded").to.equal(STOP_REQUESTED);
    c.hardInterrupt();
    expect(signal[0]).to.equal(2);
    c.reset();
    expect(c.request).to.equal(0);
    expect(signal[0]).to.equal(0);
  });
});
