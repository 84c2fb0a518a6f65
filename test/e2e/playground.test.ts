/** The playground (dist/index.html): demo gallery, Ctrl+Enter runs the editor, shareable URLs. */
import { expect } from "@esm-bundle/chai";
import { waitFor } from "./harness.js";

type PlaygroundWindow = Window & typeof globalThis;

async function openPlayground(hash = ""): Promise<{ frame: HTMLIFrameElement; win: PlaygroundWindow; doc: Document }> {
  const frame = document.createElement("iframe");
  frame.style.width = "1200px";
  frame.style.height = "800px";
  frame.src = `/dist/index.html${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  const win = frame.contentWindow as PlaygroundWindow;
  return { frame, win, doc: frame.contentDocument! };
}

function appStatus(doc: Document): string | undefined {
  return (doc.querySelector("st-app") as (HTMLElement & { status?: string }) | null)?.status;
}

function headingTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-testid="stHeading"]')].map((h) => h.textContent!.trim());
}

describe("playground", () => {
  afterEach(() => document.querySelectorAll("iframe").forEach((f) => f.remove()));

  it("runs the first demo, switches demos, and runs edited code on Ctrl+Enter", async () => {
    const { doc, win } = await openPlayground();
    await waitFor(() => headingTexts(doc).includes("Hello, Brooklet 👋"), 90_000, "hello demo");
    const select = doc.getElementById("demo") as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.include.members(["hello.py", "text_elements.py", "session_state.py"]);

    select.value = "session_state.py";
    select.dispatchEvent(new Event("change"));
    await waitFor(() => headingTexts(doc).includes("Session state"), 30_000, "session state demo");
    expect(win.location.hash).to.equal("#demo=session_state.py");

    const editor = doc.getElementById("editor") as HTMLTextAreaElement;
    editor.value = 'import streamlit as st\nst.title("Edited in the playground")\n';
    editor.dispatchEvent(new win.KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
    await waitFor(() => headingTexts(doc).join() === "Edited in the playground", 30_000, "edited code");
    await waitFor(() => appStatus(doc) === "idle", 30_000, "idle");
  });

  it("shares the code in the URL and opens it again", async () => {
    const first = await openPlayground();
    await waitFor(() => appStatus(first.doc) === "idle", 90_000, "boot");
    const editor = first.doc.getElementById("editor") as HTMLTextAreaElement;
    editor.value = 'import streamlit as st\nst.header("Shared ✨ code")\n';
    (first.doc.getElementById("share") as HTMLButtonElement).click();
    const hash = await waitFor(() => first.win.location.hash.startsWith("#code=") && first.win.location.hash, 5_000, "share hash");
    first.frame.remove();

    const second = await openPlayground(hash);
    await waitFor(() => headingTexts(second.doc).join() === "Shared ✨ code", 90_000, "shared code");
    expect((second.doc.getElementById("editor") as HTMLTextAreaElement).value).to.contain('st.header("Shared ✨ code")');
  });
});
