/// <reference types="mocha" />
/*
 * Component tests for the layout blocks (container, columns, tabs, expander/status,
 * popover) drawn through render.ts from an element tree, the live status elements
 * (progress, spinner, toast, balloons, snow, space) and the sidebar resizer.
 */
import { expect } from "@esm-bundle/chai";
import { html, render } from "lit";
import "../../components/elements/balloons/st-balloons.js";
import "../../components/elements/checkbox/st-checkbox.js";
import "../../components/elements/empty/st-empty.js";
import "../../components/elements/markdown/st-markdown.js";
import "../../components/elements/progress/st-progress.js";
import "../../components/elements/space/st-space.js";
import "../../components/elements/spinner/st-spinner.js";
import "../../components/elements/toast/st-toast.js";
import "../../components/app/st-sidebar-resizer.js";
import { appCss } from "../../components/app/app.css.js";
import { ElementTree, plainContainer } from "../../components/app/element-tree.js";
import { renderChildren } from "../../components/app/render.js";
import { adoptStyles } from "../../components/lib/st-element.js";
import type { StBalloons } from "../../components/elements/balloons/st-balloons.js";
import type {
  BlockPayload,
  ColumnBlock,
  Delta,
  DeltaPath,
  ElementPayload,
  ExpandableBlock,
  MarkdownPayload,
  PopoverBlock,
  ProgressPayload,
  SpinnerPayload,
  TabContainerBlock,
  ToastPayload,
  VerticalBlock,
} from "../../packages/protocol/index.js";
import { cleanup, clickOn, makeContainer, mount, nextFrame, press, update, waitFor } from "./fixtures.js";

// -- payloads ---------------------------------------------------------------------------

const md = (body: string): MarkdownPayload => ({ type: "markdown", body, allowHtml: false, variant: "markdown", help: null });
const container = (over: Partial<VerticalBlock> = {}): VerticalBlock => ({ ...plainContainer(), ...over });
const row = (gap: "small" | "medium" | "large" | null = "small"): BlockPayload => ({ type: "horizontal", allowEmpty: false, gap, width: "stretch" });
const column = (weight: number, over: Partial<ColumnBlock> = {}): ColumnBlock => ({
  type: "column",
  allowEmpty: true,
  weight,
  gap: "small",
  verticalAlignment: "top",
  border: false,
  ...over,
});
const tabs = (defaultIndex = 0): TabContainerBlock => ({ type: "tabContainer", allowEmpty: true, width: "stretch", defaultIndex });
const tab = (label: string): BlockPayload => ({ type: "tab", allowEmpty: true, label });
const expander = (label: string, over: Partial<ExpandableBlock> = {}): ExpandableBlock => ({
  type: "expandable",
  allowEmpty: false,
  label,
  expanded: false,
  icon: null,
  state: null,
  width: "stretch",
  ...over,
});
const popover = (label: string, over: Partial<PopoverBlock> = {}): PopoverBlock => ({
  type: "popover",
  allowEmpty: true,
  label,
  help: null,
  icon: null,
  disabled: false,
  kind: "secondary",
  width: "content",
  ...over,
});

const el = (path: DeltaPath, element: ElementPayload): Delta => ({ kind: "newElement", path, element });
const block = (path: DeltaPath, b: BlockPayload): Delta => ({ kind: "addBlock", path, block: b });

const byTestId = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = (node: Element | null | undefined) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Waits for every Lit element under `root` to finish rendering. */
async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const node of root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>("*")) {
      if (node.updateComplete) await node.updateComplete;
    }
  }
  await nextFrame();
}

/** The main root of a tree built from `deltas`, drawn like <st-app> draws it; `redraw` applies more deltas. */
async function draw(deltas: Delta[]) {
  const tree = new ElementTree();
  const host = makeContainer();
  const paint = async () => {
    render(html`<div class="stVerticalBlock" data-testid="stVerticalBlock">${renderChildren(tree.roots[0]!, { runningId: null })}</div>`, host);
    await settle(host);
  };
  for (const d of deltas) tree.apply(d, 1);
  await paint();
  return {
    host,
    tree,
    async redraw(more: Delta[]) {
      for (const d of more) tree.apply(d, 1);
      await paint();
    },
  };
}

// The app shell's CSS (block wrappers are `display: contents` there), as <st-app> adopts it.
before(() => adoptStyles(appCss));
afterEach(cleanup);

// -- counting rules -----------------------------------------------------------------------

describe("layout blocks: counting rules (testids.md)", () => {
  it("does not draw empty expanders and plain containers, draws the other empty blocks", async () => {
    const { host } = await draw([
      block([0, 0], expander("empty expander")),
      block([0, 1], container()),
      block([0, 2], row()),
      block([0, 2, 0], column(0.5)),
      block([0, 2, 1], column(0.5)),
      block([0, 3], tabs()),
      block([0, 3, 0], tab("A")),
      block([0, 4], popover("Pop")),
      block([0, 5], expander("Status", { state: "running", allowEmpty: true })),
      block([0, 6], container({ height: 120, border: true, allowEmpty: true })),
    ]);
    expect(byTestId(host, "stExpander")).to.have.length(1);
    expect(text(byTestId(host, "stExpander")[0])).to.contain("Status");
    expect(byTestId(host, "stHorizontalBlock")).to.have.length(1);
    expect(byTestId(host, "stColumn")).to.have.length(2);
    expect(byTestId(host, "stTabs")).to.have.length(1);
    expect(byTestId(host, "stPopover")).to.have.length(1);
    expect(byTestId(host, "stVerticalBlockBorderWrapper")).to.have.length(1);
  });

  it("draws an expander once something is written into it", async () => {
    const view = await draw([block([0, 0], expander("Later"))]);
    expect(byTestId(view.host, "stExpander")).to.have.length(0);
    await view.redraw([el([0, 0, 0], md("inside"))]);
    expect(byTestId(view.host, "stExpander")).to.have.length(1);
    expect(text(byTestId(view.host, "stExpanderDetails")[0])).to.equal("inside");
  });
});

// -- container and columns ------------------------------------------------------------------

describe("layout blocks: container and columns", () => {
  it("draws a keyed, bordered, fixed-height container that scrolls", async () => {
    const lines = Array.from({ length: 20 }, (_, i) => el([0, 0, i], md(`line ${i}`)));
    const { host } = await draw([block([0, 0], container({ key: "box", border: true, height: 100, allowEmpty: true })), ...lines]);
    const wrapper = byTestId(host, "stVerticalBlockBorderWrapper")[0]!;
    expect(wrapper.classList.contains("st-key-box")).to.equal(true);
    expect(wrapper.getBoundingClientRect().height).to.be.closeTo(100, 1);
    expect(wrapper.scrollHeight).to.be.greaterThan(wrapper.clientHeight);
    expect(getComputedStyle(wrapper).overflowY).to.equal("auto");
  });

  it("puts the key class on an unbordered container and lays a horizontal one out in a row", async () => {
    const { host } = await draw([
      block([0, 0], container({ key: "plain" })),
      el([0, 0, 0], md("k")),
      block([0, 1], container({ horizontal: true, gap: "large", horizontalAlignment: "right" })),
      el([0, 1, 0], md("left")),
      el([0, 1, 1], md("right")),
    ]);
    expect(host.querySelector(".st-key-plain")?.getAttribute("data-testid")).to.equal("stVerticalBlock");
    const rowEl = byTestId(host, "stHorizontalBlock")[0]!;
    const [a, b] = byTestId(rowEl, "stMarkdown").map((m) => m.getBoundingClientRect());
    expect(a!.top).to.be.closeTo(b!.top, 1);
    expect(b!.left - a!.right).to.be.closeTo(64, 2); // gap="large": 4rem
    expect(getComputedStyle(rowEl).justifyContent).to.equal("flex-end");
  });

  it("gives columns widths by weight and places children in their column", async () => {
    const { host } = await draw([
      block([0, 0], row(null)),
      block([0, 0, 0], column(0.75)),
      block([0, 0, 1], column(0.25, { border: true })),
      el([0, 0, 1, 0], md("right")),
      el([0, 0, 0, 0], md("left")),
    ]);
    const [left, right] = byTestId(host, "stColumn");
    expect(text(left)).to.equal("left");
    expect(text(right)).to.equal("right");
    const lw = left!.getBoundingClientRect().width;
    const rw = right!.getBoundingClientRect().width;
    expect(lw / rw).to.be.closeTo(3, 0.05);
    expect(right!.querySelector('[data-testid="stVerticalBlockBorderWrapper"]')).to.not.equal(null);
  });
});

// -- tabs -------------------------------------------------------------------------------------

describe("st-tabs", () => {
  const tabTree = (defaultIndex = 0) => [
    block([0, 0], tabs(defaultIndex)),
    block([0, 0, 0], tab("Cat")),
    block([0, 0, 1], tab("**Dog**")),
    block([0, 0, 2], tab("Owl")),
    el([0, 0, 0, 0], md("cat content")),
    el([0, 0, 1, 0], md("dog content")),
  ];
  const visiblePanels = (host: Element) =>
    [...host.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => text(p));

  it("draws one stTab per label, every panel, and shows the default tab", async () => {
    const { host } = await draw(tabTree(1));
    const tabButtons = byTestId(host, "stTab");
    expect(tabButtons.map((t) => text(t))).to.deep.equal(["Cat", "Dog", "Owl"]);
    expect(tabButtons[1]!.querySelector("strong")).to.not.equal(null);
    expect(tabButtons.map((t) => t.getAttribute("aria-selected"))).to.deep.equal(["false", "true", "false"]);
    expect(host.querySelectorAll('[role="tabpanel"]')).to.have.length(3);
    expect(visiblePanels(host)).to.deep.equal(["dog content"]);
  });

  it("selects a tab on click and keeps the selection when redrawn", async () => {
    const view = await draw(tabTree());
    await clickOn(byTestId(view.host, "stTab")[1]!);
    await settle(view.host);
    expect(visiblePanels(view.host)).to.deep.equal(["dog content"]);
    await view.redraw([block([0, 0], tabs()), el([0, 0, 1, 0], md("dog again"))]);
    expect(visiblePanels(view.host)).to.deep.equal(["dog again"]);
  });

  it("moves with arrow keys, Home and End (roving tabindex)", async () => {
    const { host } = await draw(tabTree());
    const tabButtons = byTestId(host, "stTab");
    tabButtons[0]!.focus();
    await press("ArrowRight");
    await settle(host);
    expect(document.activeElement).to.equal(tabButtons[1]);
    expect(tabButtons.map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1]);
    await press("End");
    await settle(host);
    expect(tabButtons[2]!.getAttribute("aria-selected")).to.equal("true");
    await press("ArrowRight");
    await settle(host);
    expect(document.activeElement).to.equal(tabButtons[0]);
    await press("ArrowLeft");
    await settle(host);
    expect(visiblePanels(host)).to.deep.equal([""]);
    await press("Home");
    await settle(host);
    expect(visiblePanels(host)).to.deep.equal(["cat content"]);
  });
});

// -- expander and status ------------------------------------------------------------------------

describe("st-expander", () => {
  it("opens and closes from the summary by mouse and keyboard", async () => {
    const { host } = await draw([block([0, 0], expander("See *more*", { icon: ":material/info:" })), el([0, 0, 0], md("hidden text"))]);
    const details = host.querySelector("details")!;
    const summary = details.querySelector("summary")!;
    expect(details.open).to.equal(false);
    expect(summary.querySelector("em")).to.not.equal(null);
    expect(byTestId(host, "stIconMaterial")).to.have.length(1);
    await clickOn(summary);
    expect(details.open).to.equal(true);
    expect(byTestId(host, "stExpanderDetails")[0]!.checkVisibility()).to.equal(true);
    summary.focus();
    await press("Enter");
    await nextFrame();
    expect(details.open).to.equal(false);
  });

  it("starts open with expanded=True and keeps the user's choice across reruns", async () => {
    const view = await draw([block([0, 0], expander("Open", { expanded: true })), el([0, 0, 0], md("x"))]);
    const details = view.host.querySelector("details")!;
    expect(details.open).to.equal(true);
    await clickOn(details.querySelector("summary")!);
    expect(details.open).to.equal(false);
    // A rerun sends the same expanded=True: the user's choice stays.
    await view.redraw([block([0, 0], expander("Open", { expanded: true }))]);
    expect(details.open).to.equal(false);
  });

  it("shows the status state icons and follows status.update()", async () => {
    const status = (over: Partial<ExpandableBlock>) => expander("Working", { allowEmpty: true, state: "running", expanded: true, ...over });
    const view = await draw([block([0, 0], status({}))]);
    const details = view.host.querySelector("details")!;
    expect(byTestId(view.host, "stExpanderIconSpinner")).to.have.length(1);
    expect(details.open).to.equal(true);
    // update(state="complete") without expanded: the page keeps what it shows.
    await clickOn(details.querySelector("summary")!);
    await view.redraw([block([0, 0], status({ state: "complete", expanded: null }))]);
    expect(byTestId(view.host, "stExpanderIconCheck")).to.have.length(1);
    expect(details.open).to.equal(false);
    await view.redraw([block([0, 0], status({ state: "error", expanded: true, label: "Failed" }))]);
    expect(byTestId(view.host, "stExpanderIconError")).to.have.length(1);
    expect(details.open).to.equal(true);
    expect(text(details.querySelector("summary"))).to.equal("Failed");
  });
});

// -- popover ----------------------------------------------------------------------------------------

describe("st-popover", () => {
  it("opens its container from the button, keeps it open across redraws, closes on Escape", async () => {
    const view = await draw([block([0, 0], popover("Settings", { help: "Tip" })), el([0, 0, 0], md("inside popover"))]);
    const button = byTestId(view.host, "stPopoverButton")[0]!;
    const body = byTestId(view.host, "stPopoverBody")[0]!;
    expect(text(body)).to.equal("inside popover");
    expect(body.matches(":popover-open")).to.equal(false);
    expect(byTestId(view.host, "stTooltipIcon")).to.have.length(1);
    await clickOn(button);
    await settle(view.host);
    expect(body.matches(":popover-open")).to.equal(true);
    expect(button.getAttribute("aria-expanded")).to.equal("true");
    expect(body.getBoundingClientRect().top).to.be.greaterThan(button.getBoundingClientRect().bottom - 1);
    await view.redraw([block([0, 0], popover("Settings", { help: "Tip" })), el([0, 0, 0], md("after rerun"))]);
    expect(body.matches(":popover-open")).to.equal(true);
    expect(text(body)).to.equal("after rerun");
    await press("Escape");
    await settle(view.host);
    expect(body.matches(":popover-open")).to.equal(false);
    expect(button.getAttribute("aria-expanded")).to.equal("false");
  });

  it("does not open when disabled", async () => {
    const { host } = await draw([block([0, 0], popover("Off", { disabled: true })), el([0, 0, 0], md("x"))]);
    const button = byTestId(host, "stPopoverButton")[0] as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    button.click();
    expect(byTestId(host, "stPopoverBody")[0]!.matches(":popover-open")).to.equal(false);
  });
});

// -- live status elements ------------------------------------------------------------------------------

describe("st-progress", () => {
  const progress = (value: number, textValue: string | null = null): ProgressPayload => ({ type: "progress", value, text: textValue, width: "stretch" });

  it("draws the value as a progressbar with Markdown text and moves in place", async () => {
    const bar = await mount("st-progress", progress(30, "Loading **data**"));
    expect(bar.dataset.testid).to.equal("stProgress");
    const track = bar.querySelector('[role="progressbar"]')!;
    expect(track.getAttribute("aria-valuenow")).to.equal("30");
    expect(bar.querySelector("strong")?.textContent).to.equal("data");
    const fill = bar.querySelector<HTMLElement>(".st-progress-fill")!;
    expect(fill.style.width).to.equal("30%");
    await update(bar, progress(75));
    expect(fill.style.width).to.equal("75%");
    expect(bar.querySelector("strong")).to.equal(null);
  });
});

describe("st-spinner", () => {
  const spinner = (over: Partial<SpinnerPayload> = {}): SpinnerPayload => ({
    type: "spinner",
    text: "Please wait...",
    showTime: false,
    cache: false,
    delayMs: 150,
    width: "content",
    ...over,
  });

  it("stays hidden for the delay, then shows its text", async () => {
    const host = makeContainer();
    host.innerHTML = `<div class="stElementContainer"></div>`;
    const el = await mount("st-spinner", spinner(), host.firstElementChild as HTMLElement);
    expect(byTestId(el, "stSpinner")).to.have.length(0);
    expect(getComputedStyle(el.parentElement!).display).to.equal("none");
    await waitFor(() => byTestId(el, "stSpinner").length === 1, "spinner to show");
    expect(text(el)).to.equal("Please wait...");
    expect(getComputedStyle(el.parentElement!).display).to.not.equal("none");
  });

  it("shows the elapsed time with show_time", async () => {
    const el = await mount("st-spinner", spinner({ showTime: true, delayMs: 0 }));
    await waitFor(() => /\(0\.[2-9] seconds\)/.test(text(el)), "elapsed time to tick");
  });
});

describe("st-toast", () => {
  const toast = (body: string, duration: number | null = 4, icon: string | null = null): ToastPayload => ({ type: "toast", body, icon, duration });
  const cards = () => byTestId(document.body, "stToast");

  it("stacks toasts in a corner, once per payload, and closes one from its button", async () => {
    const host = makeContainer();
    const first = await mount("st-toast", toast("First **toast**", null), host);
    await mount("st-toast", toast("Second", null, "🧈"), host);
    expect(cards().map((c) => text(c.querySelector('[data-testid="stMarkdownContainer"]')))).to.deep.equal(["First toast", "Second"]);
    const stack = byTestId(host, "stToastContainer")[0]!;
    expect(getComputedStyle(stack).position).to.equal("fixed");
    // Redrawing the same payload shows nothing new.
    first.requestUpdate();
    await first.updateComplete;
    expect(cards()).to.have.length(2);
    await clickOn(cards()[0]!.querySelector("button")!);
    await waitFor(() => cards().length === 1, "the closed toast to go");
    expect(text(cards()[0])).to.contain("Second");
  });

  it("goes by itself after its duration, even when its element is gone", async () => {
    const host = makeContainer();
    const el = await mount("st-toast", toast("Brief", 0.3), host);
    expect(cards()).to.have.length(1);
    el.remove();
    expect(cards()).to.have.length(1);
    await waitFor(() => cards().length === 0, "the toast to time out", 3000);
  });
});

describe("st-balloons and st-snow", () => {
  it("play an overlay once per payload and remove it", async () => {
    (customElements.get("st-balloons") as unknown as typeof StBalloons).playMs = 300;
    (customElements.get("st-snow") as unknown as typeof StBalloons).playMs = 300;
    const balloons = await mount("st-balloons", { type: "balloons" });
    const snow = await mount("st-snow", { type: "snow" });
    expect(byTestId(balloons, "stBalloons")).to.have.length(1);
    expect(byTestId(snow, "stSnow")).to.have.length(1);
    expect(getComputedStyle(byTestId(balloons, "stBalloons")[0]!).position).to.equal("fixed");
    await waitFor(() => byTestId(balloons, "stBalloons").length === 0 && byTestId(snow, "stSnow").length === 0, "overlays to go");
    await update(balloons, { type: "balloons" });
    expect(byTestId(balloons, "stBalloons")).to.have.length(1);
  });
});

describe("st-space", () => {
  it("adds height in a column and width in a horizontal container", async () => {
    const { host } = await draw([
      el([0, 0], { type: "space", size: "medium" }),
      block([0, 1], container({ horizontal: true, gap: null })),
      el([0, 1, 0], md("a")),
      el([0, 1, 1], { type: "space", size: 50 }),
      el([0, 1, 2], md("b")),
    ]);
    const [vertical, horizontal] = byTestId(host, "stSpace");
    expect(vertical!.getBoundingClientRect().height).to.be.closeTo(40, 1); // 2.5rem
    expect(horizontal!.getBoundingClientRect().width).to.be.closeTo(50, 1);
    const [a, b] = byTestId(host, "stMarkdown").map((m) => m.getBoundingClientRect());
    expect(b!.left - a!.right).to.be.closeTo(50, 1);
  });
});

// -- sidebar resizer ---------------------------------------------------------------------------------------

describe("st-sidebar-resizer", () => {
  beforeEach(() => sessionStorage.clear());

  it("resizes the sidebar with the keyboard and remembers the width for the tab", async () => {
    const host = makeContainer();
    host.innerHTML = `<section class="stSidebar" style="position: relative; width: var(--st-sidebar-width, 336px)"><st-sidebar-resizer></st-sidebar-resizer></section>`;
    const section = host.querySelector<HTMLElement>(".stSidebar")!;
    const resizer = host.querySelector("st-sidebar-resizer")!;
    await resizer.updateComplete;
    expect(resizer.getAttribute("role")).to.equal("separator");
    resizer.focus();
    await press("ArrowRight");
    expect(section.getBoundingClientRect().width).to.be.closeTo(352, 1);
    await press("End");
    expect(section.getBoundingClientRect().width).to.be.closeTo(600, 1);
    // A new sidebar (the app redrawn) starts at the remembered width.
    const again = makeContainer();
    again.innerHTML = `<section class="stSidebar" style="position: relative; width: var(--st-sidebar-width, 336px)"><st-sidebar-resizer></st-sidebar-resizer></section>`;
    expect(again.querySelector<HTMLElement>(".stSidebar")!.getBoundingClientRect().width).to.be.closeTo(600, 1);
    await press("Enter");
    expect(section.getBoundingClientRect().width).to.be.closeTo(336, 1);
  });

  it("resizes by dragging its edge", async () => {
    const { sendMouse } = await import("@web/test-runner-commands");
    const host = makeContainer();
    host.innerHTML = `<section class="stSidebar" style="position: relative; width: var(--st-sidebar-width, 300px); height: 200px"><st-sidebar-resizer></st-sidebar-resizer></section>`;
    const section = host.querySelector<HTMLElement>(".stSidebar")!;
    const r = host.querySelector("st-sidebar-resizer")!.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + r.height / 2);
    await sendMouse({ type: "move", position: [x, y] });
    await sendMouse({ type: "down" });
    await sendMouse({ type: "move", position: [x + 80, y] });
    await sendMouse({ type: "up" });
    expect(section.getBoundingClientRect().width).to.be.closeTo(380, 2);
    expect(Number(sessionStorage.getItem(`brooklet:sidebar-width:${location.pathname}`))).to.be.closeTo(380, 2);
  });
});
