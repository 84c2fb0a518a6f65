/**
 * st-audio-input with Chromium's fake microphone (web-test-runner.config.mjs): Record, Stop,
 * the WAV it sends (mono, 16-bit, at the payload's sample rate), playback and clearing; and
 * the WAV encoder itself.
 */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/audio-input/st-audio-input.js";
import { timeCode } from "../../components/elements/audio-input/st-audio-input.js";
import { encodeWav } from "../../components/lib/wav.js";
import type { AudioInputPayload, UploadedFileValue } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, sleep, update, waitFor } from "./fixtures.js";

const payload = (o: Partial<AudioInputPayload> = {}): AudioInputPayload => ({
  type: "audioInput",
  id: "mic",
  label: "Say something",
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
  value: [],
  setValue: false,
  default: [],
  sampleRate: 16000,
  width: "stretch",
  ...o,
});

const action = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[data-testid="stAudioInputActionButton"]')!;
const header = (data: Uint8Array) => {
  const view = new DataView(data.buffer, data.byteOffset);
  const text = (o: number) => String.fromCharCode(...data.slice(o, o + 4));
  return { riff: text(0), wave: text(8), format: view.getUint16(20, true), channels: view.getUint16(22, true), rate: view.getUint32(24, true), bits: view.getUint16(34, true) };
};

describe("st-audio-input", () => {
  afterEach(cleanup);

  it("records, sends a WAV at the sample rate asked for, plays it back and clears it", async () => {
    const el = await mount("st-audio-input", payload({ sampleRate: 8000 }));
    expect(el.dataset.testid).to.equal("stAudioInput");
    expect(action(el).getAttribute("aria-label")).to.equal("Record");
    const capture = captureValueEvents();
    try {
      await clickOn(action(el));
      await waitFor(() => action(el).getAttribute("aria-label") === "Stop recording", "recording");
      await sleep(600);
      await clickOn(action(el));
      await waitFor(() => capture.events.length === 1, "the recording", 10_000);
      const [file] = capture.events[0].detail.value as UploadedFileValue[];
      expect([file.name, file.type, file.size]).to.deep.equal(["audio.wav", "audio/wav", file.data.length]);
      expect(header(file.data)).to.deep.equal({ riff: "RIFF", wave: "WAVE", format: 1, channels: 1, rate: 8000, bits: 16 });
      // About 0.6 s of 16-bit samples at 8 kHz.
      expect(file.size).to.be.within(44 + 0.3 * 16000, 44 + 3 * 16000);
      await el.updateComplete;
      expect(el.querySelector('[data-testid="stAudioInputPlayback"]')).to.exist;
      await clickOn(el.querySelector('[data-testid="stAudioInputClearRecordingButton"]')!);
      await waitFor(() => capture.events.length === 2, "the clear");
      expect(capture.events[1].detail.value).to.deep.equal([]);
    } finally {
      capture.stop();
    }
  });

  it("disabled: Record does nothing", async () => {
    const el = await mount("st-audio-input", payload({ disabled: true }));
    expect(action(el).disabled).to.equal(true);
    await update(el, payload());
    expect(action(el).disabled).to.equal(false);
  });

  it("encodeWav writes a 16-bit PCM mono WAV, clamping the samples", () => {
    const wav = encodeWav(new Float32Array([0, 1, -1, 2]), 16000);
    expect(wav.length).to.equal(44 + 8);
    expect(header(wav)).to.deep.equal({ riff: "RIFF", wave: "WAVE", format: 1, channels: 1, rate: 16000, bits: 16 });
    const view = new DataView(wav.buffer);
    expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).to.deep.equal([0, 32767, -32768, 32767]);
    expect(timeCode(75)).to.equal("01:15");
  });
});
