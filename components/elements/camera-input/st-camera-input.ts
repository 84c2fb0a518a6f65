import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import type { CameraInputPayload, UploadedFileValue } from "../../../packages/protocol/index.js";
import { FileUrl, newFileId } from "../../lib/files.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/** Where the camera stands: asking for it, showing it, refused (or missing). */
type CameraState = "waiting" | "live" | "refused";

/**
 * st.camera_input: the webcam's picture with a Take Photo button. The photo (a JPEG named
 * image.jpg, as Streamlit sends it) is the widget's value, shown in place of the camera until
 * Clear photo. The camera is asked for only while it is needed, and released otherwise.
 */
@customElement("st-camera-input")
export class StCameraInput extends StWidget<CameraInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: CameraInputPayload;

  @state() private camera: CameraState = "waiting";
  @query("video") private video?: HTMLVideoElement;
  private stream?: MediaStream;
  /** Object URL of the photo shown. */
  private photoUrl = new FileUrl();

  protected static override testId = "stCameraInput";
  protected static override css = `
st-camera-input .st-camera-box { position: relative; display: flex; width: 100%; align-items: center; justify-content: center; aspect-ratio: 4 / 3; max-height: 30rem; border-radius: var(--st-radius) var(--st-radius) 0 0; background: var(--st-bg-secondary); overflow: hidden; }
st-camera-input .st-camera-box video, st-camera-input .st-camera-box img { width: 100%; height: 100%; object-fit: contain; }
st-camera-input .st-camera-box[data-disabled] { opacity: 0.55; }
st-camera-input .st-camera-message { padding: 1rem; text-align: center; color: var(--st-text-muted); }
st-camera-input .st-camera-button { display: block; width: 100%; min-height: 2.5rem; border: 1px solid var(--st-border); border-radius: 0 0 var(--st-radius) var(--st-radius); background: var(--st-bg); color: var(--st-text); font: inherit; cursor: pointer; }
st-camera-input .st-camera-button:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); }
st-camera-input .st-camera-button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-camera-input .st-camera-button:disabled { cursor: not-allowed; color: var(--st-text-muted); }
`;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCamera();
    this.photoUrl.of(undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    // The camera runs only while no photo is shown and the widget is enabled.
    if (this.current() || this.element.disabled) this.stopCamera();
    else if (!this.stream && this.camera !== "refused") void this.startCamera();
    if (this.video && this.stream && this.video.srcObject !== this.stream) this.video.srcObject = this.stream;
  }

  protected override render() {
    const el = this.element;
    const id = domId(el.id, "camera");
    const photo = this.current();
    const photoSrc = this.photoUrl.of(photo);
    const live = this.camera === "live" && !el.disabled;
    return html`${widgetLabel(el, id)}
      <div class="st-camera-box" data-testid="stCameraInputWebcamComponent" ?data-disabled=${el.disabled}>
        ${photo
          ? html`<img alt="Photo taken" src=${photoSrc} />`
          : this.camera === "refused"
            ? html`<div class="st-camera-message">This app would like to use your camera.<br /><a href="https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera" target="_blank" rel="noopener noreferrer">Learn how to allow access.</a></div>`
            : el.disabled
              ? nothing
              : html`<video autoplay muted playsinline aria-label=${`${el.label}: camera`}></video>`}
      </div>
      <button
        id=${id}
        type="button"
        class="st-camera-button"
        data-testid="stCameraInputButton"
        ?disabled=${el.disabled || (!photo && !live)}
        @click=${photo ? this.clear : this.takePhoto}
      >
        ${photo ? "Clear photo" : "Take Photo"}
      </button>`;
  }

  /** The photo this widget holds, if any. */
  private current(): UploadedFileValue | undefined {
    return (this.value ?? [])[0];
  }

  private async startCamera(): Promise<void> {
    this.camera = "waiting";
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error("no camera access in this page");
      stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    } catch {
      this.camera = "refused";
      return;
    }
    // Not wanted any more (a photo came, the widget was disabled or removed meanwhile).
    if (!this.isConnected || this.current() || this.element.disabled || this.stream) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.stream = stream;
    this.camera = "live";
  }

  private stopCamera(): void {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    if (this.camera === "live") this.camera = "waiting";
  }

  private takePhoto = async () => {
    const video = this.video;
    if (this.element.disabled || !video || !video.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d")!.drawImage(video, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
    if (!blob) return;
    const data = new Uint8Array(await blob.arrayBuffer());
    this.commit([{ fileId: newFileId(), name: "image.jpg", type: "image/jpeg", size: data.length, data }]);
  };

  private clear = () => {
    if (this.element.disabled) return;
    this.commit([]);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-camera-input": StCameraInput;
  }
}
