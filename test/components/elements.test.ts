/// <reference types="mocha" />
/* Component tests for the non-widget elements under components/elements/. */
import { expect } from "@esm-bundle/chai";
import "../../components/elements/alert/st-alert.js";
import "../../components/elements/code/st-code.js";
import "../../components/elements/empty/st-empty.js";
import "../../components/elements/exception/st-exception.js";
import "../../components/elements/heading/st-heading.js";
import "../../components/elements/help/st-help.js";
import "../../components/elements/html/st-html.js";
import { IFRAME_SANDBOX } from "../../components/elements/iframe/st-iframe.js";
import "../../components/elements/json/st-json.js";
import "../../components/elements/markdown/st-markdown.js";
import "../../components/elements/text/st-text.js";
import type {
  AlertPayload,
  CodePayload,
  DocStringPayload,
  ExceptionPayload,
  HeadingPayload,
  IframePayload,
  JsonPayload,
  MarkdownPayload,
} from "../../packages/protocol/index.js";
import { cleanup, clickOn, mount, sleep, update, waitFor } from "./fixtures.js";

const md = (body: string, over: Partial<MarkdownPayload> = {}): MarkdownPayload => ({
  type: "markdown",
  body,
  allowHtml: false,
  variant: "markdown",
  help: null,
  ...over,
});
const heading = (body: string, over: Partial<HeadingPayload> = {}): HeadingPayload => ({
  type: "heading",
  tag: "h1",
  body,
  anchor: null,
  divider: null,
  help: null,
  ...over,
});
const code = (body: string, over: Partial<CodePayload> = {}): CodePayload => ({
  type: "code",
  body,
  language: "python",
  lineNumbers: false,
  wrapLines: false,
  ...over,
});
const json = (body: string, expanded: boolean | number = true): JsonPayload => ({ type: "json", body, expanded });
const alert = (format: AlertPayload["format"], body: string, icon: string | null = null): AlertPayload => ({
  type: "alert",
  format,
  body,
  icon,
});
const exception = (over: Partial<ExceptionPayload> = {}): ExceptionPayload => ({
  type: "exception",
  excType: "ValueError",
  message: "bad value",
  messageIsMarkdown: false,
  stackTrace: [],
  isWarning: false,
  ...over,
});
const docString = (over: Partial<DocStringPayload> = {}): DocStringPayload => ({
  type: "docString",
  name: "greet",
  valueType: "function",
  value: "greet(name: str) -> str",
  docString: "Say hello.\n\n    Indented detail.",
  members: [],
  ...over,
});

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

declare global {
  interface Window {
    __stHtmlPwned?: string;
  }
}

/** True when some stylesheet in the document has a rule mentioning `needle`. */
function documentHasRule(needle: string): boolean {
  const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
  return sheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes(needle)));
}

// Must run first: it checks a heading alone brings the Markdown CSS its body needs.
describe("Markdown CSS without st-markdown on the page", () => {
  afterEach(cleanup);

  it("st.title(':blue[...]') is coloured even when no st-markdown/st-alert was drawn", async () => {
    expect(documentHasRule(".st-md-color-blue"), "test must run before any st-markdown/st-alert is mounted").to.equal(false);
    const el = await mount("st-heading", heading("_Streamlit_ is :blue[cool]"));
    const blue = el.querySelector(".st-md-color-blue");
    expect(text(blue)).to.equal("cool");
    expect(getComputedStyle(blue!).color).to.equal("rgb(28, 131, 225)");
  });
});

describe("root test ids", () => {
  afterEach(cleanup);

  const cases: [keyof HTMLElementTagNameMap, unknown, string][] = [
    ["st-markdown", md("hi"), "stMarkdown"],
    ["st-heading", heading("hi"), "stHeading"],
    ["st-text", { type: "text", body: "hi" }, "stText"],
    ["st-code", code("x = 1"), "stCode"],
    ["st-json", json("{}"), "stJson"],
    ["st-html", { type: "html", body: "<p>hi</p>" }, "stHtml"],
    ["st-alert", alert("info", "hi"), "stAlert"],
    ["st-exception", exception(), "stException"],
    ["st-help", docString(), "stHelp"],
    ["st-empty", { type: "empty" }, "stEmpty"],
  ];
  for (const [tag, payload, testId] of cases) {
    it(`${tag} → data-testid and class ${testId}`, async () => {
      const el = await mount(tag, payload as never);
      expect(el.dataset.testid).to.equal(testId);
      expect(el.classList.contains(testId)).to.equal(true);
    });
  }
});

describe("st-markdown", () => {
  afterEach(cleanup);

  it("renders Markdown inside stMarkdownContainer", async () => {
    const el = await mount("st-markdown", md("Some **bold** and *italic*\n\n- one\n- two"));
    const box = el.querySelector('[data-testid="stMarkdownContainer"]')!;
    expect(box).to.exist;
    expect(text(box.querySelector("strong"))).to.equal("bold");
    expect(text(box.querySelector("em"))).to.equal("italic");
    expect(box.querySelectorAll("li")).to.have.length(2);
    expect(el.querySelector('[data-testid="stCaptionContainer"]')).to.equal(null);
  });

  it("caption variant → stCaptionContainer (and no stMarkdownContainer)", async () => {
    const el = await mount("st-markdown", md("a *small* note", { variant: "caption" }));
    const box = el.querySelector('[data-testid="stCaptionContainer"]');
    expect(text(box)).to.equal("a small note");
    expect(box!.querySelector("em")).to.exist;
    expect(el.querySelector('[data-testid="stMarkdownContainer"]')).to.equal(null);
  });

  it("divider variant → <hr>", async () => {
    const el = await mount("st-markdown", md("---", { variant: "divider" }));
    expect(el.querySelectorAll("hr")).to.have.length(1);
    expect(text(el)).to.equal("");
  });

  it("latex variant renders KaTeX once it has loaded", async () => {
    const el = await mount("st-markdown", md("$$\na + b = c\n$$", { variant: "latex" }));
    await waitFor(() => el.querySelector(".katex"), "KaTeX output");
    expect(el.textContent).to.not.contain("$$");
  });

  it("HTML is escaped unless allowHtml, and scripts never run either way", async () => {
    const body = `<b>bold</b><img src="nope.png" onerror="window.__stHtmlPwned='markdown'">`;
    const escaped = await mount("st-markdown", md(body));
    expect(escaped.querySelector("b")).to.equal(null);
    expect(escaped.textContent).to.contain("<b>bold</b>");

    const allowed = await mount("st-markdown", md(body, { allowHtml: true }));
    expect(text(allowed.querySelector("b"))).to.equal("bold");
    expect(allowed.querySelector("[onerror]")).to.equal(null);
    await sleep(300);
    expect(window.__stHtmlPwned).to.equal(undefined);
  });

  it("help → one tooltip icon; none without", async () => {
    const withHelp = await mount("st-markdown", md("x", { help: "tip" }));
    expect(withHelp.querySelectorAll('[data-testid="stTooltipIcon"]')).to.have.length(1);
    const without = await mount("st-markdown", md("x"));
    expect(without.querySelector('[data-testid="stTooltipIcon"]')).to.equal(null);
  });

  it("a rerun with a new body replaces the content", async () => {
    const el = await mount("st-markdown", md("first"));
    await update(el, md("second"));
    expect(text(el)).to.equal("second");
  });
});

describe("st-heading", () => {
  afterEach(cleanup);

  for (const tag of ["h1", "h2", "h3"] as const) {
    it(`tag ${tag} renders an <${tag}> with an anchor id from the text`, async () => {
      const el = await mount("st-heading", heading("Hello World!", { tag }));
      const h = el.querySelector(tag)!;
      expect(h, tag).to.exist;
      expect(el.querySelectorAll("h1, h2, h3")).to.have.length(1);
      expect(h.id).to.equal("hello-world");
      expect(text(h)).to.equal("Hello World!");
      expect(h.querySelector("a")?.getAttribute("href")).to.equal("#hello-world");
    });
  }

  it("slugs the displayed text, not the Markdown source (as Streamlit does)", async () => {
    const el = await mount("st-heading", heading(":blue[My] **App** :sunglasses:"));
    const h = el.querySelector("h1")!;
    expect(text(h)).to.equal("My App 😎");
    expect(h.id).to.equal("my-app");
  });

  it("an explicit anchor is used as the id", async () => {
    const el = await mount("st-heading", heading("Hello", { anchor: "custom-anchor" }));
    expect(el.querySelector("h1")!.id).to.equal("custom-anchor");
    expect(el.querySelector("h1 a")?.getAttribute("href")).to.equal("#custom-anchor");
  });

  it("anchor=false → no id and no link", async () => {
    const el = await mount("st-heading", heading("Hello", { anchor: false }));
    const h = el.querySelector("h1")!;
    expect(h.hasAttribute("id")).to.equal(false);
    expect(h.querySelector("a")).to.equal(null);
  });

  it("divider → stHeadingDivider; none without", async () => {
    const el = await mount("st-heading", heading("Hello", { tag: "h2", divider: "blue" }));
    expect(el.querySelectorAll('[data-testid="stHeadingDivider"]')).to.have.length(1);
    const plain = await mount("st-heading", heading("Hello", { tag: "h2" }));
    expect(plain.querySelector('[data-testid="stHeadingDivider"]')).to.equal(null);
  });

  it("help → tooltip icon in the heading", async () => {
    const el = await mount("st-heading", heading("Hello", { help: "tip" }));
    expect(el.querySelectorAll('h1 [data-testid="stTooltipIcon"]')).to.have.length(1);
    const plain = await mount("st-heading", heading("Hello"));
    expect(plain.querySelector('[data-testid="stTooltipIcon"]')).to.equal(null);
  });

  it("renders inline Markdown in the body", async () => {
    const el = await mount("st-heading", heading("A *nice* title"));
    expect(text(el.querySelector("h1 em"))).to.equal("nice");
  });
});

describe("st-text", () => {
  afterEach(cleanup);

  it("keeps whitespace and shows Markdown and HTML literally", async () => {
    const body = "  two  spaces **not bold**\n\tnext <b>line</b>";
    const el = await mount("st-text", { type: "text", body });
    expect(el.querySelector("strong, b")).to.equal(null);
    const span = el.querySelector("span")!;
    expect(span.textContent).to.equal(body);
    expect(["pre-wrap", "pre"]).to.include(getComputedStyle(span).whiteSpace);
    // The newline is kept on screen: two lines are taller than one.
    const oneLine = await mount("st-text", { type: "text", body: "  two  spaces **not bold**" });
    expect(span.getBoundingClientRect().height).to.be.greaterThan(oneLine.querySelector("span")!.getBoundingClientRect().height * 1.5);
  });

  it("help → tooltip icon", async () => {
    const el = await mount("st-text", { type: "text", body: "x", help: "tip" });
    expect(el.querySelectorAll('[data-testid="stTooltipIcon"]')).to.have.length(1);
  });
});

describe("st-code", () => {
  afterEach(cleanup);

  it("shows the code with a language class", async () => {
    const el = await mount("st-code", code("def f():\n    return 1"));
    const c = el.querySelector("pre code")!;
    expect(c.classList.contains("language-python")).to.equal(true);
    expect(c.textContent).to.equal("def f():\n    return 1");
    expect(el.querySelector(".st-code-line-number")).to.equal(null);
  });

  it("no language → no language class", async () => {
    const el = await mount("st-code", code("plain", { language: null }));
    expect(el.querySelector("pre code")!.className).to.not.contain("language-");
  });

  it("line numbers, one per line, when asked", async () => {
    const el = await mount("st-code", code("a = 1\nb = 2\nc = 3", { lineNumbers: true }));
    const numbers = [...el.querySelectorAll(".st-code-line-number")].map((n) => n.textContent);
    expect(numbers).to.deep.equal(["1", "2", "3"]);
    const lines = el.querySelector("pre code")!.textContent!.split("\n");
    expect(lines).to.deep.equal(["1a = 1", "2b = 2", "3c = 3"]);
  });

  it("wrap_lines → the block wraps", async () => {
    const el = await mount("st-code", code("x", { wrapLines: true }));
    expect(el.querySelector("pre")!.hasAttribute("data-wrap")).to.equal(true);
    const nowrap = await mount("st-code", code("x"));
    expect(nowrap.querySelector("pre")!.hasAttribute("data-wrap")).to.equal(false);
  });

  it("the copy button copies the code without line numbers", async () => {
    const el = await mount("st-code", code("a = 1\nb = 2", { lineNumbers: true }));
    const button = el.querySelector<HTMLButtonElement>('[data-testid="stCodeCopyButton"]')!;
    expect(button).to.exist;
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (t: string) => {
      copied.push(t);
    };
    try {
      await clickOn(button);
      await waitFor(() => button.textContent === "Copied", "'Copied' feedback");
      expect(copied).to.deep.equal(["a = 1\nb = 2"]);
    } finally {
      clipboard.writeText = original;
    }
  });
});

describe("st-json", () => {
  afterEach(cleanup);
  const body = JSON.stringify({ name: "Ada", tags: ["x", 2, true, null], nested: { deep: { deeper: 1 } } });

  it("parses the body into a tree of keys and values", async () => {
    const el = await mount("st-json", json(body));
    expect([...el.querySelectorAll(".st-json-key")].map((k) => k.textContent)).to.deep.equal([
      '"name"',
      '"tags"',
      '"nested"',
      '"deep"',
      '"deeper"',
    ]);
    expect([...el.querySelectorAll(".st-json-string")].map((k) => k.textContent)).to.deep.equal(['"Ada"', '"x"']);
    expect([...el.querySelectorAll(".st-json-literal")].map((k) => k.textContent)).to.deep.equal(["true", "null"]);
    expect(el.querySelector("pre")).to.equal(null);
  });

  it("expanded=true opens every level", async () => {
    const el = await mount("st-json", json(body, true));
    const details = [...el.querySelectorAll("details")];
    expect(details.length).to.equal(4); // root, tags, nested, deep
    expect(details.every((d) => d.open)).to.equal(true);
  });

  it("expanded=false collapses the root", async () => {
    const el = await mount("st-json", json(body, false));
    const root = el.querySelector("details")!;
    expect(root.open).to.equal(false);
    // Collapsed content is not shown.
    expect(el.querySelector<HTMLElement>(".st-json-key")!.checkVisibility()).to.equal(false);
  });

  it("expanded=N opens the first N levels", async () => {
    const el = await mount("st-json", json(body, 2));
    const open = (summaryKey: string | null) =>
      [...el.querySelectorAll("details")].find((d) => (summaryKey === null ? d === el.querySelector("details") : d.querySelector(":scope > summary .st-json-key")?.textContent === `"${summaryKey}"`))!
        .open;
    expect(open(null), "root (depth 0)").to.equal(true);
    expect(open("nested"), "depth 1").to.equal(true);
    expect(open("deep"), "depth 2").to.equal(false);
  });

  it("a summary click toggles a level (keyboard-reachable <summary>)", async () => {
    const el = await mount("st-json", json(body, false));
    const root = el.querySelector("details")!;
    await clickOn(root.querySelector("summary")!);
    expect(root.open).to.equal(true);
  });

  it("a scalar body is shown as a value", async () => {
    const el = await mount("st-json", json("42"));
    expect(text(el.querySelector(".st-json-number"))).to.equal("42");
  });

  it("parses Python's NaN and Infinity (json.dumps output) into the tree", async () => {
    const el = await mount("st-json", json('{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN in a string"}'));
    const numbers = [...el.querySelectorAll(".st-json-number")].map((n) => text(n));
    expect(numbers).to.deep.equal(["NaN", "Infinity", "-Infinity"]);
    expect(text(el.querySelector(".st-json-string"))).to.equal('"NaN in a string"');
  });
});

describe("st-html", () => {
  afterEach(cleanup);

  it("removes <script> and event handlers, keeps <style>", async () => {
    delete window.__stHtmlPwned;
    const el = await mount("st-html", {
      type: "html",
      body: `<style>.st-html-probe { color: rgb(1, 2, 3); }</style>
<div class="st-html-probe">styled</div>
<script>window.__stHtmlPwned = "script";</script>
<img src="does-not-exist.png" onerror="window.__stHtmlPwned = 'onerror'">
<svg><animate onbegin="window.__stHtmlPwned = 'svg'" attributeName="x" dur="1s"></animate></svg>
<a href="javascript:window.__stHtmlPwned = 'href'">link</a>`,
    });
    expect(el.querySelector("script")).to.equal(null);
    expect(el.querySelector("[onerror], [onbegin]")).to.equal(null);
    expect(el.querySelector("a")?.getAttribute("href") ?? "").to.not.match(/javascript:/i);
    expect(el.querySelector("style"), "<style> kept").to.exist;
    expect(getComputedStyle(el.querySelector(".st-html-probe")!).color).to.equal("rgb(1, 2, 3)");
    await sleep(300); // let the broken image fail
    expect(window.__stHtmlPwned).to.equal(undefined);
  });

  it("a rerun with new HTML replaces the old", async () => {
    const el = await mount("st-html", { type: "html", body: "<p>one</p>" });
    await update(el, { type: "html", body: "<p>two</p>" });
    expect(text(el)).to.equal("two");
  });
});

describe("st-alert", () => {
  afterEach(cleanup);

  const contentIds = {
    success: "stAlertContentSuccess",
    info: "stAlertContentInfo",
    warning: "stAlertContentWarning",
    error: "stAlertContentError",
  } as const;

  for (const format of ["success", "info", "warning", "error"] as const) {
    it(`${format}: stAlertContainer, content ${contentIds[format]}, Markdown body, icon`, async () => {
      const el = await mount("st-alert", alert(format, "It **worked**", "🎉"));
      const box = el.querySelector('[data-testid="stAlertContainer"]')!;
      expect(box).to.exist;
      expect(box.getAttribute("role")).to.equal("alert");
      expect(box.getAttribute("data-kind")).to.equal(format);
      const content = box.querySelector(`[data-testid="${contentIds[format]}"]`);
      expect(text(content?.querySelector("strong"))).to.equal("worked");
      expect(text(box.querySelector('[data-testid="stAlertDynamicIcon"]'))).to.equal("🎉");
    });
  }

  it("no icon → no icon element", async () => {
    const el = await mount("st-alert", alert("info", "x"));
    expect(el.querySelector('[data-testid="stAlertDynamicIcon"]')).to.equal(null);
  });

  it("a Material icon is drawn as an icon, not its shortcode", async () => {
    const el = await mount("st-alert", alert("warning", "careful", ":material/warning:"));
    const icon = el.querySelector('[data-testid="stAlertDynamicIcon"]')!;
    expect(icon.querySelector(".st-md-material-icon")?.textContent).to.equal("warning");
    expect(el.textContent).to.not.contain(":material/");
  });
});

describe("st-exception", () => {
  afterEach(cleanup);

  it("shows the type, the message and one row per traceback line", async () => {
    const trace = ['File "app.py", line 3, in <module>', "    f()", 'File "app.py", line 2, in f'];
    const el = await mount("st-exception", exception({ message: "x must be **positive**", stackTrace: trace }));
    const message = el.querySelector('[data-testid="stExceptionMessage"]')!;
    expect(text(message)).to.equal("ValueError: x must be **positive**");
    expect(message.querySelector("strong"), "plain message is not Markdown").to.equal(null);
    const rows = [...el.querySelectorAll('[data-testid="stExceptionTraceRow"]')].map((r) => r.textContent);
    expect(rows).to.deep.equal(trace);
    expect(el.hasAttribute("data-warning")).to.equal(false);
  });

  it("a Markdown message (StreamlitAPIException) is rendered as Markdown", async () => {
    const el = await mount("st-exception", exception({ excType: "StreamlitAPIException", message: "use `st.x` **now**", messageIsMarkdown: true }));
    const message = el.querySelector('[data-testid="stExceptionMessage"]')!;
    expect([...message.querySelectorAll("strong")].map((n) => n.textContent)).to.deep.equal(["StreamlitAPIException", "now"]);
    expect(text(message.querySelector("code"))).to.equal("st.x");
    expect(text(message)).to.contain("StreamlitAPIException");
  });

  it("a one-line message takes one line (no blank lines around it)", async () => {
    const el = await mount("st-exception", exception());
    const message = el.querySelector<HTMLElement>('[data-testid="stExceptionMessage"]')!;
    const lineHeight = el.querySelector(".st-exception-type")!.getBoundingClientRect().height;
    expect(message.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
  });

  it("a plain message keeps its own line breaks and indentation", async () => {
    const el = await mount("st-exception", exception({ message: "line one\n    indented" }));
    const message = el.querySelector<HTMLElement>('[data-testid="stExceptionMessage"]')!;
    const lineHeight = el.querySelector(".st-exception-type")!.getBoundingClientRect().height;
    const height = message.getBoundingClientRect().height;
    expect(height).to.be.above(lineHeight * 1.5);
    expect(height).to.be.below(lineHeight * 2.5);
    expect(message.textContent).to.contain("line one\n    indented");
  });

  it("a Markdown message starts on the type's line, as in Streamlit (`**Type**: message`)", async () => {
    const el = await mount("st-exception", exception({ excType: "StreamlitAPIException", message: "use `st.x`", messageIsMarkdown: true }));
    const message = el.querySelector<HTMLElement>('[data-testid="stExceptionMessage"]')!;
    expect(text(message)).to.equal("StreamlitAPIException: use st.x");
    const type = [...message.querySelectorAll("*")].find((n) => n.textContent === "StreamlitAPIException")!;
    expect(type, "type element").to.exist;
    const typeTop = type.getBoundingClientRect().top;
    const codeTop = message.querySelector("code")!.getBoundingClientRect().top;
    expect(Math.abs(typeTop - codeTop)).to.be.below(8);
  });

  it("no traceback → no traceback rows", async () => {
    const el = await mount("st-exception", exception());
    expect(el.querySelector('[data-testid="stExceptionTraceRow"]')).to.equal(null);
  });

  it("a warning drops the type prefix and is marked as a warning", async () => {
    const el = await mount("st-exception", exception({ isWarning: true, excType: "Warning", message: "careful" }));
    expect(text(el.querySelector('[data-testid="stExceptionMessage"]'))).to.equal("careful");
    expect(el.hasAttribute("data-warning")).to.equal(true);
    await update(el, exception());
    expect(el.hasAttribute("data-warning"), "a rerun as an error clears it").to.equal(false);
  });
});

describe("st-help", () => {
  afterEach(cleanup);

  it("shows name, type, value, docstring and members", async () => {
    const el = await mount(
      "st-help",
      docString({
        members: [
          { name: "count", type: "int", value: "3", doc: "" },
          { name: "run", type: "method", value: "", doc: "Run it." },
        ],
      }),
    );
    expect(text(el.querySelector('[data-testid="stHelpName"]'))).to.contain("greet");
    expect(text(el.querySelector('[data-testid="stHelpType"]'))).to.equal("function");
    expect(text(el.querySelector('[data-testid="stHelpValue"]'))).to.equal("greet(name: str) -> str");
    expect(el.querySelector('[data-testid="stHelpDoc"]')!.textContent).to.equal("Say hello.\n\n    Indented detail.");
    const rows = [...el.querySelectorAll('[data-testid="stHelpMember"]')].map((r) =>
      [...r.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(rows).to.deep.equal([
      ["count", "int", "3"],
      ["run", "method", "Run it."],
    ]);
  });

  it("an object without a name shows its value as the title and no members table", async () => {
    const el = await mount("st-help", docString({ name: "", valueType: "int", value: "42", docString: "int docs" }));
    expect(text(el.querySelector(".st-help-name"))).to.equal("42");
    expect(el.querySelector('[data-testid="stHelpValue"]')).to.equal(null);
    expect(el.querySelector('[data-testid="stHelpMembersTable"]')).to.equal(null);
  });
});

describe("st-empty", () => {
  afterEach(cleanup);

  it("renders nothing", async () => {
    const el = await mount("st-empty", { type: "empty" });
    expect(el.children.length).to.equal(0);
    expect(el.textContent!.trim()).to.equal("");
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

describe("st-iframe", () => {
  afterEach(cleanup);
  const frame = (over: Partial<IframePayload> = {}): IframePayload => ({
    type: "iframe",
    src: null,
    srcdoc: "<p>hi</p>",
    width: null,
    height: 150,
    scrolling: false,
    tabIndex: null,
    ...over,
  });

  it("puts stIFrame on the iframe itself, with Streamlit's sandbox, sized by the payload", async () => {
    const el = await mount("st-iframe", frame({ width: 320, height: 90, tabIndex: -1 }));
    expect(el.dataset.testid, "not on the host").to.equal(undefined);
    const iframe = el.querySelector<HTMLIFrameElement>('iframe[data-testid="stIFrame"]')!;
    expect(iframe.srcdoc).to.equal("<p>hi</p>");
    expect(iframe.hasAttribute("src")).to.equal(false);
    expect([iframe.width, iframe.height, iframe.getAttribute("scrolling"), iframe.tabIndex]).to.deep.equal(["320", "90", "no", -1]);
    expect(iframe.getAttribute("sandbox")).to.equal(IFRAME_SANDBOX);
  });

  it("shows a URL when given src, and the HTML again when the payload changes back", async () => {
    const el = await mount("st-iframe", frame({ srcdoc: null, src: "about:blank" }));
    const iframe = () => el.querySelector<HTMLIFrameElement>("iframe")!;
    expect(iframe().getAttribute("src")).to.equal("about:blank");
    expect(iframe().hasAttribute("srcdoc")).to.equal(false);
    await update(el, frame());
    expect(iframe().srcdoc).to.equal("<p>hi</p>");
    expect(iframe().hasAttribute("src")).to.equal(false);
  });
});
