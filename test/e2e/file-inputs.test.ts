/**
 * st.file_uploader through the real worker: the files a user chooses reach Python as
 * UploadedFile objects (bytes, name, type, size), stay across reruns, fire on_change, wait
 * for a form's submit button, and follow Streamlit's session-state rules. st.camera_input
 * and st.audio_input send their photo or recording the same way.
 */
import { expect } from "@esm-bundle/chai";
import { act, appForSuite, buttonByLabel, byTestId, mainTexts, py, runScript, settle, waitFor, type StApp } from "./harness.js";

/** The `st.text` lines of the main area. */
const texts = (app: StApp) => mainTexts(app, "stText");

/** Chooses files in the uploader labelled `label`, as the browser's file dialog does. */
function choose(app: StApp, label: string, files: File[]): void {
  const uploader = byTestId(app, "stFileUploader").find((el) => el.querySelector('[data-testid="stWidgetLabel"]')?.textContent?.trim() === label);
  if (!uploader) throw new Error(`No file uploader labelled ${label}`);
  const input = uploader.querySelector<HTMLInputElement>('[data-testid="stFileUploaderDropzoneInput"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("st.file_uploader through the worker", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("a chosen file reaches Python as an UploadedFile and stays across reruns", async () => {
    await runScript(app, py`
      import io
      import streamlit as st
      from streamlit.runtime.uploaded_file_manager import UploadedFile
      st.session_state.runs = st.session_state.get("runs", 0) + 1
      f = st.file_uploader("CSV", type="csv", key="csv")
      st.button("Again")
      if f is None:
          st.text("no file")
      else:
          st.text(f"file: {f.name} {f.type} {f.size} {isinstance(f, UploadedFile) and isinstance(f, io.BytesIO)}")
          st.text(f"content: {f.read().decode()!r}")
          st.text(f"state: {st.session_state.csv == f}")
    `);
    expect(texts(app)).to.deep.equal(["no file"]);
    await act(app, () => choose(app, "CSV", [new File(["a,b\n1,2\n"], "data.csv", { type: "text/csv" })]));
    expect(texts(app)).to.deep.equal(["file: data.csv text/csv 8 True", "content: 'a,b\\n1,2\\n'", "state: True"]);
    // Another widget's rerun sends the file again: a fresh UploadedFile, read from the start.
    await act(app, () => buttonByLabel(app, "Again").click());
    expect(texts(app)).to.deep.equal(["file: data.csv text/csv 8 True", "content: 'a,b\\n1,2\\n'", "state: True"]);
    // Removing it reruns with None.
    await act(app, () => app.querySelector<HTMLButtonElement>('[aria-label="Remove data.csv"]')!.click());
    expect(texts(app)).to.deep.equal(["no file"]);
  });

  it("accept_multiple_files returns a list and calls on_change for each change", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.setdefault("changes", 0)
      def changed():
          st.session_state.changes += 1
      files = st.file_uploader("Images", type=["png", "jpg"], accept_multiple_files=True, on_change=changed)
      st.text(f"files: {[(f.name, f.getvalue()) for f in files]}")
      st.text(f"changes: {st.session_state.changes}")
    `);
    expect(texts(app)).to.deep.equal(["files: []", "changes: 0"]);
    await act(app, () =>
      choose(app, "Images", [new File([new Uint8Array([137, 80])], "a.png", { type: "image/png" }), new File(["j"], "b.JPEG", { type: "image/jpeg" })]),
    );
    expect(texts(app)).to.deep.equal(["files: [('a.png', b'\\x89P'), ('b.JPEG', b'j')]", "changes: 1"]);
    await act(app, () => app.querySelector<HTMLButtonElement>('[aria-label="Remove a.png"]')!.click());
    expect(texts(app)).to.deep.equal(["files: [('b.JPEG', b'j')]", "changes: 2"]);
    // A file of another type is refused on the page: no rerun, and the reason is shown.
    choose(app, "Images", [new File(["x"], "notes.txt", { type: "text/plain" })]);
    await waitFor(() => byTestId(app, "stFileUploaderFileErrorMessage")[0], 5_000, "the refusal");
    expect(byTestId(app, "stFileUploaderFileErrorMessage")[0].textContent).to.equal("text/plain files are not allowed.");
    expect(texts(app)).to.deep.equal(["files: [('b.JPEG', b'j')]", "changes: 2"]);
  });

  it("inside a form the file waits for the submit button; clear_on_submit empties the uploader", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.runs = st.session_state.get("runs", 0) + 1
      with st.form("upload", clear_on_submit=True):
          f = st.file_uploader("Report")
          sent = st.form_submit_button("Send")
      st.text(f"run {st.session_state.runs}: {f.name if f else None} {sent}")
    `);
    const before = texts(app)[0];
    choose(app, "Report", [new File(["r"], "report.txt", { type: "text/plain" })]);
    await waitFor(() => byTestId(app, "stFileUploaderFileName").length === 1, 5_000, "the listed file");
    await new Promise((r) => setTimeout(r, 300));
    expect(texts(app)[0], "no rerun before submit").to.equal(before);
    const runs = Number(/run (\d+)/.exec(before)![1]);
    await act(app, () => byTestId(app, "stFormSubmitButton")[0].querySelector("button")!.click());
    expect(texts(app)).to.deep.equal([`run ${runs + 1}: report.txt True`]);
    await settle(app);
    expect(byTestId(app, "stFileUploaderFileName"), "cleared on submit").to.have.length(0);
  });

  it("refuses values from session state with Streamlit's error", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.doc = None
      st.file_uploader("Doc", key="doc")
    `);
    const box = byTestId(app, "stException")[0];
    expect(box, "exception box").to.exist;
    // The message is Markdown: its backticks render as code.
    expect(box.textContent).to.contain("StreamlitValueAssignmentNotAllowedError: Values for the widget with key 'doc' cannot be set using st.session_state.");
  });

  it("st.camera_input: a photo from the (fake) webcam reaches Python as a JPEG UploadedFile", async () => {
    await runScript(app, py`
      import streamlit as st
      photo = st.camera_input("Selfie")
      st.text("no photo" if photo is None else f"photo: {photo.name} {photo.type} {photo.getvalue()[:2].hex()} {photo.size > 100}")
    `);
    expect(texts(app)).to.deep.equal(["no photo"]);
    const button = () => byTestId(app, "stCameraInputButton")[0] as HTMLButtonElement;
    await waitFor(() => (app.querySelector<HTMLVideoElement>("st-camera-input video")?.videoWidth ?? 0) > 0 && !button().disabled, 10_000, "the camera");
    await act(app, () => button().click());
    expect(texts(app)).to.deep.equal(["photo: image.jpg image/jpeg ffd8 True"]);
    await act(app, () => button().click()); // Clear photo
    expect(texts(app)).to.deep.equal(["no photo"]);
  });

  it("st.audio_input: a recording from the (fake) microphone reaches Python as a WAV file", async () => {
    await runScript(app, py`
      import wave
      import streamlit as st
      rec = st.audio_input("Voice", sample_rate=16000)
      if rec is None:
          st.text("no recording")
      else:
          with wave.open(rec) as w:
              st.text(f"{rec.name} {rec.type} {w.getnchannels()} ch {w.getframerate()} Hz {w.getsampwidth() * 8} bit {w.getnframes() > 1000}")
    `);
    expect(texts(app)).to.deep.equal(["no recording"]);
    const action = () => byTestId(app, "stAudioInputActionButton")[0] as HTMLButtonElement;
    action().click();
    await waitFor(() => action().getAttribute("aria-label") === "Stop recording", 10_000, "recording");
    await new Promise((r) => setTimeout(r, 500));
    await act(app, () => action().click());
    expect(texts(app)).to.deep.equal(["audio.wav audio/wav 1 ch 16000 Hz 16 bit True"]);
  });
});

