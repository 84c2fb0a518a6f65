/// <reference types="mocha" />
/* Component tests for components/elements/button/st-button.ts (st.button). */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/button/st-button.js";
import type { ButtonPayload } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, mount, nextFrame } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

function buttonPayload(overrides: Partial<ButtonPayload> = {}): ButtonPayload {
  return {
    type: "button",
    id: "$$ID-button-1",
    label: "Press me",
    help: null,
    disabled: false,
    labelVisibility: "visible",
    formId: "",
    kind: "secondary",
    icon: null,
    useContainerWidth: false,
    ...overrides,
  };
}

const inner = (el: HTMLElement) => el.querySelector("button")!;

runWidgetConformance<ButtonPayload>({
  tag: "st-button",
  testId: "stButton",
  makePayload: buttonPayload,
  control: inner,
  role: "button",
  interact: (el) => clickOn(inner(el)),
  expectedValue: true,
  trigger: true,
  keys: ["Enter", "Space"],
  labelSelector: 'button [data-testid="stMarkdownContainer"]',
  // Buttons always show their label and hold no value between runs.
  skip: { labelVisibility: true },
});

describe("st-button", () => {
  afterEach(cleanup);

  it("a click fires {widgetId, value: true, trigger: true}, once per click", async () => {
    const el = await mount("st-button", buttonPayload({ id: "btn" }));
    const capture = captureValueEvents();
    try {
      await clickOn(inner(el));
      await clickOn(inner(el));
      await nextFrame();
      expect(capture.events.map((e) => e.detail)).to.deep.equal([
        { widgetId: "btn", value: true, trigger: true },
        { widgetId: "btn", value: true, trigger: true },
      ]);
    } finally {
      capture.stop();
    }
  });

  for (const kind of ["primary", "secondary", "tertiary"] as const) {
    it(`kind ${kind} → inner stBaseButton-${kind}`, async () => {
      const el = await mount("st-button", buttonPayload({ kind }));
      const buttons = el.querySelectorAll("button");
      expect(buttons.length).to.equal(1);
      expect(buttons[0]!.dataset.testid).to.equal(`stBaseButton-${kind}`);
    });
  }

  it("a rerun with another kind updates the inner test id", async () => {
    const el = await mount("st-button", buttonPayload({ kind: "secondary" }));
    el.element = buttonPayload({ kind: "primary" });
    await el.updateComplete;
    expect(inner(el).dataset.testid).to.equal("stBaseButton-primary");
  });

  it("shows an emoji icon before the label", async () => {
    const el = await mount("st-button", buttonPayload({ icon: "🚀" }));
    const icon = inner(el).querySelector('[data-testid="stIconEmoji"]');
    expect(icon?.textContent).to.equal("🚀");
    const label = inner(el).querySelector('[data-testid="stMarkdownContainer"]')!;
    expect(icon!.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING, "icon before label").to.not.equal(0);
  });

  it("shows a Material icon as an icon, not as its shortcode", async () => {
    const el = await mount("st-button", buttonPayload({ icon: ":material/thumb_up:" }));
    const icon = inner(el).querySelector('[data-testid="stIconMaterial"]');
    expect(icon, "stIconMaterial").to.exist;
    expect(icon!.textContent).to.equal("thumb_up");
    expect(el.textContent).to.not.contain(":material/");
  });

  it("styles Markdown directives in the label (`:red[…]`) with no other element on the page", async () => {
    // This file defines no st-markdown/st-alert, so only the button can bring the Markdown CSS.
    const el = await mount("st-button", buttonPayload({ label: "Stop :red[now]" }));
    const red = el.querySelector(".st-md-color-red");
    expect(red?.textContent).to.equal("now");
    expect(getComputedStyle(red!).color).to.equal("rgb(255, 75, 75)");
  });

  it("shows no icon without one", async () => {
    const el = await mount("st-button", buttonPayload());
    expect(el.querySelector('[data-testid^="stIcon"]')).to.equal(null);
  });

  it("use_container_width stretches the button to its container", async () => {
    const narrow = await mount("st-button", buttonPayload());
    const wide = await mount("st-button", buttonPayload({ useContainerWidth: true }));
    expect(inner(narrow).hasAttribute("data-full-width")).to.equal(false);
    expect(inner(wide).hasAttribute("data-full-width")).to.equal(true);
    expect(inner(wide).getBoundingClientRect().width).to.be.closeTo(wide.getBoundingClientRect().width, 1);
    expect(inner(narrow).getBoundingClientRect().width).to.be.below(narrow.getBoundingClientRect().width);
  });

  it("the help icon sits outside the button, so hovering help does not click", async () => {
    const el = await mount("st-button", buttonPayload({ help: "tip" }));
    const icon = el.querySelector('[data-testid="stTooltipIcon"]')!;
    expect(inner(el).contains(icon)).to.equal(false);
    const capture = captureValueEvents();
    try {
      await clickOn(icon);
      expect(capture.events).to.have.length(0);
    } finally {
      capture.stop();
    }
  });
});
