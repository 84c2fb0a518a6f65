import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { AudioPayload } from "../../../packages/protocol/index.js";
import { cssWidth, StMediaElement } from "../../lib/media-element.js";
import { controlPlayback } from "../../lib/playback.js";

/** st.audio: the browser's audio player; the <audio> itself carries `stAudio`, as in Streamlit. */
@customElement("st-audio")
export class StAudio extends StMediaElement<AudioPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: AudioPayload;

  protected static override css = `
st-audio { display: block; }
st-audio audio { display: block; max-width: 100%; }
`;

  private stopPlayback?: () => void;
  private playbackKey = "";

  protected override sources() {
    return [this.element.source];
  }

  protected override render() {
    const { autoplay, width } = this.element;
    return html`<audio
      class="stAudio"
      data-testid="stAudio"
      controls
      preload="metadata"
      ?autoplay=${autoplay}
      src=${this.urls[0] || nothing}
      style="width: ${cssWidth(width)}"
    ></audio>`;
  }

  protected override updated(): void {
    const audio = this.querySelector("audio");
    const { startTime, endTime, loop } = this.element;
    const key = JSON.stringify([this.urls[0], startTime, endTime, loop]);
    if (!audio || key === this.playbackKey) return;
    this.playbackKey = key;
    this.stopPlayback?.();
    this.stopPlayback = controlPlayback(audio, { startTime, endTime, loop });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPlayback?.();
    this.stopPlayback = undefined;
    this.playbackKey = "";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-audio": StAudio;
  }
}
