/**
 * st-camera-input with Chromium's fake webcam (web-test-runner.config.mjs): the live picture,
 * Take Photo sends a JPEG, Clear photo sends none, and the camera is released when unused.
 */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/camera-input/st-camera-input.js";
import type { CameraInputPayload, UploadedFileValue } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, update, waitFor } from "./fixtures.js";

const payload = (o: Partial<CameraInputPayload> = {}): CameraInputPayload => ({
  type: "cameraInput",
  id: "cam",
  label: "Take a selfie",
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
  value: [],
  setValue: false,
  default: [],
  width: "stretch",
  ...o,
});

const button = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[data-testid="stCameraInputButton"]')!;
const live = (el: HTMLElement) => waitFor(() => (el.querySelector("video")?.videoWidth ?? 0) > 0 && !button(el).disabled, "the camera picture", 10_000);

describe("st-camera-input", () => {
  afterEach(cleanup);

  it("shows the camera with its label and Streamlit's test ids", async () => {
    const el = await mount("st-camera-input", payload({ help: "Smile" }));
    expect(el.dataset.testid).to.equal("stCameraInput");
    expect(el.querySelector('[data-testid="stWidgetLabel"]')!.textContent).to.contain("Take a selfie");
    expect(el.querySelector('[data-testid="stTooltipIcon"]')).to.exist;
    await live(el);
    expect(button(el).textContent!.trim()).to.equal("Take Photo");
    expect(el.querySelector('[data-testid="stCameraInputWebcamComponent"] video')).to.exist;
  });

  it("Take Photo sends a JPEG and shows it; Clear photo sends none and brings the camera back", async () => {
    const el = await mount("st-camera-input", payload());
    await live(el);
    const capture = captureValueEvents();
    try {
      await clickOn(button(el));
      await waitFor(() => capture.events.length === 1, "the photo");
      const [photo] = capture.events[0].detail.value as UploadedFileValue[];
      expect([photo.name, photo.type, photo.size]).to.deep.equal(["image.jpg", "image/jpeg", photo.data.length]);
      expect([...photo.data.slice(0, 2)], "JPEG magic").to.deep.equal([0xff, 0xd8]);
      await el.updateComplete;
      expect(el.querySelector("img")).to.exist;
      expect(el.querySelector("video"), "camera released").to.equal(null);
      expect(button(el).textContent!.trim()).to.equal("Clear photo");
      await clickOn(button(el));
      await waitFor(() => capture.events.length === 2, "the clear");
      expect(capture.events[1].detail.value).to.deep.equal([]);
      await live(el);
    } finally {
      capture.stop();
    }
  });

  it("disabled: no camera and no photo", async () => {
    const el = await mount("st-camera-input", payload({ disabled: true }));
    expect(button(el).disabled).to.equal(true);
    expect(el.querySelector("video")).to.equal(null);
    await update(el, payload());
    await live(el);
  });

  it("a form's clear_on_submit (the default taken over) removes the photo", async () => {
    const el = await mount("st-camera-input", payload({ formId: "f" }));
    await live(el);
    const capture = captureValueEvents();
    try {
      await clickOn(button(el));
      await waitFor(() => capture.events.length === 1, "the photo");
      expect(capture.events[0].detail.formId).to.equal("f");
    } finally {
      capture.stop();
    }
    await el.updateComplete;
    await update(el, payload({ formId: "f", value: [], setValue: true }));
    expect(el.querySelector("img")).to.equal(null);
    await live(el);
  });
});
