/// <reference types="mocha" />
/* Component tests for components/elements/checkbox/st-checkbox.ts (st.checkbox, st.toggle). */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/checkbox/st-checkbox.js";
import type { CheckboxPayload } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, nextFrame, press } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

function checkboxPayload(overrides: Partial<CheckboxPayload> = {}): CheckboxPayload {
  return {
    type: "checkbox",
    id: "$$ID-checkbox-1",
    label: "Accept",
    help: null,
    disabled: false,
    labelVisibility: "visible",
    formId: "",
    style: "checkbox",
    default: false,
    value: false,
    setValue: false,
    ...overrides,
  };
}

const input = (el: HTMLElement) => el.querySelector<HTMLInputElement>("input")!;

for (const style of ["checkbox", "toggle"] as const) {
  runWidgetConformance<CheckboxPayload>({
    tag: "st-checkbox",
    name: `st-checkbox (style ${style})`,
    testId: "stCheckbox",
    makePayload: (overrides) => checkboxPayload({ style, ...overrides }),
    control: input,
    role: style === "toggle" ? "switch" : "checkbox",
    interact: (el) => clickOn(input(el)),
    expectedValue: true,
    keys: ["Space"],
    setValue: (p) => ({ ...p, value: false, setValue: true }),
    displayedValue: (el) => input(el).checked,
  });
}

describe("st-checkbox", () => {
  afterEach(cleanup);

  it("style toggle → role=switch; style checkbox → a plain checkbox", async () => {
    const toggle = await mount("st-checkbox", checkboxPayload({ style: "toggle" }));
    expect(input(toggle).getAttribute("role")).to.equal("switch");
    const box = await mount("st-checkbox", checkboxPayload());
    expect(input(box).type).to.equal("checkbox");
    expect(["checkbox", null]).to.include(input(box).getAttribute("role"));
  });

  it("clicking toggles back and forth, each change fires the new value", async () => {
    const el = await mount("st-checkbox", checkboxPayload({ id: "cb" }));
    const capture = captureValueEvents();
    try {
      await clickOn(input(el));
      await clickOn(input(el));
      await nextFrame();
      expect(capture.events.map((e) => e.detail)).to.deep.equal([
        { widgetId: "cb", value: true },
        { widgetId: "cb", value: false },
      ]);
      expect(input(el).checked).to.equal(false);
    } finally {
      capture.stop();
    }
  });

  it("clicking the label text toggles it too", async () => {
    const el = await mount("st-checkbox", checkboxPayload({ id: "cb", label: "Click *here*" }));
    const capture = captureValueEvents();
    try {
      await clickOn(el.querySelector('[data-testid="stWidgetLabel"] em')!);
      await nextFrame();
      expect(capture.events.map((e) => e.detail)).to.deep.equal([{ widgetId: "cb", value: true }]);
      expect(input(el).checked).to.equal(true);
    } finally {
      capture.stop();
    }
  });

  it("Enter does not toggle a checkbox (only Space does, as in the browser)", async () => {
    const el = await mount("st-checkbox", checkboxPayload());
    input(el).focus();
    const capture = captureValueEvents();
    try {
      await press("Enter");
      await nextFrame();
      expect(capture.events).to.have.length(0);
    } finally {
      capture.stop();
    }
  });

  it("styles Markdown directives in the label (`:red[…]`) with no other element on the page", async () => {
    // This file defines no st-markdown/st-alert, so only the checkbox can bring the Markdown CSS.
    const el = await mount("st-checkbox", checkboxPayload({ label: "I :red[agree]" }));
    const red = el.querySelector(".st-md-color-red");
    expect(red?.textContent).to.equal("agree");
    expect(getComputedStyle(red!).color).to.equal("rgb(255, 75, 75)");
  });

  it("starts checked when Python's value is true", async () => {
    const el = await mount("st-checkbox", checkboxPayload({ value: true, default: true }));
    expect(input(el).checked).to.equal(true);
  });

  it("a toggle starts on when Python's value is true", async () => {
    const el = await mount("st-checkbox", checkboxPayload({ style: "toggle", value: true }));
    expect(input(el).matches(":checked")).to.equal(true);
  });
});
