/** st-file-uploader: drop zone, Browse button, file list, refusals, and the value it sends. */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/file-uploader/st-file-uploader.js";
import { rejection, sizeText } from "../../components/elements/file-uploader/st-file-uploader.js";
import type { FileUploaderPayload } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, nextFrame, update, waitFor } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

const payload = (o: Partial<FileUploaderPayload> = {}): FileUploaderPayload => ({
  type: "fileUploader",
  id: "up",
  label: "Upload a file",
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
  value: [],
  setValue: false,
  default: [],
  fileType: [],
  mode: "single",
  maxUploadSize: 200,
  width: "stretch",
  ...o,
});

// File ids are random; a fixed one keeps the expected values exact.
let ids = 0;
Object.defineProperty(crypto, "randomUUID", { value: () => `id-${++ids}`, configurable: true });

const bytes = (text: string) => new TextEncoder().encode(text);

/** Drops files on the widget's drop zone, as a user dragging them from the desktop. */
async function drop(el: HTMLElement, files: File[]): Promise<void> {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  el.querySelector('[data-testid="stFileUploaderDropzone"]')!.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  // Reading a File resolves on a later task.
  for (let i = 0; i < 5; i++) await nextFrame();
}

/** Chooses files through the hidden <input type=file>, as the browser's file dialog does. */
async function choose(el: HTMLElement, files: File[]): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('[data-testid="stFileUploaderDropzoneInput"]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
  for (let i = 0; i < 5; i++) await nextFrame();
}

const names = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="stFileUploaderFileName"]')].map((n) => n.textContent);

runWidgetConformance<FileUploaderPayload>({
  tag: "st-file-uploader",
  testId: "stFileUploader",
  makePayload: payload,
  control: (el) => el.querySelector<HTMLElement>('[data-testid="stBaseButton-secondary"]')!,
  role: "button",
  interact: async (el) => {
    ids = 0;
    await drop(el, [new File(["hello"], "a.txt", { type: "text/plain" })]);
  },
  expectedValue: [{ fileId: "id-1", name: "a.txt", type: "text/plain", size: 5, data: bytes("hello") }],
  // Enter or Space on Browse opens the browser's file dialog, which fires no value by itself.
  keys: [],
});

describe("st-file-uploader", () => {
  afterEach(cleanup);
  beforeEach(() => (ids = 0));

  it("shows Streamlit's drop zone: instructions with the limit and types, and a Browse button", async () => {
    const el = await mount("st-file-uploader", payload({ fileType: [".csv", ".txt"], maxUploadSize: 50 }));
    const text = el.querySelector('[data-testid="stFileUploaderDropzoneInstructions"]')!.textContent!.replace(/\s+/g, " ").trim();
    expect(text).to.equal("Drag and drop file here Limit 50MB per file • CSV, TXT");
    expect(el.querySelector('[data-testid="stBaseButton-secondary"]')!.textContent!.trim()).to.equal("Browse files");
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).to.equal(".csv,.txt");
    expect(input.multiple).to.equal(false);
    await update(el, payload({ mode: "multiple" }));
    expect(el.querySelector('[data-testid="stFileUploaderDropzoneInstructions"]')!.textContent).to.contain("Drag and drop files here");
    expect(input.multiple).to.equal(true);
  });

  it("Browse opens the file dialog (clicks the hidden input)", async () => {
    const el = await mount("st-file-uploader", payload());
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = 0;
    input.addEventListener("click", (e) => {
      opened++;
      e.preventDefault(); // no real dialog in a test
    });
    await clickOn(el.querySelector('[data-testid="stBaseButton-secondary"]')!);
    expect(opened).to.equal(1);
  });

  it("sends a chosen file with its bytes and lists it with its size", async () => {
    const el = await mount("st-file-uploader", payload());
    const capture = captureValueEvents();
    try {
      await choose(el, [new File(["a,b\n1,2\n"], "data.csv", { type: "text/csv" })]);
      expect(capture.events).to.have.length(1);
      expect(capture.events[0].detail).to.deep.equal({
        widgetId: "up",
        value: [{ fileId: "id-1", name: "data.csv", type: "text/csv", size: 8, data: bytes("a,b\n1,2\n") }],
      });
    } finally {
      capture.stop();
    }
    expect(names(el)).to.deep.equal(["data.csv"]);
    expect(el.querySelector('[data-testid="stFileUploaderFile"]')!.textContent).to.contain("8B");
  });

  it("single mode keeps only the newest file; multiple mode adds to the list", async () => {
    const single = await mount("st-file-uploader", payload());
    await drop(single, [new File(["1"], "one.txt")]);
    await drop(single, [new File(["2"], "two.txt")]);
    expect(names(single)).to.deep.equal(["two.txt"]);

    const many = await mount("st-file-uploader", payload({ id: "many", mode: "multiple" }));
    const capture = captureValueEvents();
    try {
      await drop(many, [new File(["1"], "one.txt"), new File(["2"], "two.txt")]);
      await choose(many, [new File(["3"], "three.txt")]);
      expect(names(many)).to.deep.equal(["one.txt", "two.txt", "three.txt"]);
      const last = capture.events.at(-1)!.detail.value as { name: string }[];
      expect(last.map((f) => f.name)).to.deep.equal(["one.txt", "two.txt", "three.txt"]);
    } finally {
      capture.stop();
    }
  });

  it("the delete button removes a file and sends the rest", async () => {
    const el = await mount("st-file-uploader", payload({ mode: "multiple" }));
    await drop(el, [new File(["1"], "one.txt"), new File(["2"], "two.txt")]);
    const capture = captureValueEvents();
    try {
      await clickOn(el.querySelector('[aria-label="Remove one.txt"]')!);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(["two.txt"]);
      expect((capture.events[0].detail.value as { name: string }[]).map((f) => f.name)).to.deep.equal(["two.txt"]);
    } finally {
      capture.stop();
    }
  });

  it("refuses files of another type or too large, says why, and sends nothing", async () => {
    const el = await mount("st-file-uploader", payload({ mode: "multiple", fileType: [".csv"], maxUploadSize: 1 }));
    const capture = captureValueEvents();
    try {
      await drop(el, [new File(["x"], "notes.txt", { type: "text/plain" }), new File([new Uint8Array(1024 * 1024 + 1)], "big.csv", { type: "text/csv" })]);
      expect(capture.events).to.have.length(0);
    } finally {
      capture.stop();
    }
    const errors = [...el.querySelectorAll('[data-testid="stFileUploaderFileErrorMessage"]')].map((e) => e.textContent);
    expect(errors).to.deep.equal(["text/plain files are not allowed.", "File must be 1.0MB or smaller."]);
    // A refusal can be dismissed.
    await clickOn(el.querySelector('[aria-label="Remove notes.txt"]')!);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(["big.csv"]);
  });

  it("disabled: dropping and deleting do nothing", async () => {
    const el = await mount("st-file-uploader", payload({ mode: "multiple" }));
    await drop(el, [new File(["1"], "one.txt")]);
    await update(el, { ...el.element, disabled: true });
    const capture = captureValueEvents();
    try {
      await drop(el, [new File(["2"], "two.txt")]);
      el.querySelector<HTMLButtonElement>('[aria-label="Remove one.txt"]')!.click();
      await el.updateComplete;
      expect(capture.events).to.have.length(0);
      expect(names(el)).to.deep.equal(["one.txt"]);
    } finally {
      capture.stop();
    }
  });

  it("inside a form the value carries the form id (it waits for the submit button)", async () => {
    const el = await mount("st-file-uploader", payload({ formId: "f" }));
    const capture = captureValueEvents();
    try {
      await drop(el, [new File(["1"], "one.txt")]);
      await waitFor(() => capture.events.length, "value event");
      expect(capture.events[0].detail.formId).to.equal("f");
    } finally {
      capture.stop();
    }
  });

  it("a rerun keeps the files; a new widget id (or a form reset to the default) clears them", async () => {
    const el = await mount("st-file-uploader", payload());
    await drop(el, [new File(["1"], "one.txt")]);
    await update(el, payload({ label: "Upload a file" }));
    expect(names(el)).to.deep.equal(["one.txt"]);
    await update(el, payload({ value: [], setValue: true }));
    expect(names(el), "clear_on_submit").to.deep.equal([]);
    await drop(el, [new File(["2"], "two.txt")]);
    await update(el, payload({ id: "other" }));
    expect(names(el), "new id").to.deep.equal([]);
  });

  it("sizeText and rejection follow Streamlit's wording", () => {
    expect(sizeText(12)).to.equal("12B");
    expect(sizeText(1536)).to.equal("1.5KB");
    expect(sizeText(3 * 1024 * 1024)).to.equal("3.0MB");
    expect(rejection({ name: "a.png", type: "image/png", size: 1 }, ["image/*"], 200)).to.equal(null);
    expect(rejection({ name: "a.exe", type: "", size: 1 }, [".csv"], 200)).to.equal(".exe files are not allowed.");
  });
});
