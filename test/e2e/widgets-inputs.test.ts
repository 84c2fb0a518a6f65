/**
 * The input widgets through the real worker: the value and Python type each returns after
 * real user input (mouse and keyboard through the browser), identity across reruns,
 * Streamlit's errors in the exception box, and callbacks that edit session state.
 */
import { expect } from "@esm-bundle/chai";
import { sendKeys, sendMouse } from "@web/test-runner-commands";
import { act, appForSuite, byTestId, mainTexts, py, runScript, settle, waitFor, type StApp } from "./harness.js";

/** A real mouse click at the centre of `target`. */
async function clickOn(target: Element): Promise<void> {
  target.scrollIntoView({ block: "center" });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

const type = (text: string) => sendKeys({ type: text });
const press = (key: string) => sendKeys({ press: key });

/** Replace a field's text as a user would (select it, type over it). */
async function retype(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await clickOn(field);
  field.select();
  await type(text);
}

/** The widget root with test id `testId` whose label reads `label`. */
function widget(app: StApp, testId: string, label: string): HTMLElement {
  const found = byTestId(app, testId).find(
    (el) => el.querySelector('[data-testid="stWidgetLabel"]')?.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No ${testId} labelled ${label}`);
  return found;
}

/** The `st.text` lines of the main area. */
const texts = (app: StApp) => mainTexts(app, "stText");

/** The line starting with `name:` that the script wrote. */
function line(app: StApp, name: string): string | undefined {
  return texts(app).find((t) => t.startsWith(`${name}:`));
}

describe("input widgets through the worker", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("each widget returns its value with Streamlit's Python type after real user input", async () => {
    await runScript(app, py`
      import streamlit as st, datetime
      def show(name, v):
          st.text(f"{name}: {type(v).__name__} {v!r}")
      show("text", st.text_input("Name"))
      show("area", st.text_area("Bio"))
      show("int", st.number_input("Count", 0, 10, 1))
      show("float", st.number_input("Ratio", value=0.5, step=0.25))
      show("select", st.selectbox("Pick", [10, 20, 30]))
      show("multi", st.multiselect("Tags", ["x", "y", "z"]))
      show("radio", st.radio("Size", ["S", "M", "L"], horizontal=True))
      show("date", st.date_input("Day", datetime.date(2024, 1, 15)))
      show("time", st.time_input("At", datetime.time(8, 0)))
      show("color", st.color_picker("Color", "#000000"))
    `);
    expect(texts(app)).to.deep.equal([
      "text: str ''",
      "area: str ''",
      "int: int 1",
      "float: float 0.5",
      "select: int 10",
      "multi: list []",
      "radio: str 'S'",
      "date: date datetime.date(2024, 1, 15)",
      "time: time datetime.time(8, 0)",
      "color: str '#000000'",
    ]);

    // Typing alone does not rerun; Enter commits.
    await clickOn(widget(app, "stTextInput", "Name").querySelector("input")!);
    await type("Ada");
    await act(app, () => press("Enter"));
    expect(line(app, "text")).to.equal("text: str 'Ada'");

    // A text area commits when the user leaves it.
    await clickOn(widget(app, "stTextArea", "Bio").querySelector("textarea")!);
    await type("hi");
    await act(app, () => press("Tab"));
    expect(line(app, "area")).to.equal("area: str 'hi'");

    await act(app, () => clickOn(widget(app, "stNumberInput", "Count").querySelector('[data-testid="stNumberInputStepUp"]')!));
    expect(line(app, "int")).to.equal("int: int 2");

    // A whole number typed into a float widget still comes back as float.
    await retype(widget(app, "stNumberInput", "Ratio").querySelector("input")!, "2");
    await act(app, () => press("Enter"));
    expect(line(app, "float")).to.equal("float: float 2.0");

    const pick = widget(app, "stSelectbox", "Pick");
    await clickOn(pick.querySelector("input")!);
    await settle(app);
    const thirty = [...pick.querySelectorAll('[role="option"]')].find((o) => o.textContent!.trim() === "30")!;
    await act(app, () => clickOn(thirty));
    expect(line(app, "select")).to.equal("select: int 30");

    // Keyboard: Escape closes the list the click opened, ArrowDown reopens it on the first option, Enter picks.
    const tags = widget(app, "stMultiSelect", "Tags");
    await clickOn(tags.querySelector("input")!);
    await press("Escape");
    await press("ArrowDown");
    await act(app, () => press("Enter"));
    expect(line(app, "multi")).to.equal("multi: list ['x']");

    const size = widget(app, "stRadio", "Size");
    await act(app, () => clickOn([...size.querySelectorAll('[role="radio"]')][2]!));
    expect(line(app, "radio")).to.equal("radio: str 'L'");

    const day = widget(app, "stDateInput", "Day");
    await clickOn(day.querySelector("input")!);
    await settle(app);
    await act(app, () => clickOn(day.querySelector('.st-day[data-date="2024-01-20"]')!));
    expect(line(app, "date")).to.equal("date: date datetime.date(2024, 1, 20)");

    await retype(widget(app, "stTimeInput", "At").querySelector("input")!, "09:45");
    await act(app, () => press("Enter"));
    expect(line(app, "time")).to.equal("time: time datetime.time(9, 45)");

    await retype(widget(app, "stColorPicker", "Color").querySelector('input[type="text"]')!, "#00ff00");
    await act(app, () => press("Enter"));
    expect(line(app, "color")).to.equal("color: str '#00ff00'");

    // Every earlier choice is still what the page sends.
    expect(texts(app)).to.deep.equal([
      "text: str 'Ada'",
      "area: str 'hi'",
      "int: int 2",
      "float: float 2.0",
      "select: int 30",
      "multi: list ['x']",
      "radio: str 'L'",
      "date: date datetime.date(2024, 1, 20)",
      "time: time datetime.time(9, 45)",
      "color: str '#00ff00'",
    ]);
  });

  it("empty widgets (index=None, value=None) return None, also after the user clears them", async () => {
    await runScript(app, py`
      import streamlit as st
      def show(name, v):
          st.text(f"{name}: {type(v).__name__} {v!r}")
      show("select", st.selectbox("Maybe", ["a", "b"], index=None))
      show("number", st.number_input("Amount", value=None))
      show("time", st.time_input("When", None))
    `);
    expect(texts(app)).to.deep.equal(["select: NoneType None", "number: NoneType None", "time: NoneType None"]);
    const maybe = widget(app, "stSelectbox", "Maybe");
    expect(maybe.querySelector("input")!.placeholder).to.equal("Choose an option");
    await clickOn(maybe.querySelector("input")!);
    await press("ArrowDown");
    await act(app, () => press("Enter"));
    expect(line(app, "select")).to.equal("select: str 'b'");
    await act(app, () => clickOn(widget(app, "stSelectbox", "Maybe").querySelector('[aria-label="Clear value"]')!));
    expect(line(app, "select")).to.equal("select: NoneType None");

    const amount = widget(app, "stNumberInput", "Amount").querySelector("input")!;
    await retype(amount, "5");
    await act(app, () => press("Enter"));
    expect(line(app, "number")).to.equal("number: float 5.0");
    await retype(widget(app, "stNumberInput", "Amount").querySelector("input")!, "x");
    await press("Backspace");
    await act(app, () => press("Enter"));
    expect(line(app, "number")).to.equal("number: NoneType None");
  });

  it("a keyed widget keeps its value when its label changes; a keyless one starts over", async () => {
    await runScript(app, py`
      import streamlit as st
      st.text(f"keyed: {st.text_input('Name', key='name')}")
      st.text(f"keyless: {st.selectbox('Fruit', ['apple', 'pear'])}")
    `);
    await clickOn(widget(app, "stTextInput", "Name").querySelector("input")!);
    await type("Grace");
    await act(app, () => press("Enter"));
    const fruit = widget(app, "stSelectbox", "Fruit");
    await clickOn(fruit.querySelector("input")!);
    await press("ArrowDown");
    await act(app, () => press("Enter"));
    expect(texts(app)).to.deep.equal(["keyed: Grace", "keyless: pear"]);

    await runScript(app, py`
      import streamlit as st
      st.text(f"keyed: {st.text_input('Your full name', key='name')}")
      st.text(f"keyless: {st.selectbox('Fruit of the day', ['apple', 'pear'])}")
    `);
    expect(texts(app)).to.deep.equal(["keyed: Grace", "keyless: apple"]);
    expect(widget(app, "stTextInput", "Your full name").querySelector("input")!.value).to.equal("Grace");
    expect(widget(app, "stSelectbox", "Fruit of the day").querySelector("input")!.value).to.equal("apple");
  });

  it("shows a duplicate key as Streamlit's error in the exception box", async () => {
    await runScript(app, py`
      import streamlit as st
      st.text_input("First", key="dup")
      st.number_input("Second", key="dup")
    `);
    const box = byTestId(app, "stException")[0]!;
    expect(box.textContent).to.contain("StreamlitDuplicateElementKey");
    expect(box.textContent!.replace(/\s+/g, " ")).to.contain(
      "There are multiple elements with the same key='dup'. To fix this, please make sure that the key argument is unique for each element you create.",
    );
  });

  it("a callback edits session state before the script reads it; a state value set by a callback is shown", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.setdefault("changes", 0)
      def on_qty(step):
          st.session_state.changes += step
          st.session_state.label = f"qty is {st.session_state.qty}"
      def reset():
          st.session_state.qty = 1
          st.session_state.city = "Paris"
      st.button("Reset", on_click=reset)
      st.number_input("Qty", 0, 100, 1, key="qty", on_change=on_qty, args=(10,))
      st.selectbox("City", ["Oslo", "Paris", "Rome"], key="city")
      st.text(f"changes {st.session_state.changes} {st.session_state.get('label', '-')} {st.session_state.city}")
    `);
    expect(texts(app)).to.deep.equal(["changes 0 - Oslo"]);
    const qty = widget(app, "stNumberInput", "Qty").querySelector("input")!;
    await retype(qty, "42");
    await act(app, () => press("Enter"));
    expect(texts(app)).to.deep.equal(["changes 10 qty is 42 Oslo"]);
    const city = widget(app, "stSelectbox", "City");
    await clickOn(city.querySelector("input")!);
    await press("End");
    await act(app, () => press("Enter"));
    expect(texts(app)).to.deep.equal(["changes 10 qty is 42 Rome"]);

    // The Reset callback writes both keys before the widgets exist: the page takes them over.
    const reset = [...byTestId(app, "stButton")].find((b) => b.textContent!.includes("Reset"))!.querySelector("button")!;
    await act(app, () => clickOn(reset));
    expect(texts(app)).to.deep.equal(["changes 10 qty is 42 Paris"]);
    // (A duplicate-default warning now sits above the widgets: Qty had value=1 and a state value.)
    await waitFor(() => widget(app, "stNumberInput", "Qty").querySelector("input")!.value === "1", 5000, "qty shows 1");
    expect(widget(app, "stSelectbox", "City").querySelector("input")!.value).to.equal("Paris");
    // The value from Python is now the page's: stepping continues from it.
    await act(app, () => clickOn(widget(app, "stNumberInput", "Qty").querySelector('[data-testid="stNumberInputStepUp"]')!));
    expect(texts(app)).to.deep.equal(["changes 20 qty is 2 Paris"]);
  });
});
