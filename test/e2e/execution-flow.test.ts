/**
 * Execution flow through the real worker: write_stream, chat, fragments and their timers,
 * dialogs, interrupting a run with a newer request, and Stop (behaviour.md §1.3–§1.6, §5).
 */
import { expect } from "@esm-bundle/chai";
import { act, appForSuite, buttonByLabel, byTestId, mainTexts, nextRunEnd, py, runScript, settle, waitFor, type StApp } from "./harness.js";

describe("execution flow", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("write_stream types the chunks out and returns the joined text", async () => {
    await runScript(app, py`
      import time
      import streamlit as st
      def words():
          for word in ["Hello", ", ", "streaming ", "**world**"]:
              time.sleep(0.05)
              yield word
      result = st.write_stream(words)
      st.write(f"returned: {result}")
    `);
    expect(mainTexts(app)).to.include("returned: Hello, streaming world");
    const streamed = app.querySelector<HTMLElement>("st-write-stream")!;
    expect(streamed.dataset.testid).to.equal("stMarkdown");
    await waitFor(() => streamed.textContent!.trim() === "Hello, streaming world", 5000, "the typed-out text");
    expect(streamed.querySelector("strong")?.textContent).to.equal("world");
  });

  it("a chat app appends messages across reruns; the input sits in the bottom bar", async () => {
    await runScript(app, py`
      import streamlit as st
      if "messages" not in st.session_state:
          st.session_state.messages = []
      for m in st.session_state.messages:
          with st.chat_message(m["role"]):
              st.write(m["content"])
      if prompt := st.chat_input("Say something"):
          for role, text in (("user", prompt), ("assistant", f"Echo: {prompt}")):
              st.session_state.messages.append({"role": role, "content": text})
              with st.chat_message(role):
                  st.write(text)
      st.write(f"value {prompt!r}")
    `);
    const bottom = byTestId(app, "stBottom")[0];
    expect(byTestId(bottom, "stChatInput")).to.have.length(1);
    const send = async (text: string) => {
      const textarea = app.querySelector<HTMLTextAreaElement>('[data-testid="stChatInputTextArea"]')!;
      expect(textarea.placeholder).to.equal("Say something");
      textarea.value = text;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      await act(app, () => {
        textarea.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
      });
    };
    await send("hi");
    await send("there");
    const messages = byTestId(app, "stChatMessage");
    expect(messages.map((m) => m.textContent!.trim())).to.deep.equal(["hi", "Echo: hi", "there", "Echo: there"]);
    expect(byTestId(messages[0], "stChatMessageAvatarUser")).to.have.length(1);
    expect(byTestId(messages[1], "stChatMessageAvatarAssistant")).to.have.length(1);
    // The value holds for exactly the run the send caused.
    expect(mainTexts(app).at(-1)).to.equal("value 'there'");
    await act(app, () => app.rerun());
    expect(mainTexts(app).at(-1)).to.equal("value None");
    expect(byTestId(app, "stChatMessage")).to.have.length(4);
  });

  it("a button in a fragment reruns only the fragment", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.outer = st.session_state.get("outer", 0) + 1
      st.write(f"outer {st.session_state.outer}")
      @st.fragment
      def part():
          st.session_state.inner = st.session_state.get("inner", 0) + 1
          st.button("In fragment")
          st.write(f"inner {st.session_state.inner}")
      part()
      st.button("Whole app")
    `);
    expect(mainTexts(app)).to.deep.equal(["outer 1", "inner 1"]);
    await act(app, () => buttonByLabel(app, "In fragment").click());
    await act(app, () => buttonByLabel(app, "In fragment").click());
    expect(mainTexts(app)).to.deep.equal(["outer 1", "inner 3"]);
    await act(app, () => buttonByLabel(app, "Whole app").click());
    expect(mainTexts(app)).to.deep.equal(["outer 2", "inner 4"]);
  });

  it("run_every reruns a fragment on its own", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.full = st.session_state.get("full", 0) + 1
      st.write(f"full {st.session_state.full}")
      @st.fragment(run_every="0.2s")
      def ticker():
          st.session_state.ticks = st.session_state.get("ticks", 0) + 1
          st.write(f"ticks {st.session_state.ticks}")
          if st.session_state.ticks >= 6:
              st.rerun()
      if st.session_state.get("ticks", 0) < 6:
          ticker()
      else:
          st.write("timer stopped")
    `);
    const ticks = () => Number(/ticks (\d+)/.exec(mainTexts(app).join(" "))?.[1] ?? 0);
    await waitFor(() => ticks() >= 3, 15_000, "the fragment's timer");
    expect(mainTexts(app)[0], "the rest of the app did not rerun").to.equal("full 1");
    // st.rerun() in the fragment reruns the app, which no longer calls it: its timer stops.
    await waitFor(() => mainTexts(app).includes("timer stopped"), 15_000, "the full rerun");
    await waitFor(() => app.status === "idle", 15_000, "the end of the run");
    expect(mainTexts(app)).to.deep.equal(["full 2", "timer stopped"]);
  });

  it("a dialog opens, keeps its state across its own reruns and closes after st.rerun()", async () => {
    await runScript(app, py`
      import streamlit as st
      @st.dialog("Edit the name")
      def edit():
          st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
          st.checkbox("Shout", key="shout")
          name = "BROOKLET" if st.session_state.shout else "brooklet"
          st.write(f"name {name}, dialog run {st.session_state.dialog_runs}")
          if st.button("Save"):
              st.session_state.saved = name
              st.rerun()
      if st.button("Open"):
          edit()
      st.write(f"saved {st.session_state.get('saved')}")
    `);
    expect(byTestId(app, "stDialog")).to.have.length(0);
    await act(app, () => buttonByLabel(app, "Open").click());
    const dialog = byTestId(app, "stDialog")[0] as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain("Edit the name");
    expect(dialog.contains(document.activeElement), "focus moves into the dialog").to.equal(true);
    await act(app, () => dialog.querySelector<HTMLInputElement>('[data-testid="stCheckbox"] input')!.click());
    expect(byTestId(app, "stDialog")[0]).to.equal(dialog);
    expect(dialog.open).to.equal(true);
    expect(byTestId(dialog, "stMarkdown").map((e) => e.textContent!.trim())).to.deep.equal(["name BROOKLET, dialog run 2"]);
    await act(app, () => buttonByLabel(app, "Save").click());
    expect(byTestId(app, "stDialog")).to.have.length(0);
    expect(mainTexts(app)).to.deep.equal(["saved BROOKLET"]);
  });

  it("a click during a long run interrupts it and the new run wins", async () => {
    await runScript(app, py`
      import time
      import streamlit as st
      st.session_state.setdefault("log", [])
      if st.button("Fast"):
          st.session_state.log.append("fast")
      if st.button("Slow"):
          slot = st.empty()
          for i in range(100):
              slot.write(f"step {i}")
              time.sleep(0.1)
          st.session_state.log.append("slow finished")
      st.write(f"log {st.session_state.log}")
    `);
    const outcomes: string[] = [];
    const onEnd = (e: CustomEvent) => outcomes.push(e.detail.outcome);
    app.addEventListener("st-run-end", onEnd);
    try {
      const ended = nextRunEnd(app);
      buttonByLabel(app, "Slow").click();
      await waitFor(() => mainTexts(app).includes("step 2"), 15_000, "the slow run");
      buttonByLabel(app, "Fast").click();
      await ended;
      await settle(app);
    } finally {
      app.removeEventListener("st-run-end", onEnd);
    }
    expect(outcomes).to.deep.equal(["rerun", "success"]);
    expect(mainTexts(app)).to.deep.equal(["log ['fast']"]);
  });

  it("Stop ends an infinite pure-Python loop and the app works again", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.runs = st.session_state.get("runs", 0) + 1
      st.write(f"runs {st.session_state.runs}")
      st.button("Again")
      if st.button("Loop"):
          st.write("looping")
          while True:
              pass
      st.write("after the loop")
    `);
    await waitFor(() => app.status === "idle", 10_000, "idle");
    expect(byTestId(app, "stStatusWidget")).to.have.length(0);
    const ended = nextRunEnd(app);
    buttonByLabel(app, "Loop").click();
    const widget = await waitFor(() => byTestId(app, "stStatusWidget")[0], 10_000, "the status widget");
    expect(widget.textContent).to.contain("Running");
    await waitFor(() => mainTexts(app).includes("looping"), 10_000, "the loop");
    widget.querySelector("button")!.click();
    const detail = await ended;
    await settle(app);
    expect(detail.outcome).to.equal("stopped");
    expect(byTestId(app, "stException")).to.have.length(0);
    await waitFor(() => byTestId(app, "stStatusWidget").length === 0, 10_000, "the status widget to go");
    // As for st.stop(), what the run did not reach is gone.
    expect(mainTexts(app)).to.deep.equal(["runs 2", "looping"]);
    // Python lives on with its session state.
    await act(app, () => buttonByLabel(app, "Again").click());
    expect(mainTexts(app)).to.deep.equal(["runs 3", "after the loop"]);
  });
});
