/// <reference types="mocha" />
/*
 * Component tests for st-slider (slider, select_slider), st-button-group (pills,
 * segmented_control, feedback), st-download-button, st-link-button, form submit buttons,
 * the form block and the page's form logic (components/app/forms.ts).
 */
import { expect } from "@esm-bundle/chai";
import { sendMouse } from "@web/test-runner-commands";
import { html, render } from "lit";
import "../../components/elements/button/st-button.js";
import "../../components/elements/button-group/st-button-group.js";
import "../../components/elements/checkbox/st-checkbox.js";
import "../../components/elements/download-button/st-download-button.js";
import "../../components/elements/link-button/st-link-button.js";
import "../../components/elements/slider/st-slider.js";
import { renderForm } from "../../components/blocks/form/form.js";
import { ElementTree } from "../../components/app/element-tree.js";
import { FormController } from "../../components/app/forms.js";
import { WidgetStore } from "../../components/app/widget-store.js";
import { formatSliderValue, momentFormat } from "../../components/elements/slider/format.js";
import { DEFERRED_DOWNLOAD_EVENT } from "../../components/lib/events.js";
import type {
  ButtonGroupPayload,
  ButtonPayload,
  CheckboxPayload,
  DownloadButtonPayload,
  FormBlock,
  LinkButtonPayload,
  SliderPayload,
} from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, makeContainer, mount, nextFrame, press, update } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

// -- payloads ---------------------------------------------------------------------------

const base = { help: null, disabled: false, labelVisibility: "visible" as const, formId: "" };

function sliderPayload(overrides: Partial<SliderPayload> = {}): SliderPayload {
  return {
    type: "slider",
    id: "$$ID-slider-1",
    label: "Volume",
    ...base,
    dataType: "int",
    min: 0,
    max: 10,
    step: 1,
    format: "%d",
    options: [],
    default: [5],
    value: [5],
    setValue: false,
    ...overrides,
  };
}

function groupPayload(overrides: Partial<ButtonGroupPayload> = {}): ButtonGroupPayload {
  return {
    type: "buttonGroup",
    id: "$$ID-group-1",
    label: "Direction",
    ...base,
    style: "pills",
    selectionMode: "single",
    options: ["North", "East", "South"].map((content) => ({ content, icon: null, selectedIcon: null })),
    visualization: "only_selected",
    default: [],
    value: [],
    setValue: false,
    ...overrides,
  };
}

const FEEDBACK_THUMBS = [":material/thumb_up:", ":material/thumb_down:"].map((icon) => ({ content: "", icon, selectedIcon: null }));
const STARS = Array.from({ length: 5 }, () => ({ content: "", icon: ":material/star:", selectedIcon: ":material/star_filled:" }));

function downloadPayload(overrides: Partial<DownloadButtonPayload> = {}): DownloadButtonPayload {
  return {
    type: "downloadButton",
    id: "$$ID-download-1",
    label: "Download",
    ...base,
    kind: "secondary",
    icon: null,
    useContainerWidth: false,
    data: new TextEncoder().encode("a,b\n1,2\n"),
    deferred: null,
    mime: "text/csv",
    fileName: "data.csv",
    ignoreRerun: false,
    ...overrides,
  };
}

function submitPayload(overrides: Partial<ButtonPayload> = {}): ButtonPayload {
  return {
    type: "button",
    id: "$$ID-submit-1",
    label: "Submit",
    ...base,
    kind: "secondary",
    icon: null,
    useContainerWidth: false,
    isFormSubmitter: true,
    ...overrides,
  };
}

// -- helpers ----------------------------------------------------------------------------

const thumbs = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="slider"]')];
const thumbValues = (el: HTMLElement) => thumbs(el).map((t) => Number(t.getAttribute("aria-valuenow")));
const listbox = (el: HTMLElement) => el.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('[role="option"]')];
const selectedIndices = (el: HTMLElement) =>
  options(el).flatMap((o, i) => (o.getAttribute("aria-selected") === "true" ? [i] : []));

/** A real mouse click on the slider's track where `value` sits. */
async function clickSliderAt(el: HTMLElement, value: number): Promise<void> {
  const payload = (el as HTMLElement & { element: SliderPayload }).element;
  const track = el.querySelector<HTMLElement>(".st-slider-track")!;
  track.scrollIntoView({ block: "center" });
  const r = track.getBoundingClientRect();
  const x = r.left + ((value - payload.min) / (payload.max - payload.min)) * r.width;
  await sendMouse({ type: "click", position: [Math.round(x), Math.round(r.top + r.height / 2)] });
}

/** Downloads started by `<a download>` clicks, intercepted before the browser saves them. */
function captureDownloads(): { downloads: { name: string; href: string }[]; stop(): void } {
  const downloads: { name: string; href: string }[] = [];
  const listener = (event: Event) => {
    const a = event.target;
    if (a instanceof HTMLAnchorElement && a.hasAttribute("download")) {
      event.preventDefault();
      downloads.push({ name: a.download, href: a.href });
    }
  };
  document.addEventListener("click", listener, true);
  return { downloads, stop: () => document.removeEventListener("click", listener, true) };
}

// -- conformance ------------------------------------------------------------------------

runWidgetConformance<SliderPayload>({
  tag: "st-slider",
  name: "st-slider (int slider)",
  testId: "stSlider",
  makePayload: sliderPayload,
  control: (el) => thumbs(el)[0]!,
  role: "slider",
  interact: (el) => clickSliderAt(el, 6),
  expectedValue: [6],
  keys: ["ArrowRight", "ArrowUp"],
  setValue: (p) => ({ ...p, value: [2], setValue: true }),
  displayedValue: thumbValues,
});

runWidgetConformance<SliderPayload>({
  tag: "st-slider",
  name: "st-slider (select_slider range)",
  testId: "stSlider",
  makePayload: (o) =>
    sliderPayload({ options: ["red", "orange", "yellow", "green"], min: 0, max: 3, format: "%s", default: [0, 3], value: [0, 3], ...o }),
  control: (el) => thumbs(el)[0]!,
  role: "slider",
  interact: (el) => clickSliderAt(el, 1),
  expectedValue: [1, 3],
  keys: ["ArrowRight"],
  setValue: (p) => ({ ...p, value: [2, 3], setValue: true }),
  displayedValue: thumbValues,
});

for (const [style, mode] of [
  ["pills", "single"],
  ["segmented_control", "multi"],
] as const) {
  runWidgetConformance<ButtonGroupPayload>({
    tag: "st-button-group",
    name: `st-button-group (${style}, ${mode})`,
    testId: "stButtonGroup",
    makePayload: (o) => groupPayload({ style, selectionMode: mode, ...o }),
    control: listbox,
    role: "listbox",
    interact: (el) => clickOn(options(el)[0]!),
    expectedValue: [0],
    keys: ["Enter", "Space"],
    setValue: (p) => ({ ...p, value: [2], setValue: true }),
    displayedValue: selectedIndices,
  });
}

runWidgetConformance<ButtonGroupPayload>({
  tag: "st-button-group",
  name: "st-button-group (feedback thumbs)",
  testId: "stButtonGroup",
  makePayload: (o) => groupPayload({ label: "Rate", style: "borderless", options: FEEDBACK_THUMBS, ...o }),
  control: listbox,
  role: "listbox",
  interact: (el) => clickOn(options(el)[0]!),
  expectedValue: [0],
  keys: ["Enter"],
  setValue: (p) => ({ ...p, value: [1], setValue: true }),
  displayedValue: selectedIndices,
});

describe("st-download-button: downloads are intercepted in conformance", () => {
  let capture: ReturnType<typeof captureDownloads>;
  before(() => (capture = captureDownloads()));
  after(() => capture.stop());
  runWidgetConformance<DownloadButtonPayload>({
    tag: "st-download-button",
    testId: "stDownloadButton",
    makePayload: downloadPayload,
    control: (el) => el.querySelector("button")!,
    role: "button",
    interact: (el) => clickOn(el.querySelector("button")!),
    expectedValue: true,
    trigger: true,
    keys: ["Enter", "Space"],
    labelSelector: 'button [data-testid="stMarkdownContainer"]',
    skip: { labelVisibility: true },
  });
});

runWidgetConformance<ButtonPayload>({
  tag: "st-button",
  name: "st-button (form submit button)",
  testId: "stFormSubmitButton",
  makePayload: submitPayload,
  control: (el) => el.querySelector("button")!,
  role: "button",
  interact: (el) => clickOn(el.querySelector("button")!),
  expectedValue: true,
  trigger: true,
  keys: ["Enter", "Space"],
  labelSelector: 'button [data-testid="stMarkdownContainer"]',
  skip: { labelVisibility: true },
});

// -- st-slider --------------------------------------------------------------------------

describe("st-slider", () => {
  afterEach(cleanup);

  it("shows the value above the thumb and min / max under the track, in the format", async () => {
    const el = await mount("st-slider", sliderPayload({ dataType: "float", min: 0, max: 1, step: 0.01, format: "%0.2f", value: [0.25] }));
    expect(el.querySelector('[data-testid="stSliderThumbValue"]')!.textContent).to.equal("0.25");
    expect(el.querySelector('[data-testid="stSliderTickBarMin"]')!.textContent).to.equal("0.00");
    expect(el.querySelector('[data-testid="stSliderTickBarMax"]')!.textContent).to.equal("1.00");
    expect(thumbs(el)[0]!.getAttribute("aria-valuetext")).to.equal("0.25");
  });

  it("Home, End, PageUp and PageDown move to the bounds and by ten steps", async () => {
    const el = await mount("st-slider", sliderPayload({ max: 100, value: [50] }));
    const capture = captureValueEvents();
    try {
      thumbs(el)[0]!.focus();
      for (const key of ["PageUp", "PageDown", "PageDown", "Home", "End"]) await press(key);
      await el.updateComplete;
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal([[60], [50], [40], [0], [100]]);
      // At a bound, a key that cannot move the thumb fires nothing.
      await press("End");
      await press("ArrowRight");
      expect(capture.events).to.have.length(5);
    } finally {
      capture.stop();
    }
  });

  it("float steps do not accumulate floating point noise", async () => {
    const el = await mount("st-slider", sliderPayload({ dataType: "float", min: 0, max: 1, step: 0.1, format: "%0.1f", value: [0.2] }));
    const capture = captureValueEvents();
    try {
      thumbs(el)[0]!.focus();
      await press("ArrowRight");
      expect(capture.events[0]!.detail.value).to.deep.equal([0.3]);
    } finally {
      capture.stop();
    }
  });

  it("a range slider's thumbs cannot cross; the click moves the nearest thumb", async () => {
    const el = await mount("st-slider", sliderPayload({ value: [2, 8], default: [2, 8] }));
    const capture = captureValueEvents();
    try {
      await clickSliderAt(el, 9);
      await el.updateComplete;
      expect(capture.events.at(-1)!.detail.value).to.deep.equal([2, 9]);
      await clickSliderAt(el, 1);
      await el.updateComplete;
      expect(capture.events.at(-1)!.detail.value).to.deep.equal([1, 9]);
      thumbs(el)[0]!.focus();
      await press("End");
      await el.updateComplete;
      expect(capture.events.at(-1)!.detail.value).to.deep.equal([9, 9]);
      expect(thumbValues(el)).to.deep.equal([9, 9]);
    } finally {
      capture.stop();
    }
  });

  it("dragging fires one value event when released", async () => {
    const el = await mount("st-slider", sliderPayload());
    const track = el.querySelector<HTMLElement>(".st-slider-track")!;
    const r = track.getBoundingClientRect();
    const y = Math.round(r.top + r.height / 2);
    const capture = captureValueEvents();
    try {
      await sendMouse({ type: "move", position: [Math.round(r.left + r.width * 0.5), y] });
      await sendMouse({ type: "down" });
      await sendMouse({ type: "move", position: [Math.round(r.left + r.width * 0.7), y] });
      await sendMouse({ type: "move", position: [Math.round(r.left + r.width * 0.8), y] });
      expect(capture.events, "no event while dragging").to.have.length(0);
      await sendMouse({ type: "up" });
      await el.updateComplete;
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal([[8]]);
    } finally {
      capture.stop();
    }
  });

  it("date, time and datetime values are shown with moment formats (UTC wall time)", async () => {
    const day = Date.UTC(2024, 0, 15) * 1000;
    const el = await mount(
      "st-slider",
      sliderPayload({ dataType: "date", min: day - 86_400e6, max: day + 86_400e6, step: 86_400e6, format: "YYYY-MM-DD", value: [day] }),
    );
    expect(el.querySelector('[data-testid="stSliderThumbValue"]')!.textContent).to.equal("2024-01-15");
    const noon = Date.UTC(2000, 0, 1, 12, 30) * 1000;
    expect(formatSliderValue(noon, "time", "HH:mm", [])).to.equal("12:30");
    expect(formatSliderValue(noon, "datetime", "MM/DD/YY - hh:mm A", [])).to.equal("01/01/00 - 12:30 PM");
    expect(momentFormat(new Date(Date.UTC(2020, 2, 1, 9, 5)), "ddd, MMM Do [at] H:mm")).to.equal("Sun, Mar 1st at 9:05");
    expect(formatSliderValue(0.5, "float", "percent", [])).to.equal("50%");
    expect(formatSliderValue(3, "int", "%d items", [])).to.equal("3 items");
  });

  it("select_slider shows option labels", async () => {
    const el = await mount("st-slider", sliderPayload({ options: ["S", "M", "L"], min: 0, max: 2, format: "%s", value: [1] }));
    expect(el.querySelector('[data-testid="stSliderThumbValue"]')!.textContent).to.equal("M");
    expect(el.querySelector('[data-testid="stSliderTickBar"]')!.textContent!.replace(/\s+/g, "")).to.equal("SL");
  });

  it("inside a form the value event carries the form id", async () => {
    const el = await mount("st-slider", sliderPayload({ formId: "f1" }));
    const capture = captureValueEvents();
    try {
      thumbs(el)[0]!.focus();
      await press("ArrowLeft");
      expect(capture.events[0]!.detail).to.deep.equal({ widgetId: "$$ID-slider-1", value: [4], formId: "f1" });
    } finally {
      capture.stop();
    }
  });
});

// -- st-button-group --------------------------------------------------------------------

describe("st-button-group", () => {
  afterEach(cleanup);

  it("single selection: clicking the selected option unselects it", async () => {
    const el = await mount("st-button-group", groupPayload());
    const capture = captureValueEvents();
    try {
      await clickOn(options(el)[1]!);
      await clickOn(options(el)[1]!);
      await clickOn(options(el)[2]!);
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal([[1], [], [2]]);
      expect(selectedIndices(el)).to.deep.equal([2]);
    } finally {
      capture.stop();
    }
  });

  it("multi selection toggles each option and keeps the options' order", async () => {
    const el = await mount("st-button-group", groupPayload({ selectionMode: "multi" }));
    const capture = captureValueEvents();
    try {
      await clickOn(options(el)[2]!);
      await clickOn(options(el)[0]!);
      await clickOn(options(el)[2]!);
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal([[2], [0, 2], [0]]);
    } finally {
      capture.stop();
    }
  });

  it("arrow keys move the active option, Space toggles it; test ids follow Streamlit", async () => {
    const el = await mount("st-button-group", groupPayload({ style: "segmented_control" }));
    const capture = captureValueEvents();
    try {
      listbox(el).focus();
      await press("ArrowRight");
      await press("ArrowRight");
      await press("Space");
      await el.updateComplete;
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal([[2]]);
      expect(listbox(el).getAttribute("aria-activedescendant")).to.equal(options(el)[2]!.id);
      expect(options(el).map((o) => o.dataset.testid)).to.deep.equal([
        "stBaseButton-segmented_control",
        "stBaseButton-segmented_control",
        "stBaseButton-segmented_controlActive",
      ]);
    } finally {
      capture.stop();
    }
  });

  it("options show Markdown and a leading icon", async () => {
    const el = await mount(
      "st-button-group",
      groupPayload({ options: [{ content: "**Bold** text", icon: "🔥", selectedIcon: null }, { content: "Plain", icon: ":material/add:", selectedIcon: null }] }),
    );
    expect(options(el)[0]!.querySelector("strong")!.textContent).to.equal("Bold");
    expect(options(el)[0]!.querySelector('[data-testid="stIconEmoji"]')!.textContent).to.equal("🔥");
    expect(options(el)[1]!.querySelector('[data-testid="stIconMaterial"]')).to.exist;
  });

  it("feedback stars: every star up to the selected one looks selected", async () => {
    const el = await mount("st-button-group", groupPayload({ label: "", style: "borderless", options: STARS, visualization: "all_up_to_selected", value: [2] }));
    expect(el.querySelector('[data-testid="stWidgetLabel"]'), "feedback has no label").to.equal(null);
    expect(options(el).map((o) => o.dataset.testid)).to.deep.equal([
      "stBaseButton-borderlessIconActive",
      "stBaseButton-borderlessIconActive",
      "stBaseButton-borderlessIconActive",
      "stBaseButton-borderlessIcon",
      "stBaseButton-borderlessIcon",
    ]);
    expect(options(el).map((o) => o.textContent!.trim())).to.deep.equal(["★", "★", "★", "☆", "☆"]);
    expect(selectedIndices(el)).to.deep.equal([2]);
  });
});

// -- download, link and submit buttons -------------------------------------------------

describe("st-download-button", () => {
  afterEach(cleanup);

  it("saves a file with the payload's name and type, then fires a trigger", async () => {
    const el = await mount("st-download-button", downloadPayload());
    const downloads = captureDownloads();
    const events = captureValueEvents();
    try {
      await clickOn(el.querySelector("button")!);
      expect(downloads.downloads.map((d) => d.name)).to.deep.equal(["data.csv"]);
      const blob = await (await fetch(downloads.downloads[0]!.href)).blob();
      expect(blob.type).to.equal("text/csv");
      expect(await blob.text()).to.equal("a,b\n1,2\n");
      expect(events.events.map((e) => e.detail)).to.deep.equal([{ widgetId: "$$ID-download-1", value: true, trigger: true }]);
    } finally {
      downloads.stop();
      events.stop();
    }
  });

  it('on_click="ignore": the file is saved but no event fires (no rerun)', async () => {
    const el = await mount("st-download-button", downloadPayload({ ignoreRerun: true }));
    const downloads = captureDownloads();
    const events = captureValueEvents();
    try {
      await clickOn(el.querySelector("button")!);
      expect(downloads.downloads).to.have.length(1);
      expect(events.events).to.have.length(0);
    } finally {
      downloads.stop();
      events.stop();
    }
  });

  it("data=callable: asks <st-app> for the file, saves what the worker made, and triggers", async () => {
    const c = makeContainer();
    const asked: string[] = [];
    c.addEventListener(DEFERRED_DOWNLOAD_EVENT, (event) => {
      asked.push(event.detail.handle);
      event.detail.respond(Promise.resolve({ data: new TextEncoder().encode("late"), mime: "text/plain" }));
    });
    const el = await mount("st-download-button", downloadPayload({ data: null, deferred: "download-7", fileName: "late.txt" }), c);
    const downloads = captureDownloads();
    const events = captureValueEvents();
    try {
      await clickOn(el.querySelector("button")!);
      await new Promise((r) => setTimeout(r, 50));
      expect(asked).to.deep.equal(["download-7"]);
      expect(downloads.downloads.map((d) => d.name)).to.deep.equal(["late.txt"]);
      const blob = await (await fetch(downloads.downloads[0]!.href)).blob();
      expect([blob.type, await blob.text()]).to.deep.equal(["text/plain", "late"]);
      expect(events.events).to.have.length(1);
    } finally {
      downloads.stop();
      events.stop();
    }
  });

  it("a disabled download button saves nothing", async () => {
    const el = await mount("st-download-button", downloadPayload({ disabled: true }));
    const downloads = captureDownloads();
    try {
      await clickOn(el.querySelector("button")!);
      expect(downloads.downloads).to.have.length(0);
    } finally {
      downloads.stop();
    }
  });
});

describe("st-link-button", () => {
  afterEach(cleanup);

  const link = (o: Partial<LinkButtonPayload> = {}): LinkButtonPayload => ({
    type: "linkButton",
    label: "Open **docs**",
    url: "https://docs.streamlit.io/",
    kind: "primary",
    icon: ":material/open_in_new:",
    help: "Opens a tab",
    disabled: false,
    useContainerWidth: false,
    ...o,
  });

  it("is a link opening the URL in a new tab, with Streamlit's test ids", async () => {
    const el = await mount("st-link-button", link());
    expect(el.dataset.testid).to.equal("stLinkButton");
    const a = el.querySelector("a")!;
    expect(a.dataset.testid).to.equal("stBaseLinkButton-primary");
    expect(a.getAttribute("href")).to.equal("https://docs.streamlit.io/");
    expect(a.target).to.equal("_blank");
    expect(a.rel).to.contain("noreferrer");
    expect(a.querySelector("strong")!.textContent).to.equal("docs");
    expect(el.querySelector('[data-testid="stTooltipIcon"]')).to.exist;
  });

  it("is reachable with Tab and a disabled one has no href and is not focusable", async () => {
    const el = await mount("st-link-button", link());
    expect(el.querySelector("a")!.tabIndex).to.equal(0);
    await update(el, link({ disabled: true }));
    const a = el.querySelector("a")!;
    expect(a.hasAttribute("href")).to.equal(false);
    expect(a.getAttribute("aria-disabled")).to.equal("true");
    expect(a.tabIndex).to.equal(-1);
  });
});

describe("st-button as st.form_submit_button", () => {
  afterEach(cleanup);

  it("carries stFormSubmitButton and the form-submit kind; its click carries the form id", async () => {
    const el = await mount("st-button", submitPayload({ formId: "my_form", kind: "primary" }));
    expect(el.dataset.testid).to.equal("stFormSubmitButton");
    expect(el.querySelector("button")!.dataset.testid).to.equal("stBaseButton-primaryFormSubmit");
    const capture = captureValueEvents();
    try {
      await clickOn(el.querySelector("button")!);
      expect(capture.events[0]!.detail).to.deep.equal({ widgetId: "$$ID-submit-1", value: true, trigger: true, formId: "my_form" });
    } finally {
      capture.stop();
    }
  });

  it("a plain button keeps stButton", async () => {
    const el = await mount("st-button", submitPayload({ isFormSubmitter: false }));
    expect(el.dataset.testid).to.equal("stButton");
  });
});

// -- the form block and the page's form logic -----------------------------------------

const formBlock = (o: Partial<FormBlock> = {}): FormBlock => ({
  type: "form",
  allowEmpty: false,
  formId: "f",
  clearOnSubmit: false,
  enterToSubmit: true,
  border: true,
  width: "stretch",
  height: "content",
  ...o,
});

function checkboxPayload(o: Partial<CheckboxPayload> = {}): CheckboxPayload {
  return {
    type: "checkbox",
    id: "$$ID-box",
    label: "Box",
    ...base,
    formId: "f",
    style: "checkbox",
    default: false,
    value: false,
    setValue: false,
    ...o,
  } as CheckboxPayload;
}

/** A tree with a form at [0, 0] holding the given elements. */
function treeWithForm(block: FormBlock, elements: (CheckboxPayload | ButtonPayload)[]): ElementTree {
  const tree = new ElementTree();
  tree.apply({ kind: "addBlock", path: [0, 0], block }, 1);
  elements.forEach((element, i) => tree.apply({ kind: "newElement", path: [0, 0, i], element }, 1));
  return tree;
}

describe("st.form block", () => {
  afterEach(cleanup);

  const draw = (block: FormBlock, tree: ElementTree, container = makeContainer()) => {
    const node = tree.roots[0]!.children[0]!;
    if (node.kind !== "block") throw new Error("no form block");
    render(renderForm(block, html`<p>child</p>`, node), container);
    return container;
  };

  it("is a bordered stForm holding its children", async () => {
    const block = formBlock();
    const c = draw(block, treeWithForm(block, [submitPayload({ formId: "f" })]));
    const form = c.querySelector<HTMLElement>('[data-testid="stForm"]')!;
    expect(form.dataset.formId).to.equal("f");
    expect(getComputedStyle(form).borderTopStyle).to.equal("solid");
    expect(form.querySelector('[data-testid="stVerticalBlock"] p')!.textContent).to.equal("child");
    expect(c.querySelector('[data-testid="stAlert"]'), "a submit button: no warning").to.equal(null);
  });

  it('without a submit button it shows the "Missing Submit Button" error (not while running)', async () => {
    const block = formBlock({ border: false });
    const c = draw(block, treeWithForm(block, [checkboxPayload()]));
    await nextFrame();
    const alert = c.querySelector<HTMLElement>('[data-testid="stAlert"]')!;
    expect(alert, "warning shown").to.exist;
    expect(alert.textContent).to.contain("Missing Submit Button");
    expect(alert.textContent).to.contain("This form has no submit button, which means that user interactions will never be sent to your Streamlit app.");
    expect(alert.querySelector("a")!.getAttribute("href")).to.equal("https://docs.streamlit.io/develop/api-reference/execution-flow/st.form");
    expect(getComputedStyle(c.querySelector('[data-testid="stForm"]')!).borderTopStyle).to.equal("none");
    c.setAttribute("status", "running");
    expect(getComputedStyle(c.querySelector(".st-form-missing-submit")!).display).to.equal("none");
  });
});

describe("FormController (components/app/forms.ts)", () => {
  afterEach(cleanup);

  it("holds changes inside a form, commits them on submit and then triggers", () => {
    const block = formBlock();
    const tree = treeWithForm(block, [checkboxPayload(), submitPayload({ formId: "f" })]);
    const widgets = new WidgetStore();
    const forms = new FormController();
    forms.onBlock(block);
    widgets.onElement(checkboxPayload());
    expect(forms.onWidgetValue({ widgetId: "$$ID-box", value: true, formId: "f" }, widgets, tree)).to.equal(true);
    expect(widgets.takeStates()["$$ID-box"], "not committed yet").to.deep.equal({ value: false });
    expect(forms.onWidgetValue({ widgetId: "$$ID-other", value: 1 }, widgets, tree), "outside forms").to.equal(false);
    expect(forms.onWidgetValue({ widgetId: "$$ID-submit-1", value: true, trigger: true, formId: "f" }, widgets, tree)).to.equal(false);
    expect(widgets.get("$$ID-box")).to.equal(true);
    expect(forms.hasPending("f")).to.equal(false);
  });

  it("clear_on_submit shows the defaults again as pending values; the committed values stay", () => {
    const block = formBlock({ clearOnSubmit: true });
    const tree = treeWithForm(block, [checkboxPayload(), submitPayload({ formId: "f" })]);
    const widgets = new WidgetStore();
    const forms = new FormController();
    forms.onBlock(block);
    forms.onWidgetValue({ widgetId: "$$ID-box", value: true, formId: "f" }, widgets, tree);
    forms.onWidgetValue({ widgetId: "$$ID-submit-1", value: true, trigger: true, formId: "f" }, widgets, tree);
    expect(widgets.get("$$ID-box")).to.equal(true);
    const node = (tree.roots[0]!.children[0] as { children: { payload: CheckboxPayload }[] }).children[0]!;
    expect(node.payload.value).to.equal(false);
    expect(node.payload.setValue).to.equal(true);
    expect(forms.pendingValue("f", "$$ID-box")).to.equal(false);
  });

  it("a value set from Python drops the widget's pending change; retainOnly forgets removed widgets", () => {
    const block = formBlock();
    const tree = treeWithForm(block, [checkboxPayload()]);
    const widgets = new WidgetStore();
    const forms = new FormController();
    forms.onBlock(block);
    forms.onWidgetValue({ widgetId: "$$ID-box", value: true, formId: "f" }, widgets, tree);
    forms.onElement(checkboxPayload({ value: false, setValue: true }));
    expect(forms.hasPending("f")).to.equal(false);
    forms.onWidgetValue({ widgetId: "$$ID-box", value: true, formId: "f" }, widgets, tree);
    forms.retainOnly(new Set(), tree);
    expect(forms.hasPending("f")).to.equal(false);
  });

  it("Enter in a text field clicks the form's first enabled submit button", async () => {
    const forms = new FormController();
    forms.onBlock(formBlock({ formId: "g" }));
    forms.onBlock(formBlock({ formId: "h", enterToSubmit: false }));
    const c = makeContainer();
    let clicks: string[] = [];
    const form = (id: string, disabled = false) => html`<div data-testid="stForm" data-form-id=${id}>
      <input type="text" class="field" />
      <div data-testid="stFormSubmitButton"><button ?disabled=${disabled} @click=${() => clicks.push(id)}>Submit</button></div>
      <div data-testid="stFormSubmitButton"><button @click=${() => clicks.push(`${id}-second`)}>Other</button></div>
    </div>`;
    render(html`${form("g")}${form("h")}`, c);
    c.addEventListener("keydown", (e) => forms.onKeydown(e));
    const [g, h] = [...c.querySelectorAll<HTMLInputElement>("input.field")];
    g!.focus();
    await press("Enter");
    h!.focus();
    await press("Enter");
    await new Promise((r) => setTimeout(r, 20));
    expect(clicks).to.deep.equal(["g"]);

    clicks = [];
    render(html`${form("g", true)}`, c);
    c.querySelector<HTMLInputElement>("input.field")!.focus();
    await press("Enter");
    await new Promise((r) => setTimeout(r, 20));
    expect(clicks, "first submit button disabled: no submit").to.deep.equal([]);
  });
});
