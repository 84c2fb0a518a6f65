/** start_time / end_time / loop for <audio> and <video>, as Streamlit plays them. */

export interface PlaybackOptions {
  startTime: number;
  endTime: number | null;
  loop: boolean;
}

/**
 * Apply the options to `media`: seek to `startTime` once metadata is known (and
 * whenever `startTime` changes), stop at `endTime` or jump back to `startTime` when
 * looping. Returns a function that removes the listeners.
 */
export function controlPlayback(media: HTMLMediaElement, options: PlaybackOptions): () => void {
  const { startTime, endTime, loop } = options;
  const seekToStart = () => {
    if (Math.abs(media.currentTime - startTime) > 0.001) media.currentTime = startTime;
  };
  const onTime = () => {
    if (endTime === null || media.currentTime < endTime) return;
    if (loop) {
      media.currentTime = startTime;
      void media.play().catch(() => undefined);
    } else {
      media.pause();
    }
  };
  const onEnded = () => {
    if (!loop) return;
    media.currentTime = startTime;
    void media.play().catch(() => undefined);
  };
  if (media.readyState >= HTMLMediaElement.HAVE_METADATA) seekToStart();
  media.addEventListener("loadedmetadata", seekToStart);
  media.addEventListener("timeupdate", onTime);
  media.addEventListener("ended", onEnded);
  return () => {
    media.removeEventListener("loadedmetadata", seekToStart);
    media.removeEventListener("timeupdate", onTime);
    media.removeEventListener("ended", onEnded);
  };
}
