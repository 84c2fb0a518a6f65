import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { VideoPayload } from "../../../packages/protocol/index.js";
import { cssWidth, StMediaElement } from "../../lib/media-element.js";
import { MediaUrls } from "../../lib/media-urls.js";
import { controlPlayback } from "../../lib/playback.js";

/**
 * st.video: the browser's video player with subtitle tracks (WebVTT blobs), or a
 * YouTube embed. The <video> (or <iframe>) itself carries `stVideo`, as in Streamlit.
 */
@customElement("st-video")
export class StVideo extends StMediaElement<VideoPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: VideoPayload;

  protected static override css = `
st-video { display: block; }
st-video video { display: block; max-width: 100%; }
st-video iframe { display: block; max-width: 100%; aspect-ratio: 16 / 9; border: 0; }
`;

  private stopPlayback?: () => void;
  private playbackKey = "";

  protected override sources() {
    const { source, subtitles } = this.element;
    return [source, ...subtitles.map((t) => (t.vtt ? MediaUrls.textSource(t.vtt, "text/vtt") : null))];
  }

  protected override render() {
    const { kind, autoplay, muted, width, subtitles, startTime, endTime } = this.element;
    if (kind === "youtube") {
      const url = new URL(this.urls[0] || "about:blank");
      if (startTime) url.searchParams.set("start", String(startTime));
      if (endTime !== null) url.searchParams.set("end", String(endTime));
      if (autoplay) url.searchParams.set("autoplay", "1");
      if (muted) url.searchParams.set("mute", "1");
      if (this.element.loop) url.searchParams.set("loop", "1");
      return html`<iframe
        class="stVideo"
        data-testid="stVideo"
        title="${url.href}"
        src=${url.href}
        allow="autoplay; encrypted-media; picture-in-picture"
        allowfullscreen
        style="width: ${cssWidth(width)}"
      ></iframe>`;
    }
    const firstShown = subtitles.length > 0 && subtitles[0].vtt !== "";
    return html`<video
      class="stVideo"
      data-testid="stVideo"
      controls
      preload="metadata"
      ?autoplay=${autoplay}
      .muted=${muted}
      ?muted=${muted}
      src=${this.urls[0] || nothing}
      style="width: ${cssWidth(width)}"
    >
      ${subtitles.map((track, i) =>
        track.vtt
          ? html`<track kind="captions" label=${track.label} src=${this.urls[i + 1]} ?default=${i === 0 && firstShown} />`
          : nothing,
      )}
    </video>`;
  }

  protected override updated(): void {
    const video = this.querySelector("video");
    if (!video) return;
    const { startTime, endTime, loop } = this.element;
    const key = JSON.stringify([this.urls[0], startTime, endTime, loop]);
    if (key === this.playbackKey) return;
    this.playbackKey = key;
    this.stopPlayback?.();
    this.stopPlayback = controlPlayback(video, { startTime, endTime, loop });
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
    "st-video": StVideo;
  }
}
