import { html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { AudioInputPayload, UploadedFileValue } from "../../../packages/protocol/index.js";
import { FileUrl, newFileId } from "../../lib/files.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId } from "../../lib/text-field.js";
import { toWav } from "../../lib/wav.js";
import { widgetLabel } from "../../lib/widget-label.js";

const MIC_ICON = html`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path fill="currentColor" d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z"/></svg>`;
const STOP_ICON = html`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/></svg>`;

/** Where the widget stands: idle (maybe holding a recording), recording, converting, or without a microphone. */
type RecorderState = "idle" | "recording" | "converting" | "refused";

/** `75` → `01:15`. */
export const timeCode = (seconds: number) => `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/**
 * st.audio_input: Record asks for the microphone and records until Stop; the recording is
 * converted to mono WAV at the payload's sample rate (named audio.wav) and is the widget's
 * value, played back in place with a button to clear it. The microphone is released after
 * each recording.
 */
@customElement("st-audio-input")
export class StAudioInput extends StWidget<AudioInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: AudioInputPayload;

  @state() private recorder: RecorderState = "idle";
  @state() private elapsed = 0;
  private media?: { recorder: MediaRecorder; stream: MediaStream; timer: ReturnType<typeof setInterval> };
  /** Object URL of the recording played back. */
  private playbackUrl = new FileUrl();

  protected static override testId = "stAudioInput";
  protected static override css = `
st-audio-input .st-audio-bar { display: flex; align-items: center; gap: 0.5rem; min-height: 3.5rem; padding: 0.5rem 0.75rem; border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg-secondary); }
st-audio-input .st-audio-bar[data-disabled] { opacity: 0.55; }
st-audio-input .st-audio-main { flex: 1; min-width: 0; color: var(--st-text-muted); font-size: 0.875rem; }
st-audio-input audio { width: 100%; height: 2.25rem; }
st-audio-input .st-audio-time { font-family: var(--st-font-mono); font-size: 0.875rem; color: var(--st-text-muted); }
st-audio-input .st-audio-bar button { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 2.25rem; height: 2.25rem; border: 0; border-radius: 50%; background: transparent; color: var(--st-text-muted); cursor: pointer; font-size: 1.25rem; }
st-audio-input .st-audio-bar button:hover:not(:disabled) { color: var(--st-primary); }
st-audio-input .st-audio-bar button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-audio-input .st-audio-bar button:disabled { cursor: not-allowed; }
st-audio-input .st-audio-bar[data-recording] [data-testid="stAudioInputActionButton"] { color: var(--st-primary); }
`;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
    this.playbackUrl.of(undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    if (this.element.disabled && this.recorder === "recording") this.release();
  }

  protected override render() {
    const el = this.element;
    const id = domId(el.id, "audio");
    const recording = this.current();
    const playbackSrc = this.playbackUrl.of(recording);
    const busy = this.recorder === "recording";
    let main;
    if (busy) main = html`<span>Recording…</span>`;
    else if (this.recorder === "converting") main = html`<span>Processing…</span>`;
    else if (this.recorder === "refused") main = html`<span>This app would like to use your microphone. <a href="https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera" target="_blank" rel="noopener noreferrer">Learn how to allow access.</a></span>`;
    else if (recording) main = html`<audio controls src=${playbackSrc} data-testid="stAudioInputPlayback"></audio>`;
    else main = html`<span>Record a message</span>`;
    return html`${widgetLabel(el, id)}
      <div class="st-audio-bar" ?data-disabled=${el.disabled} ?data-recording=${busy}>
        <button
          id=${id}
          type="button"
          data-testid="stAudioInputActionButton"
          aria-label=${busy ? "Stop recording" : "Record"}
          ?disabled=${el.disabled || this.recorder === "converting"}
          @click=${busy ? this.stop : this.record}
        >
          ${busy ? STOP_ICON : MIC_ICON}
        </button>
        <div class="st-audio-main">${main}</div>
        ${recording && !busy
          ? html`<button type="button" data-testid="stAudioInputClearRecordingButton" aria-label="Clear recording" ?disabled=${el.disabled} @click=${this.clear}>×</button>`
          : html`<span class="st-audio-time" data-testid="stAudioInputWaveformTimeCode">${timeCode(this.elapsed)}</span>`}
      </div>`;
  }

  private current(): UploadedFileValue | undefined {
    return (this.value ?? [])[0];
  }

  private record = async () => {
    if (this.element.disabled || this.media) return;
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") throw new Error("no microphone access in this page");
      stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch {
      this.recorder = "refused";
      return;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = () => void this.finish(new Blob(chunks, { type: recorder.mimeType }));
    const started = performance.now();
    const timer = setInterval(() => (this.elapsed = (performance.now() - started) / 1000), 250);
    this.media = { recorder, stream, timer };
    this.elapsed = 0;
    this.recorder = "recording";
    recorder.start();
  };

  private stop = () => {
    const recorder = this.media?.recorder;
    if (!recorder || recorder.state === "inactive") return;
    this.recorder = "converting";
    recorder.stop(); // onstop converts and commits
  };

  private async finish(recording: Blob): Promise<void> {
    this.release();
    if (!this.isConnected || this.element.disabled) {
      this.recorder = "idle";
      return;
    }
    try {
      const data = await toWav(recording, this.element.sampleRate);
      this.commit([{ fileId: newFileId(), name: "audio.wav", type: "audio/wav", size: data.length, data }]);
    } catch (err) {
      console.warn("Brooklet: could not convert the recording to WAV:", err);
    } finally {
      this.recorder = "idle";
    }
  }

  /** Stops the timer and gives the microphone back. */
  private release(): void {
    if (!this.media) return;
    clearInterval(this.media.timer);
    if (this.media.recorder.state !== "inactive") {
      this.media.recorder.onstop = null;
      this.media.recorder.stop();
    }
    this.media.stream.getTracks().forEach((t) => t.stop());
    this.media = undefined;
    if (this.recorder === "recording") this.recorder = "idle";
  }

  private clear = () => {
    if (this.element.disabled) return;
    this.elapsed = 0;
    this.commit([]);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-audio-input": StAudioInput;
  }
}
