/// <reference types="mocha" />
/**
 * The conformance suite every widget runs: label (inline Markdown, accessible name), help
 * icon, disabled, label visibility, keyboard use, the value event, and the value round trip
 * with Python (`setValue`). Widget test files call `runWidgetConformance` once per variant
 * and add their own specific tests next to it.
 */
import { expect } from "@esm-bundle/chai";
import type { LitElement } from "lit";
import type { WidgetBase } from "../../packages/protocol/index.js";
import { accessibleName, captureValueEvents, cleanup, makeContainer, nextFrame, press, roleOf, update } from "./fixtures.js";

type Widget<P> = LitElement & { element: P };

export interface WidgetConformanceOptions<P extends WidgetBase> {
  /** The element's tag, e.g. `st-checkbox`. */
  tag: keyof HTMLElementTagNameMap;
  /** Suite title; defaults to the tag. */
  name?: string;
  /** Streamlit's root `data-testid`. */
  testId: string;
  /** A complete payload for one widget; `overrides` replace fields. */
  makePayload(overrides?: Partial<P>): P;
  /** The focusable control the user operates (e.g. the inner `<input>`). */
  control(el: HTMLElement): HTMLElement;
  /** ARIA role the control exposes (`button`, `checkbox`, `switch`, ...), explicit or implicit. */
  role: string;
  /** A user action with real input events that changes the value. */
  interact(el: HTMLElement): Promise<void>;
  /** The value the event carries after `interact` on a default widget (and after one key press). */
  expectedValue: unknown;
  /** The event is a trigger (`trigger: true`, buttons). */
  trigger?: boolean;
  /** Keys that operate the focused control; each fires one value event. */
  keys: string[];
  /**
   * Runs on the focused control before each of `keys` is pressed, for widgets whose key
   * commits something prepared first (type text, then Enter commits it). Fires no event.
   */
  beforeKey?(control: HTMLElement): Promise<void>;
  /** Where the label is drawn; defaults to `[data-testid="stWidgetLabel"]`. */
  labelSelector?: string;
  /**
   * The same widget with a value set from Python (`setValue: true`), which must differ from
   * `expectedValue`. Omit for widgets without a value (buttons): the round-trip checks are
   * then skipped. Value widgets carry `value` and `setValue` (as widget-store.ts assumes).
   */
  setValue?(payload: P): P;
  /** The value the control shows; required with `setValue`. */
  displayedValue?(el: HTMLElement): unknown;
  /** Checks that do not apply to this widget. */
  skip?: { labelVisibility?: boolean };
}

const LABEL = "**Bold** label";
const LABEL_TEXT = "Bold label";
/** Names are checked with a plain label: Streamlit itself names controls with the raw label
 * source (`aria-label={element.label}`), so Markdown in names is not a conformance point. */
const PLAIN_LABEL = "Accept the terms";

export function runWidgetConformance<P extends WidgetBase>(options: WidgetConformanceOptions<P>): void {
  const { tag, testId, makePayload, control, role, interact, expectedValue, keys } = options;
  const labelSelector = options.labelSelector ?? '[data-testid="stWidgetLabel"]';

  async function render(overrides: Partial<P> = {}, container = makeContainer()): Promise<Widget<P>> {
    const el = document.createElement(tag) as unknown as Widget<P>;
    el.element = makePayload(overrides);
    container.append(el);
    await el.updateComplete;
    return el;
  }

  function label(el: HTMLElement): HTMLElement {
    const found = el.querySelector<HTMLElement>(labelSelector);
    expect(found, `label ${labelSelector}`).to.exist;
    return found!;
  }

  /** Let events and re-renders caused by input settle. */
  async function settle(el: Widget<P>): Promise<void> {
    await el.updateComplete;
    await nextFrame();
  }

  function expectAccessibleName(el: HTMLElement, name: string): void {
    const ctl = control(el);
    expect(roleOf(ctl), "role").to.equal(role);
    expect(accessibleName(ctl), "accessible name").to.equal(name);
  }

  describe(`${options.name ?? tag}: widget conformance`, () => {
    afterEach(cleanup);

    it("carries Streamlit's root test id as data-testid and class", async () => {
      const el = await render();
      expect(el.dataset.testid).to.equal(testId);
      expect(el.classList.contains(testId)).to.equal(true);
    });

    it("renders the label as inline Markdown", async () => {
      const el = await render({ label: LABEL } as Partial<P>);
      const lbl = label(el);
      expect(lbl.querySelector("strong")?.textContent).to.equal("Bold");
      expect(lbl.textContent!.trim().replace(/\s+/g, " ")).to.equal(LABEL_TEXT);
      expect(el.textContent).to.not.contain("**");
    });

    it("names the control with the label (accessible name)", async () => {
      expectAccessibleName(await render({ label: PLAIN_LABEL } as Partial<P>), PLAIN_LABEL);
    });

    it("shows a help icon with a Markdown tooltip only when help is given", async () => {
      const withHelp = await render({ help: "Some *help*" } as Partial<P>);
      const icons = withHelp.querySelectorAll('[data-testid="stTooltipIcon"]');
      expect(icons.length).to.equal(1);
      expect(icons[0]!.querySelector("em")?.textContent).to.equal("help");

      for (const help of [null, undefined, ""]) {
        const without = await render({ help } as Partial<P>);
        expect(without.querySelector('[data-testid="stTooltipIcon"]'), `help=${JSON.stringify(help)}`).to.equal(null);
      }
    });

    it("disabled: the control is disabled and user input fires no event", async () => {
      const el = await render({ disabled: true } as Partial<P>);
      const ctl = control(el) as HTMLElement & { disabled?: boolean };
      expect(ctl.disabled === true || ctl.getAttribute("aria-disabled") === "true", "control disabled").to.equal(true);
      const capture = captureValueEvents();
      try {
        await interact(el);
        ctl.focus();
        for (const key of keys) await press(key);
        await settle(el);
        expect(capture.events).to.have.length(0);
      } finally {
        capture.stop();
      }
    });

    it("enabling a disabled widget again makes it work", async () => {
      const el = await render({ disabled: true } as Partial<P>);
      await update(el, makePayload({ disabled: false } as Partial<P>));
      const capture = captureValueEvents();
      try {
        await interact(el);
        await settle(el);
        expect(capture.events).to.have.length(1);
      } finally {
        capture.stop();
      }
    });

    if (!options.skip?.labelVisibility) {
      describe("label visibility", () => {
        it("visible: the label is shown", async () => {
          const el = await render({ label: PLAIN_LABEL, labelVisibility: "visible" } as Partial<P>);
          const lbl = label(el);
          const r = lbl.getBoundingClientRect();
          expect(getComputedStyle(lbl).visibility).to.equal("visible");
          expect(r.width > 0 && r.height > 0, "label takes space").to.equal(true);
          expectAccessibleName(el, PLAIN_LABEL);
        });

        it("hidden: the label is invisible but keeps its space", async () => {
          const el = await render({ label: PLAIN_LABEL, labelVisibility: "hidden" } as Partial<P>);
          const lbl = label(el);
          const r = lbl.getBoundingClientRect();
          expect(getComputedStyle(lbl).visibility).to.equal("hidden");
          expect(r.width > 0 && r.height > 0, "label still takes space").to.equal(true);
          expectAccessibleName(el, PLAIN_LABEL);
        });

        it("collapsed: the label is not displayed and takes no space", async () => {
          const el = await render({ label: PLAIN_LABEL, labelVisibility: "collapsed" } as Partial<P>);
          const lbl = label(el);
          const r = lbl.getBoundingClientRect();
          expect(r.width === 0 && r.height === 0, `label takes no space (${r.width}x${r.height})`).to.equal(true);
          expectAccessibleName(el, PLAIN_LABEL);
        });

        it("switching visibility on a rerun updates the label", async () => {
          const el = await render({ labelVisibility: "collapsed" } as Partial<P>);
          await update(el, makePayload({ labelVisibility: "visible" } as Partial<P>));
          const r = label(el).getBoundingClientRect();
          expect(getComputedStyle(label(el)).visibility).to.equal("visible");
          expect(r.width > 0 && r.height > 0).to.equal(true);
        });
      });
    }

    for (const key of keys) {
      it(`keyboard: reachable with Tab and operated with ${key}`, async () => {
        const container = makeContainer();
        const before = document.createElement("button");
        before.textContent = "before";
        container.append(before);
        const el = await render({}, container);
        before.focus();
        await press("Tab");
        expect(document.activeElement, "Tab moves focus to the control").to.equal(control(el));

        if (options.beforeKey) await options.beforeKey(control(el));
        const capture = captureValueEvents();
        try {
          await press(key);
          await settle(el);
          expect(capture.events.map((e) => e.detail)).to.deep.equal([
            { widgetId: makePayload().id, value: expectedValue, ...(options.trigger ? { trigger: true } : {}) },
          ]);
        } finally {
          capture.stop();
        }
      });
    }

    it("fires one bubbling, composed value event with the widget id and value", async () => {
      const el = await render({ id: "widget-under-test" } as Partial<P>);
      const capture = captureValueEvents();
      try {
        await interact(el);
        await settle(el);
        expect(capture.events).to.have.length(1);
        const [event] = capture.events;
        expect(event!.bubbles, "bubbles").to.equal(true);
        expect(event!.composed, "composed").to.equal(true);
        expect(el.contains(event!.target as Node), "fired from the widget").to.equal(true);
        expect(event!.detail.widgetId).to.equal("widget-under-test");
        expect(event!.detail.value).to.deep.equal(expectedValue);
        expect(event!.detail.trigger ?? false).to.equal(options.trigger ?? false);
      } finally {
        capture.stop();
      }
    });

    const { setValue, displayedValue } = options;
    if (setValue) {
      if (!displayedValue) throw new Error(`${tag}: setValue needs displayedValue`);
      const valueOf = (p: P) => (p as P & { value: unknown }).value;

      describe("value round trip with Python", () => {
        it("a new widget shows the payload's value", async () => {
          const el = await render();
          expect(displayedValue(el)).to.deep.equal(valueOf(makePayload()));
          const other = await render({ value: expectedValue } as unknown as Partial<P>);
          expect(displayedValue(other)).to.deep.equal(expectedValue);
        });

        it("a value set from Python (setValue) replaces what the user chose, without an event", async () => {
          const el = await render();
          await interact(el);
          await settle(el);
          expect(displayedValue(el), "user's value shown").to.deep.equal(expectedValue);

          const fromPython = setValue(makePayload());
          expect(valueOf(fromPython), "setValue must pick a value other than expectedValue").to.not.deep.equal(expectedValue);
          const capture = captureValueEvents();
          try {
            await update(el, fromPython);
            await settle(el);
            expect(displayedValue(el)).to.deep.equal(valueOf(fromPython));
            expect(capture.events, "a value from Python is not echoed back").to.have.length(0);
          } finally {
            capture.stop();
          }
        });

        it("a rerun without setValue keeps what the user chose", async () => {
          const el = await render();
          await interact(el);
          await settle(el);
          await update(el, makePayload());
          expect(displayedValue(el)).to.deep.equal(expectedValue);
        });

        it("a different widget id in the same place takes the payload's value", async () => {
          const el = await render();
          await interact(el);
          await settle(el);
          await update(el, makePayload({ id: "another-widget" } as Partial<P>));
          expect(displayedValue(el)).to.deep.equal(valueOf(makePayload()));
        });
      });
    }
  });
}
