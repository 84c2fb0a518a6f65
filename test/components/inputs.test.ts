/// <reference types="mocha" />
/*
 * Component tests for the input widgets: st-text-input, st-text-area, st-number-input,
 * st-selectbox, st-multiselect, st-radio, st-date-input, st-time-input, st-color-picker.
 * Each runs the shared conformance suite, then its own keyboard and mouse checks.
 */
import { expect } from "@esm-bundle/chai";
import { sendKeys } from "@web/test-runner-commands";
import type { LitElement } from "lit";
import "../../components/elements/color-picker/st-color-picker.js";
import "../../components/elements/date-input/st-date-input.js";
import "../../components/elements/multiselect/st-multiselect.js";
import "../../components/elements/number-input/st-number-input.js";
import "../../components/elements/radio/st-radio.js";
import "../../components/elements/selectbox/st-selectbox.js";
import "../../components/elements/text-area/st-text-area.js";
import "../../components/elements/text-input/st-text-input.js";
import "../../components/elements/time-input/st-time-input.js";
import { formatDate, parseFormatted } from "../../components/elements/date-input/dates.js";
import { sprintf } from "../../components/lib/printf.js";
import type {
  ColorPickerPayload,
  DateInputPayload,
  MultiSelectPayload,
  NumberInputPayload,
  RadioPayload,
  SelectboxPayload,
  TextAreaPayload,
  TextInputPayload,
  TimeInputPayload,
  WidgetBase,
} from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, nextFrame, press, update, waitFor } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

const base = (id: string): WidgetBase => ({
  id,
  label: "Field",
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
});

const type = (text: string) => sendKeys({ type: text });
const q = <T extends Element>(el: Element, selector: string) => el.querySelector<T>(selector);
/** Replace the text of a field the user focused (select it, then type over it). */
async function retype(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.focus();
  field.select();
  await type(text);
}

async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  await el.updateComplete;
  await nextFrame();
}

/** Records value events during `action`; returns their details. */
async function eventsDuring(action: () => Promise<void>) {
  const capture = captureValueEvents();
  try {
    await action();
    await nextFrame();
    return capture.events.map((e) => e.detail);
  } finally {
    capture.stop();
  }
}

// -----------------------------------------------------------------------------------
// st.text_input

const textInputPayload = (o: Partial<TextInputPayload> = {}): TextInputPayload => ({
  ...base("$$ID-text"),
  type: "textInput",
  value: "",
  setValue: false,
  default: "",
  maxChars: null,
  inputType: "default",
  placeholder: null,
  autocomplete: "",
  icon: null,
  width: "stretch",
  ...o,
});
const textField = (el: HTMLElement) => q<HTMLInputElement>(el, "input")!;

for (const inputType of ["default", "password"] as const) {
  runWidgetConformance<TextInputPayload>({
    tag: "st-text-input",
    name: `st-text-input (type ${inputType})`,
    testId: "stTextInput",
    makePayload: (o) => textInputPayload({ inputType, ...o }),
    control: textField,
    role: "textbox",
    interact: async (el) => {
      await clickOn(textField(el));
      await type("hello");
      await press("Enter");
    },
    expectedValue: "hello",
    keys: ["Enter"],
    beforeKey: () => type("hello"),
    setValue: (p) => ({ ...p, value: "from python", setValue: true }),
    displayedValue: (el) => textField(el).value,
  });
}

describe("st-text-input", () => {
  afterEach(cleanup);

  it("typing fires nothing; Enter commits once and shows 'Press Enter to apply' meanwhile", async () => {
    const el = await mount("st-text-input", textInputPayload({ id: "t" }));
    const events = await eventsDuring(async () => {
      await clickOn(textField(el));
      await type("abc");
      await settled(el);
      expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.contain("Press Enter to apply");
      await press("Enter");
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "t", value: "abc" }]);
    await settled(el);
    expect(q(el, '[data-testid="InputInstructions"]')).to.equal(null);
  });

  it("leaving the field commits the text (blur), unchanged text commits nothing", async () => {
    const el = await mount("st-text-input", textInputPayload({ id: "t", value: "same", default: "same" }));
    const events = await eventsDuring(async () => {
      await clickOn(textField(el));
      await press("Tab");
      await clickOn(textField(el));
      await type("!");
      await press("Tab");
    });
    expect(events).to.deep.equal([{ widgetId: "t", value: "same!" }]);
  });

  it("max_chars limits typing and shows the count", async () => {
    const el = await mount("st-text-input", textInputPayload({ maxChars: 3 }));
    await clickOn(textField(el));
    await type("abcdef");
    await settled(el);
    expect(textField(el).value).to.equal("abc");
    expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.contain("3/3");
  });

  it("marks the host data-dirty while a focused field holds a draft (or sits in a form)", async () => {
    const el = await mount("st-text-input", textInputPayload({ id: "t" }));
    await clickOn(textField(el));
    await settled(el);
    expect(el.hasAttribute("data-dirty")).to.equal(false);
    await type("x");
    await settled(el);
    expect(el.hasAttribute("data-dirty")).to.equal(true);
    await press("Enter");
    await settled(el);
    expect(el.hasAttribute("data-dirty")).to.equal(false);
    const inForm = await mount("st-text-input", textInputPayload({ formId: "f" }));
    textField(inForm).focus();
    await settled(inForm);
    expect(inForm.hasAttribute("data-dirty")).to.equal(true);
    textField(inForm).blur();
    await settled(inForm);
    expect(inForm.hasAttribute("data-dirty")).to.equal(false);
  });

  it("password: masked, with a show/hide toggle; placeholder and autocomplete are set", async () => {
    const el = await mount(
      "st-text-input",
      textInputPayload({ inputType: "password", placeholder: "secret", autocomplete: "new-password", value: "pw" }),
    );
    expect(textField(el).type).to.equal("password");
    expect(textField(el).placeholder).to.equal("secret");
    expect(textField(el).getAttribute("autocomplete")).to.equal("new-password");
    const toggle = q<HTMLButtonElement>(el, '[data-testid="stTextInputPasswordToggle"]')!;
    expect(toggle.getAttribute("aria-label")).to.equal("Show password");
    await clickOn(toggle);
    await settled(el);
    expect(textField(el).type).to.equal("text");
    expect(textField(el).value).to.equal("pw");
  });

  it("value None shows an empty field", async () => {
    const el = await mount("st-text-input", textInputPayload({ value: null, default: null, placeholder: "type here" }));
    expect(textField(el).value).to.equal("");
    expect(q(el, '[data-testid="stTextInputRootElement"]')).to.exist;
  });
});

// -----------------------------------------------------------------------------------
// st.text_area

const textAreaPayload = (o: Partial<TextAreaPayload> = {}): TextAreaPayload => ({
  ...base("$$ID-area"),
  type: "textArea",
  value: "",
  setValue: false,
  default: "",
  maxChars: null,
  placeholder: null,
  height: null,
  width: "stretch",
  ...o,
});
const area = (el: HTMLElement) => q<HTMLTextAreaElement>(el, "textarea")!;

runWidgetConformance<TextAreaPayload>({
  tag: "st-text-area",
  testId: "stTextArea",
  makePayload: textAreaPayload,
  control: area,
  role: "textbox",
  interact: async (el) => {
    await clickOn(area(el));
    await type("hello");
    await press("Tab");
  },
  expectedValue: "hello",
  keys: ["Tab"],
  beforeKey: () => type("hello"),
  setValue: (p) => ({ ...p, value: "from python", setValue: true }),
  displayedValue: (el) => area(el).value,
});

describe("st-text-area", () => {
  afterEach(cleanup);

  it("Enter adds a line; Ctrl+Enter commits the text", async () => {
    const el = await mount("st-text-area", textAreaPayload({ id: "a" }));
    const events = await eventsDuring(async () => {
      await clickOn(area(el));
      await type("one");
      await press("Enter");
      await type("two");
      await settled(el);
      expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.match(/Press (Ctrl|⌘)\+Enter to apply/);
      await sendKeys({ down: "Control" });
      await press("Enter");
      await sendKeys({ up: "Control" });
    });
    expect(events).to.deep.equal([{ widgetId: "a", value: "one\ntwo" }]);
  });

  it("a pixel height sizes the box", async () => {
    const el = await mount("st-text-area", textAreaPayload({ height: 300 }));
    expect(area(el).getBoundingClientRect().height).to.be.greaterThan(200);
  });

  it("max_chars limits typing and shows the count; placeholder; leaving commits once", async () => {
    const el = await mount("st-text-area", textAreaPayload({ id: "a", maxChars: 3, placeholder: "write here" }));
    expect(area(el).placeholder).to.equal("write here");
    expect(area(el).maxLength).to.equal(3);
    const events = await eventsDuring(async () => {
      await clickOn(area(el));
      await settled(el);
      expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.equal("0/3");
      await type("abcdef");
      await settled(el);
      expect(area(el).value).to.equal("abc");
      expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.match(/Press (Ctrl|⌘)\+Enter to apply · 3\/3/);
      expect(el.hasAttribute("data-dirty")).to.equal(true);
      await press("Tab");
      await settled(el);
    });
    expect(events).to.deep.equal([{ widgetId: "a", value: "abc" }]);
    expect(q(el, '[data-testid="InputInstructions"]')).to.equal(null);
    expect(el.hasAttribute("data-dirty")).to.equal(false);
  });
});

// -----------------------------------------------------------------------------------
// st.number_input

const numberPayload = (o: Partial<NumberInputPayload> = {}): NumberInputPayload => ({
  ...base("$$ID-number"),
  type: "numberInput",
  value: 0,
  setValue: false,
  default: 0,
  dataType: "int",
  min: null,
  max: null,
  step: 1,
  format: "%d",
  placeholder: null,
  icon: null,
  width: "stretch",
  ...o,
});
const numberField = (el: HTMLElement) => q<HTMLInputElement>(el, '[data-testid="stNumberInputField"]')!;
const stepUp = (el: HTMLElement) => q<HTMLButtonElement>(el, '[data-testid="stNumberInputStepUp"]')!;
const stepDown = (el: HTMLElement) => q<HTMLButtonElement>(el, '[data-testid="stNumberInputStepDown"]')!;

runWidgetConformance<NumberInputPayload>({
  tag: "st-number-input",
  testId: "stNumberInput",
  makePayload: numberPayload,
  control: numberField,
  role: "spinbutton",
  interact: (el) => clickOn(stepUp(el)),
  expectedValue: 1,
  keys: ["ArrowUp"],
  setValue: (p) => ({ ...p, value: 7, setValue: true }),
  displayedValue: (el) => Number(numberField(el).value),
});

describe("st-number-input", () => {
  afterEach(cleanup);

  it("typing a number and Enter commits it; +/- and arrows step", async () => {
    const el = await mount("st-number-input", numberPayload({ id: "n" }));
    const events = await eventsDuring(async () => {
      await retype(numberField(el), "41");
      await press("Enter");
      await settled(el);
      await clickOn(stepUp(el));
      await press("ArrowDown");
      await clickOn(stepDown(el));
    });
    expect(events.map((e) => e.value)).to.deep.equal([41, 42, 41, 40]);
  });

  it("formats with the printf format and steps floats without drift", async () => {
    const el = await mount("st-number-input", numberPayload({ dataType: "float", value: 0.1, default: 0.1, step: 0.2, format: "%0.2f" }));
    expect(numberField(el).value).to.equal("0.10");
    const events = await eventsDuring(async () => {
      numberField(el).focus();
      await press("ArrowUp");
    });
    expect(events.map((e) => e.value)).to.deep.equal([0.3]);
    await settled(el);
    expect(numberField(el).value).to.equal("0.30");
  });

  it("never steps past min/max: the buttons disable at the bounds", async () => {
    const el = await mount("st-number-input", numberPayload({ min: 0, max: 2, value: 2, default: 2 }));
    expect(stepUp(el).disabled).to.equal(true);
    expect(stepDown(el).disabled).to.equal(false);
    const events = await eventsDuring(async () => {
      numberField(el).focus();
      await press("ArrowUp");
    });
    expect(events).to.deep.equal([]);
  });

  it("refuses typed numbers out of range (validity message) and keeps the value", async () => {
    const el = await mount("st-number-input", numberPayload({ id: "n", min: 0, max: 10, value: 5, default: 5 }));
    const events = await eventsDuring(async () => {
      await retype(numberField(el), "99");
      await press("Enter");
    });
    expect(events).to.deep.equal([]);
    expect(numberField(el).validationMessage).to.contain("10");
    await press("Tab");
    await settled(el);
    expect(numberField(el).value).to.equal("5");
  });

  it("int widgets truncate typed decimals; empty text is refused unless value=None", async () => {
    const el = await mount("st-number-input", numberPayload({ id: "n" }));
    const events = await eventsDuring(async () => {
      await retype(numberField(el), "3.9");
      await press("Enter");
      await retype(numberField(el), "");
      await press("Backspace");
      await press("Enter");
    });
    expect(events.map((e) => e.value)).to.deep.equal([3]);
    const empty = await mount("st-number-input", numberPayload({ id: "e", value: null, default: null, placeholder: "n" }));
    expect(numberField(empty).value).to.equal("");
    const more = await eventsDuring(async () => {
      await clickOn(stepUp(empty));
    });
    expect(more.map((e) => e.value)).to.deep.equal([0]);
  });

  it("sprintf covers Streamlit's formats", () => {
    expect(sprintf("%d", 5.7)).to.equal("5");
    expect(sprintf("%0.2f", 1)).to.equal("1.00");
    expect(sprintf("%.1e", 1234)).to.equal("1.2e+03");
    expect(sprintf("%g", 0.5)).to.equal("0.5");
    expect(sprintf("%05d", 42)).to.equal("00042");
    expect(sprintf("%+.1f", 2)).to.equal("+2.0");
    expect(sprintf("%i", -3)).to.equal("-3");
  });
});

// -----------------------------------------------------------------------------------
// st.selectbox

const selectPayload = (o: Partial<SelectboxPayload> = {}): SelectboxPayload => ({
  ...base("$$ID-select"),
  type: "selectbox",
  options: ["a", "b", "c"],
  value: "a",
  setValue: false,
  default: "a",
  placeholder: "",
  acceptNewOptions: false,
  width: "stretch",
  ...o,
});
const selectField = (el: HTMLElement) => q<HTMLInputElement>(el, 'input[role="combobox"]')!;
const optionsOf = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="option"]')];
const option = (el: HTMLElement, label: string) => optionsOf(el).find((o) => o.textContent!.trim() === label);
const optionLabels = (el: HTMLElement) => optionsOf(el).map((o) => o.textContent!.trim());
/** The text of the option the field's aria-activedescendant names, if any. */
const activeLabel = (el: HTMLElement, field: HTMLInputElement) =>
  el.querySelector(`[id="${field.getAttribute("aria-activedescendant")}"]`)?.textContent?.trim();

/** After the next render: the drop-down is closed (and the field shows `shown`, when given). */
async function expectClosed(el: HTMLElement & { updateComplete?: Promise<unknown> }, field: HTMLInputElement, shown?: string) {
  await settled(el);
  expect(q(el, '[role="listbox"]')).to.equal(null);
  expect(field.getAttribute("aria-expanded")).to.equal("false");
  if (shown !== undefined) expect(field.value).to.equal(shown);
}

/** Typing a search, then leaving the field (Tab, then a blur) closes the list and drops the search. */
async function expectLeavingCloses(el: HTMLElement & { updateComplete?: Promise<unknown> }, field: HTMLInputElement, shown: string) {
  for (const leave of [() => press("Tab"), async () => field.blur()]) {
    await clickOn(field);
    await type("b");
    await settled(el);
    expect(q(el, '[role="listbox"]')).to.exist;
    await leave();
    await expectClosed(el, field, shown);
  }
}

/** A click opens the drop-down; a rerun that disables the widget closes it. */
async function expectDisablingCloses<P>(el: LitElement & { element: P }, field: HTMLInputElement, disabled: P) {
  await clickOn(field);
  await settled(el);
  expect(q(el, '[role="listbox"]')).to.exist;
  await update(el, disabled);
  await expectClosed(el, field);
}

async function clickOption(el: HTMLElement & { updateComplete?: Promise<unknown> }, label: string) {
  await settled(el);
  const opt = option(el, label);
  if (opt) await clickOn(opt);
}

runWidgetConformance<SelectboxPayload>({
  tag: "st-selectbox",
  testId: "stSelectbox",
  makePayload: selectPayload,
  control: selectField,
  role: "combobox",
  interact: async (el) => {
    await clickOn(selectField(el));
    await clickOption(el, "b");
  },
  expectedValue: "b",
  keys: ["Enter"],
  beforeKey: async () => {
    await press("ArrowDown");
    await press("ArrowDown");
  },
  setValue: (p) => ({ ...p, value: "c", setValue: true }),
  displayedValue: (el) => selectField(el).value,
});

describe("st-selectbox", () => {
  afterEach(cleanup);

  it("opens on click with Streamlit's dropdown test id; Escape closes without a change", async () => {
    const el = await mount("st-selectbox", selectPayload());
    await clickOn(selectField(el));
    await settled(el);
    expect(q(el, '[data-testid="stSelectboxVirtualDropdown"]')).to.exist;
    expect(selectField(el).getAttribute("aria-expanded")).to.equal("true");
    expect(optionsOf(el).map((o) => o.getAttribute("aria-selected"))).to.deep.equal(["true", "false", "false"]);
    const events = await eventsDuring(() => press("Escape"));
    await settled(el);
    expect(events).to.deep.equal([]);
    expect(q(el, '[role="listbox"]')).to.equal(null);
  });

  it("typing filters the options; Enter picks the highlighted one", async () => {
    const el = await mount("st-selectbox", selectPayload({ id: "s", options: ["apple", "banana", "cherry"], value: "apple" }));
    const events = await eventsDuring(async () => {
      await clickOn(selectField(el));
      await type("err");
      await settled(el);
      expect(optionsOf(el).map((o) => o.textContent!.trim())).to.deep.equal(["cherry"]);
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "s", value: "cherry" }]);
    await settled(el);
    expect(selectField(el).value).to.equal("cherry");
  });

  it("ArrowUp/Home/End move the highlight (aria-activedescendant)", async () => {
    const el = await mount("st-selectbox", selectPayload({ value: "b" }));
    selectField(el).focus();
    await press("ArrowDown");
    await settled(el);
    const active = () => document.getElementById(selectField(el).getAttribute("aria-activedescendant")!)?.textContent?.trim();
    expect(active()).to.equal("b");
    await press("End");
    await settled(el);
    expect(active()).to.equal("c");
    await press("Home");
    await settled(el);
    expect(active()).to.equal("a");
  });

  it("index=None: shows the placeholder, returns to empty with the clear button", async () => {
    const el = await mount("st-selectbox", selectPayload({ id: "s", value: null, default: null, placeholder: "Pick one" }));
    expect(selectField(el).placeholder).to.equal("Pick one");
    expect(selectField(el).value).to.equal("");
    await clickOn(selectField(el));
    await clickOption(el, "c");
    await settled(el);
    const events = await eventsDuring(() => clickOn(q(el, '[aria-label="Clear value"]')!));
    expect(events).to.deep.equal([{ widgetId: "s", value: null }]);
    const contextual = await mount("st-selectbox", selectPayload({ value: null, default: null }));
    expect(selectField(contextual).placeholder).to.equal("Choose an option");
  });

  it("accept_new_options: typed text is offered and committed as a new option", async () => {
    const el = await mount("st-selectbox", selectPayload({ id: "s", acceptNewOptions: true }));
    const events = await eventsDuring(async () => {
      await clickOn(selectField(el));
      await type("zebra");
      await settled(el);
      expect(optionsOf(el).map((o) => o.textContent!.trim())).to.deep.equal(["Add: zebra"]);
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "s", value: "zebra" }]);
  });

  it("no options: disabled with 'No options to select'", async () => {
    const el = await mount("st-selectbox", selectPayload({ options: [], value: null, default: null }));
    expect(selectField(el).disabled).to.equal(true);
    expect(selectField(el).placeholder).to.equal("No options to select");
  });

  it("Space opens the closed list on the chosen option; a click on the field toggles it", async () => {
    const el = await mount("st-selectbox", selectPayload({ value: "b" }));
    selectField(el).focus();
    await press("Space");
    await settled(el);
    const list = q<HTMLElement>(el, '[role="listbox"]')!;
    expect(list).to.exist;
    expect(selectField(el).getAttribute("aria-controls")).to.equal(list.id);
    expect(activeLabel(el, selectField(el))).to.equal("b");
    expect(selectField(el).value).to.equal("b");
    await clickOn(q(el, ".st-field")!);
    await expectClosed(el, selectField(el), "b");
    expect(selectField(el).hasAttribute("aria-activedescendant")).to.equal(false);
    await clickOn(q(el, ".st-field")!);
    await settled(el);
    expect(q(el, '[role="listbox"]')).to.exist;
    expect(document.activeElement).to.equal(selectField(el));
  });

  it("Escape, Tab and blur drop the typed search: the field shows the chosen option again", async () => {
    const el = await mount("st-selectbox", selectPayload({ options: ["apple", "banana", "cherry"], value: "apple" }));
    const events = await eventsDuring(async () => {
      await clickOn(selectField(el));
      await type("ban");
      await settled(el);
      expect(optionLabels(el)).to.deep.equal(["banana"]);
      expect(activeLabel(el, selectField(el))).to.equal("banana");
      await press("Escape");
      await expectClosed(el, selectField(el), "apple");
      await expectLeavingCloses(el, selectField(el), "apple");
    });
    expect(events).to.deep.equal([]);
  });

  it("a rerun that disables the widget closes its open list", async () => {
    const el = await mount("st-selectbox", selectPayload());
    await expectDisablingCloses(el, selectField(el), selectPayload({ disabled: true }));
  });
});

// -----------------------------------------------------------------------------------
// st.multiselect

const multiPayload = (o: Partial<MultiSelectPayload> = {}): MultiSelectPayload => ({
  ...base("$$ID-multi"),
  type: "multiselect",
  options: ["a", "b", "c"],
  value: [],
  setValue: false,
  default: [],
  maxSelections: null,
  placeholder: "",
  acceptNewOptions: false,
  width: "stretch",
  ...o,
});
const tags = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="stMultiSelectTag"]')].map((t) => t.textContent!.trim());

runWidgetConformance<MultiSelectPayload>({
  tag: "st-multiselect",
  testId: "stMultiSelect",
  makePayload: multiPayload,
  control: selectField,
  role: "combobox",
  interact: async (el) => {
    await clickOn(selectField(el));
    await clickOption(el, "a");
  },
  expectedValue: ["a"],
  keys: ["Enter"],
  beforeKey: () => press("ArrowDown"),
  setValue: (p) => ({ ...p, value: ["c"], setValue: true }),
  displayedValue: tags,
});

describe("st-multiselect", () => {
  afterEach(cleanup);

  it("picks add tags (chosen options leave the list); removing a tag and Backspace commit", async () => {
    const el = await mount("st-multiselect", multiPayload({ id: "m" }));
    const events = await eventsDuring(async () => {
      await clickOn(selectField(el));
      await clickOption(el, "b");
      await settled(el);
      expect(optionsOf(el).map((o) => o.textContent!.trim())).to.deep.equal(["a", "c"]);
      await clickOption(el, "c");
      await settled(el);
      await clickOn(q(el, '[aria-label="Remove b"]')!);
      await settled(el);
      selectField(el).focus();
      await press("Backspace");
    });
    expect(events.map((e) => e.value)).to.deep.equal([["b"], ["b", "c"], ["c"], []]);
    expect(tags(el)).to.deep.equal([]);
  });

  it("max_selections: stops picking with Streamlit's notice", async () => {
    const el = await mount("st-multiselect", multiPayload({ value: ["a"], maxSelections: 1 }));
    await clickOn(selectField(el));
    await settled(el);
    expect(optionsOf(el)).to.have.length(0);
    expect(q(el, '[role="listbox"]')!.textContent).to.contain("You can only select up to 1 option. Remove an option first.");
  });

  it("clear all, placeholder, accept_new_options", async () => {
    const el = await mount("st-multiselect", multiPayload({ id: "m", value: ["a", "b"], acceptNewOptions: true }));
    const events = await eventsDuring(async () => {
      await clickOn(q(el, '[aria-label="Clear all"]')!);
      await settled(el);
      expect(selectField(el).placeholder).to.equal("Choose or add options");
      await clickOn(selectField(el));
      await type("new one");
      await press("Enter");
    });
    expect(events.map((e) => e.value)).to.deep.equal([[], ["new one"]]);
  });

  it("keyboard: Enter picks and keeps the list open with the search cleared; Backspace deletes text before tags", async () => {
    const el = await mount("st-multiselect", multiPayload({ id: "m" }));
    const events = await eventsDuring(async () => {
      selectField(el).focus();
      await press("ArrowDown");
      await settled(el);
      expect(selectField(el).getAttribute("aria-expanded")).to.equal("true");
      expect(activeLabel(el, selectField(el))).to.equal("a");
      await press("ArrowDown");
      await press("Enter");
      await settled(el);
      expect(tags(el)).to.deep.equal(["b"]);
      expect(optionLabels(el)).to.deep.equal(["a", "c"]);
      expect(activeLabel(el, selectField(el))).to.equal("c");
      await type("a");
      await settled(el);
      expect(optionLabels(el)).to.deep.equal(["a"]);
      await press("Enter");
      await settled(el);
      expect(selectField(el).value).to.equal("");
      expect(optionLabels(el)).to.deep.equal(["c"]);
      expect(activeLabel(el, selectField(el))).to.equal("c");
      await press("Escape");
      await expectClosed(el, selectField(el));
      await type("x");
      await settled(el);
      expect(q(el, '[role="listbox"]')!.textContent).to.contain("No results");
      await press("Backspace");
      await settled(el);
      expect(tags(el)).to.deep.equal(["b", "a"]);
      await press("Backspace");
    });
    expect(events.map((e) => e.value)).to.deep.equal([["b"], ["b", "a"], ["b"]]);
  });

  it("Tab and blur close the list and drop the search; a rerun that disables it closes the list", async () => {
    const el = await mount("st-multiselect", multiPayload());
    await expectLeavingCloses(el, selectField(el), "");
    await expectDisablingCloses(el, selectField(el), multiPayload({ disabled: true }));
  });
});

// -----------------------------------------------------------------------------------
// st.radio

const radioPayload = (o: Partial<RadioPayload> = {}): RadioPayload => ({
  ...base("$$ID-radio"),
  type: "radio",
  options: ["a", "b", "c"],
  captions: [],
  value: "a",
  setValue: false,
  default: "a",
  horizontal: false,
  width: "content",
  ...o,
});
const group = (el: HTMLElement) => q<HTMLElement>(el, '[role="radiogroup"]')!;
const radios = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="radio"]')];
const checkedRadio = (el: HTMLElement) => radios(el).find((r) => r.getAttribute("aria-checked") === "true")?.textContent?.trim() ?? null;

runWidgetConformance<RadioPayload>({
  tag: "st-radio",
  testId: "stRadio",
  makePayload: radioPayload,
  control: group,
  role: "radiogroup",
  interact: (el) => clickOn(radios(el)[1]!),
  expectedValue: "b",
  keys: ["ArrowDown"],
  setValue: (p) => ({ ...p, value: "c", setValue: true }),
  displayedValue: checkedRadio,
});

describe("st-radio", () => {
  afterEach(cleanup);

  it("arrows move the choice and wrap; each move commits", async () => {
    const el = await mount("st-radio", radioPayload({ id: "r" }));
    const events = await eventsDuring(async () => {
      group(el).focus();
      await press("ArrowUp");
      await press("ArrowRight");
      await press("ArrowLeft");
    });
    expect(events.map((e) => e.value)).to.deep.equal(["c", "a", "c"]);
    expect(checkedRadio(el)).to.equal("c");
  });

  it("index=None: nothing checked; Space picks the first option", async () => {
    const el = await mount("st-radio", radioPayload({ id: "r", value: null, default: null }));
    expect(checkedRadio(el)).to.equal(null);
    const events = await eventsDuring(async () => {
      group(el).focus();
      await press("Space");
    });
    expect(events.map((e) => e.value)).to.deep.equal(["a"]);
  });

  it("horizontal lays options in a row; captions render as Markdown", async () => {
    const el = await mount("st-radio", radioPayload({ horizontal: true, captions: ["*first*", "", "third"] }));
    const [a, b] = radios(el);
    expect(Math.abs(a!.getBoundingClientRect().top - b!.getBoundingClientRect().top)).to.be.lessThan(2);
    const captions = el.querySelectorAll('[data-testid="stCaptionContainer"]');
    expect(captions).to.have.length(2);
    expect(captions[0]!.querySelector("em")?.textContent).to.equal("first");
  });
});

// -----------------------------------------------------------------------------------
// st.date_input

const datePayload = (o: Partial<DateInputPayload> = {}): DateInputPayload => ({
  ...base("$$ID-date"),
  type: "dateInput",
  value: ["2024-01-01"],
  setValue: false,
  default: ["2024-01-01"],
  isRange: false,
  min: "2014-01-01",
  max: "2034-01-01",
  format: "YYYY/MM/DD",
  width: "stretch",
  ...o,
});
const dateField = (el: HTMLElement) => q<HTMLInputElement>(el, "input")!;
const day = (el: HTMLElement, iso: string) => q<HTMLButtonElement>(el, `.st-day[data-date="${iso}"]`);
async function clickDay(el: HTMLElement & { updateComplete?: Promise<unknown> }, iso: string) {
  await settled(el);
  const cell = day(el, iso);
  if (cell) await clickOn(cell);
}

runWidgetConformance<DateInputPayload>({
  tag: "st-date-input",
  testId: "stDateInput",
  makePayload: datePayload,
  control: dateField,
  role: "combobox",
  interact: async (el) => {
    await clickOn(dateField(el));
    await clickDay(el, "2024-01-02");
  },
  expectedValue: ["2024-01-02"],
  keys: ["Enter"],
  beforeKey: (control) => retype(control as HTMLInputElement, "2024/01/02"),
  setValue: (p) => ({ ...p, value: ["2024-03-05"], setValue: true }),
  displayedValue: (el) => (dateField(el).value ? [parseFormatted(dateField(el).value, "YYYY/MM/DD")] : []),
});

describe("st-date-input", () => {
  afterEach(cleanup);

  it("keyboard: ArrowDown opens the calendar on the date; arrows move, Enter picks", async () => {
    const el = await mount("st-date-input", datePayload({ id: "d" }));
    const events = await eventsDuring(async () => {
      dateField(el).focus();
      await press("ArrowDown");
      await settled(el);
      expect(q(el, '[role="dialog"]')).to.exist;
      expect((document.activeElement as HTMLElement).dataset.date).to.equal("2024-01-01");
      await press("ArrowRight");
      await press("ArrowDown");
      await settled(el);
      expect((document.activeElement as HTMLElement).dataset.date).to.equal("2024-01-09");
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "d", value: ["2024-01-09"] }]);
    await settled(el);
    expect(q(el, '[role="dialog"]')).to.equal(null);
    expect(dateField(el).value).to.equal("2024/01/09");
  });

  it("range: two picks commit a sorted pair; closing after one keeps the start", async () => {
    const el = await mount(
      "st-date-input",
      datePayload({ id: "d", isRange: true, value: [], default: [], min: "2024-01-01", max: "2024-01-31" }),
    );
    const events = await eventsDuring(async () => {
      await clickOn(dateField(el));
      await clickDay(el, "2024-01-10");
      await clickDay(el, "2024-01-03");
      await settled(el);
      await clickOn(dateField(el));
      await clickDay(el, "2024-01-20");
      await press("Escape");
    });
    expect(events.map((e) => e.value)).to.deep.equal([["2024-01-03", "2024-01-10"], ["2024-01-20"]]);
  });

  it("shows the app's format, disables days outside min/max, month navigation", async () => {
    const el = await mount(
      "st-date-input",
      datePayload({ format: "DD.MM.YYYY", min: "2024-01-05", max: "2024-02-10", value: ["2024-01-06"], default: ["2024-01-06"] }),
    );
    expect(dateField(el).value).to.equal("06.01.2024");
    await clickOn(dateField(el));
    await settled(el);
    expect(day(el, "2024-01-04")!.disabled).to.equal(true);
    expect(day(el, "2024-01-05")!.disabled).to.equal(false);
    expect(q<HTMLButtonElement>(el, '[aria-label="Previous month"]')!.getAttribute("aria-disabled")).to.equal("true");
    await clickOn(q(el, '[aria-label="Next month"]')!);
    await settled(el);
    expect(day(el, "2024-02-11")?.disabled ?? true).to.equal(true);
    expect(day(el, "2024-02-10")!.disabled).to.equal(false);
  });

  it("typed dates outside min/max or invalid are not committed", async () => {
    const el = await mount("st-date-input", datePayload({ id: "d" }));
    const events = await eventsDuring(async () => {
      await retype(dateField(el), "2040/01/01");
      await press("Enter");
      await retype(dateField(el), "2024/02/30");
      await press("Enter");
    });
    expect(events).to.deep.equal([]);
  });

  it("date helpers round-trip formats", () => {
    expect(formatDate("2024-03-05", "MM/DD/YYYY")).to.equal("03/05/2024");
    expect(parseFormatted("05-03-2024", "DD-MM-YYYY")).to.equal("2024-03-05");
    expect(parseFormatted("2023/02/29", "YYYY/MM/DD")).to.equal(null);
  });
});

// -----------------------------------------------------------------------------------
// st.time_input

const timePayload = (o: Partial<TimeInputPayload> = {}): TimeInputPayload => ({
  ...base("$$ID-time"),
  type: "timeInput",
  value: "08:00",
  setValue: false,
  default: "08:00",
  step: 900,
  width: "stretch",
  ...o,
});
const timeField = (el: HTMLElement) => q<HTMLInputElement>(el, "input")!;

runWidgetConformance<TimeInputPayload>({
  tag: "st-time-input",
  testId: "stTimeInput",
  makePayload: timePayload,
  control: timeField,
  role: "combobox",
  interact: async (el) => {
    await clickOn(timeField(el));
    await clickOption(el, "10:30");
  },
  expectedValue: "10:30",
  keys: ["Enter"],
  beforeKey: (control) => retype(control as HTMLInputElement, "10:30"),
  setValue: (p) => ({ ...p, value: "06:45", setValue: true }),
  displayedValue: (el) => timeField(el).value,
});

describe("st-time-input", () => {
  afterEach(cleanup);

  it("lists times every step; arrows from the current time, Enter commits", async () => {
    const el = await mount("st-time-input", timePayload({ id: "t", step: 1800 }));
    await clickOn(timeField(el));
    await settled(el);
    expect(optionsOf(el)).to.have.length(48);
    const events = await eventsDuring(async () => {
      await press("ArrowDown");
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "t", value: "08:30" }]);
  });

  it("any valid typed time is accepted; invalid text is not", async () => {
    const el = await mount("st-time-input", timePayload({ id: "t" }));
    const events = await eventsDuring(async () => {
      await retype(timeField(el), "7:07");
      await press("Enter");
      await retype(timeField(el), "25:00");
      await press("Tab");
    });
    expect(events.map((e) => e.value)).to.deep.equal(["07:07"]);
  });

  it("a click toggles the list on the current time; typing filters; Escape restores; Tab commits a typed time", async () => {
    const el = await mount("st-time-input", timePayload({ id: "t" }));
    const events = await eventsDuring(async () => {
      await clickOn(timeField(el));
      await settled(el);
      expect(timeField(el).getAttribute("aria-expanded")).to.equal("true");
      expect(timeField(el).getAttribute("aria-controls")).to.equal(q(el, '[role="listbox"]')!.id);
      expect(activeLabel(el, timeField(el))).to.equal("08:00");
      await clickOn(timeField(el));
      await expectClosed(el, timeField(el));
      await retype(timeField(el), "14");
      await settled(el);
      expect(optionLabels(el)).to.deep.equal(["14:00", "14:15", "14:30", "14:45"]);
      expect(activeLabel(el, timeField(el))).to.equal("14:00");
      await press("Escape");
      await expectClosed(el, timeField(el), "08:00");
      await retype(timeField(el), "9:10");
      await press("Tab");
      await settled(el);
    });
    expect(events).to.deep.equal([{ widgetId: "t", value: "09:10" }]);
    expect(timeField(el).value).to.equal("09:10");
  });

  it("a rerun that disables the widget closes its open list", async () => {
    const el = await mount("st-time-input", timePayload());
    await expectDisablingCloses(el, timeField(el), timePayload({ disabled: true }));
  });
});

// -----------------------------------------------------------------------------------
// st.color_picker

const colorPayload = (o: Partial<ColorPickerPayload> = {}): ColorPickerPayload => ({
  ...base("$$ID-color"),
  type: "colorPicker",
  value: "#000000",
  setValue: false,
  default: "#000000",
  width: "content",
  ...o,
});
const hexField = (el: HTMLElement) => q<HTMLInputElement>(el, 'input[type="text"]')!;

runWidgetConformance<ColorPickerPayload>({
  tag: "st-color-picker",
  testId: "stColorPicker",
  makePayload: colorPayload,
  control: hexField,
  role: "textbox",
  interact: async (el) => {
    await clickOn(hexField(el));
    await retype(hexField(el), "#ff0000");
    await press("Enter");
  },
  expectedValue: "#ff0000",
  keys: ["Enter"],
  beforeKey: (control) => retype(control as HTMLInputElement, "#ff0000"),
  setValue: (p) => ({ ...p, value: "#00ff00", setValue: true }),
  displayedValue: (el) => hexField(el).value,
});

describe("st-color-picker", () => {
  afterEach(cleanup);

  it("shows the colour in Streamlit's block; the native picker's choice commits", async () => {
    const el = await mount("st-color-picker", colorPayload({ id: "c", value: "#abc", default: "#abc" }));
    const block = q<HTMLElement>(el, '[data-testid="stColorPickerBlock"]')!;
    expect(getComputedStyle(block).backgroundColor).to.equal("rgb(170, 187, 204)");
    const native = q<HTMLInputElement>(el, 'input[type="color"]')!;
    expect(native.value).to.equal("#aabbcc");
    const events = await eventsDuring(async () => {
      // The browser's colour dialog cannot be driven from tests; its result arrives as a change event.
      native.value = "#123456";
      native.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(events).to.deep.equal([{ widgetId: "c", value: "#123456" }]);
  });

  it("an invalid hex is refused and marked, then dropped on blur", async () => {
    const el = await mount("st-color-picker", colorPayload({ id: "c" }));
    const events = await eventsDuring(async () => {
      await retype(hexField(el), "#12");
      await press("Enter");
      await settled(el);
      expect(hexField(el).getAttribute("aria-invalid")).to.equal("true");
      await press("Tab");
    });
    expect(events).to.deep.equal([]);
    await settled(el);
    expect(hexField(el).value).to.equal("#000000");
  });
});

// -----------------------------------------------------------------------------------

describe("input widgets inside a form", () => {
  afterEach(cleanup);

  it("text and number fields say Enter submits the form; their events carry the form id", async () => {
    const el = await mount("st-text-input", textInputPayload({ id: "t", formId: "f" }));
    await clickOn(textField(el));
    await settled(el);
    expect(q(el, '[data-testid="InputInstructions"]')?.textContent).to.equal("Press Enter to submit form");
    const events = await eventsDuring(async () => {
      await type("x");
      await press("Enter");
    });
    expect(events).to.deep.equal([{ widgetId: "t", value: "x", formId: "f" }]);
    const num = await mount("st-number-input", numberPayload({ formId: "f" }));
    numberField(num).focus();
    await settled(num);
    expect(q(num, '[data-testid="InputInstructions"]')?.textContent).to.equal("Press Enter to submit form");
  });

  it("Enter that picks in a drop-down or calendar does not reach the form", async () => {
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => e.key === "Enter" && seen.push((e.target as HTMLElement).tagName);
    document.addEventListener("keydown", listener);
    try {
      const select = await mount("st-selectbox", selectPayload({ formId: "f" }));
      selectField(select).focus();
      await press("ArrowDown");
      await press("Enter");
      const date = await mount("st-date-input", datePayload({ formId: "f" }));
      await retype(dateField(date), "2024/01/03");
      await press("Enter");
      const text = await mount("st-text-input", textInputPayload({ formId: "f" }));
      textField(text).focus();
      await press("Enter");
    } finally {
      document.removeEventListener("keydown", listener);
    }
    expect(seen).to.deep.equal(["INPUT"]);
  });
});

describe("input widgets: Python's value replaces a draft only with setValue", () => {
  afterEach(cleanup);

  /** A typed draft survives a rerun; a value from Python (`replace`: setValue or a new widget id) replaces it. */
  async function expectDraftKept<P>(
    el: LitElement & { element: P },
    field: HTMLInputElement | HTMLTextAreaElement,
    rerun: P,
    replace: P,
    replaced: string,
  ) {
    await clickOn(field);
    field.select();
    await type("draft");
    await update(el, rerun);
    expect(field.value).to.equal("draft");
    await update(el, replace);
    await waitFor(() => field.value === replaced, "Python's value shown");
  }

  it("a rerun keeps a half-typed draft; setValue replaces it", async () => {
    const el = await mount("st-text-input", textInputPayload());
    await expectDraftKept(el, textField(el), textInputPayload(), textInputPayload({ value: "python", setValue: true }), "python");
  });

  it("the same holds for text areas and number inputs; a new widget id replaces it too", async () => {
    const el = await mount("st-text-area", textAreaPayload());
    await expectDraftKept(el, area(el), textAreaPayload(), textAreaPayload({ value: "python", setValue: true }), "python");
    const num = await mount("st-number-input", numberPayload());
    await expectDraftKept(num, numberField(num), numberPayload(), numberPayload({ value: 7, setValue: true }), "7");
    await expectDraftKept(num, numberField(num), numberPayload(), numberPayload({ id: "other", value: 5, default: 5 }), "5");
  });
});
