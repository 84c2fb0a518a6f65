/// <reference types="mocha" />
/* Browser tests (web-test-runner + mocha) for components/lib/markdown.ts. */
import {
  getAssetBase,
  isKatexLoaded,
  renderLatex,
  renderMarkdown,
  renderMarkdownSync,
  setAssetBase,
  slugify,
} from "../../components/lib/markdown.js";
import { markdownCss } from "../../components/lib/markdown.css.js";

function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`Assertion failed: ${msg}`);
}

function assertEqual<T>(actual: T, expected: T, msg: string): void {
  if (actual !== expected) {
    throw new Error(`Assertion failed: ${msg}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

/** Parse HTML into a detached container (inert: nothing loads or runs). */
function frag(html: string): HTMLDivElement {
  const tpl = document.createElement("template");
  tpl.innerHTML = html;
  const div = document.createElement("div");
  div.append(tpl.content);
  return div;
}

async function md(source: string, options?: Parameters<typeof renderMarkdown>[1]): Promise<HTMLDivElement> {
  return frag(await renderMarkdown(source, options));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

declare global {
  interface Window {
    __mdPwned?: number;
  }
}

describe("markdown: lazy KaTeX", () => {
  // Must run first: nothing before this may have loaded KaTeX.
  it("leaves math as placeholders in the sync renderer until KaTeX is loaded", async () => {
    assert(!isKatexLoaded(), "KaTeX should not be loaded before any math is rendered");
    assert(!document.head.querySelector("link[data-brooklet-katex]"), "no KaTeX stylesheet yet");

    const plain = renderMarkdownSync("costs $5 and $10, no math here");
    assertEqual(plain.pendingMath, false, "no math → not pending");
    assert(!isKatexLoaded(), "text without math must not load KaTeX");

    const res = renderMarkdownSync("Euler: $e^{i\\pi}+1=0$");
    assertEqual(res.pendingMath, true, "math → pending");
    const el = frag(res.html).querySelector(".st-md-math-pending");
    assert(el, "placeholder span rendered");
    assertEqual(el.textContent, "$e^{i\\pi}+1=0$", "placeholder shows TeX source");

    const html = await renderMarkdown("Euler: $e^{i\\pi}+1=0$");
    assert(isKatexLoaded(), "renderMarkdown waits for KaTeX");
    assert(frag(html).querySelector(".katex"), "math rendered after load");
    const again = renderMarkdownSync("Euler: $e^{i\\pi}+1=0$");
    assertEqual(again.pendingMath, false, "sync render is complete once KaTeX is loaded");
    assert(frag(again.html).querySelector(".katex"), "sync render has KaTeX markup");
  });

  it("inserts the KaTeX stylesheet link exactly once, relative to the asset base", async () => {
    await renderMarkdown("$a$ and $$b$$");
    await renderLatex("c");
    const links = document.head.querySelectorAll<HTMLLinkElement>("link[data-brooklet-katex]");
    assertEqual(links.length, 1, "one stylesheet link");
    assertEqual(links[0]!.rel, "stylesheet", "rel=stylesheet");
    assert(links[0]!.href.endsWith("/katex/katex.min.css"), `href ends with katex/katex.min.css: ${links[0]!.href}`);

    const old = getAssetBase();
    try {
      setAssetBase("https://cdn.example.com/dist");
      assertEqual(getAssetBase(), "https://cdn.example.com/dist/", "base normalised with trailing slash");
      assertEqual(links[0]!.href, "https://cdn.example.com/dist/katex/katex.min.css", "existing link updated");
    } finally {
      setAssetBase(old);
    }
  });
});

describe("markdown: GFM", () => {
  it("renders tables with alignment", async () => {
    const el = await md("| a | b |\n|:--|:-:|\n| 1 | **2** |\n| 3 | 4 |");
    const table = el.querySelector("table");
    assert(table, "table rendered");
    assertEqual(table.querySelectorAll("thead th").length, 2, "two header cells");
    assertEqual(table.querySelectorAll("tbody tr").length, 2, "two body rows");
    assertEqual(table.querySelectorAll("th")[1]!.getAttribute("align"), "center", "alignment kept");
    assert(table.querySelector("td strong"), "inline markdown in cells");
  });

  it("renders strikethrough, task lists, autolinks and basic inline formatting", async () => {
    const el = await md("~~gone~~ *it* **b** `c`\n\n- [x] done\n- [ ] todo\n\nSee https://streamlit.io now");
    assertEqual(el.querySelector("del")?.textContent, "gone", "strikethrough");
    assert(el.querySelector("em") && el.querySelector("strong") && el.querySelector("code"), "em/strong/code");
    const boxes = el.querySelectorAll<HTMLInputElement>("li input[type=checkbox]");
    assertEqual(boxes.length, 2, "task list checkboxes");
    assert(boxes[0]!.checked && !boxes[1]!.checked, "checked state");
    assert(boxes[0]!.disabled, "checkboxes are disabled");
    const a = el.querySelector("a");
    assertEqual(a?.getAttribute("href"), "https://streamlit.io", "autolink");
  });

  it("opens links in a new tab, but not in-page anchors", async () => {
    const el = await md("[ext](https://example.com) [anchor](#section-1)");
    const [ext, anchor] = Array.from(el.querySelectorAll("a"));
    assertEqual(ext!.getAttribute("target"), "_blank", "external link target");
    assertEqual(ext!.getAttribute("rel"), "noopener noreferrer", "external link rel");
    assertEqual(anchor!.getAttribute("target"), null, "anchor link stays in page");
  });

  it("gives headings slug ids, even ones DOMPurify would treat as clobbering", async () => {
    const el = await md("# Hello, World!\n\n## Title\n\n### Some `code` here");
    assertEqual(el.querySelector("h1")?.id, "hello-world", "h1 id");
    assertEqual(el.querySelector("h2")?.id, "title", "h2 id 'title' kept");
    assertEqual(el.querySelector("h3")?.id, "some-code-here", "h3 id from plain text");
  });

  it("applies Streamlit's typographic replacements outside code and link text", async () => {
    const el = await md("a -> b <- c <-> d -- e >= f <= g ~= h `x -> y` [go ->](https://x.org)");
    const p = el.querySelector("p")!;
    assert(p.textContent!.startsWith("a → b ← c ↔ d — e ≥ f ≤ g ≈ h"), `replaced: ${p.textContent}`);
    assertEqual(el.querySelector("code")?.textContent, "x -> y", "code untouched");
    assertEqual(el.querySelector("a")?.textContent, "go ->", "link text untouched");
  });
});

describe("markdown: emoji and directives", () => {
  it("replaces emoji shortcodes, but not inside code", async () => {
    const el = await md(":smile: :+1: :not_an_emoji_xyz: `:smile:`\n\n```\n:smile:\n```");
    const p = el.querySelector("p")!;
    assert(p.textContent!.includes("😄"), "smile");
    assert(p.textContent!.includes("👍"), "+1");
    assert(p.textContent!.includes(":not_an_emoji_xyz:"), "unknown shortcode left alone");
    assertEqual(p.querySelector("code")?.textContent, ":smile:", "inline code untouched");
    assertEqual(el.querySelector("pre code")?.textContent, ":smile:\n", "code block untouched");
  });

  it("renders colored text, backgrounds, badges and small text with nested markdown", async () => {
    const el = await md(
      ":red[**bold** red] :blue-background[hi] :grey[g] :rainbow[r] :primary[p] :green-badge[ok] :small[tiny] :violet[see [link](https://a.b)]",
    );
    const red = el.querySelector("span.st-md-color-red");
    assert(red, "red span");
    assertEqual(red.querySelector("strong")?.textContent, "bold", "nested bold");
    assertEqual(el.querySelector("span.st-md-bg-blue")?.textContent, "hi", "background");
    assertEqual(el.querySelector("span.st-md-color-gray")?.textContent, "g", "grey → gray");
    assert(el.querySelector("span.st-md-color-rainbow"), "rainbow");
    assert(el.querySelector("span.st-md-color-primary"), "primary");
    const badge = el.querySelector("span.st-md-badge");
    assert(badge?.classList.contains("st-md-badge-green"), "badge");
    assertEqual(el.querySelector("span.st-md-small")?.textContent, "tiny", "small");
    assertEqual(el.querySelector("span.st-md-color-violet a")?.getAttribute("href"), "https://a.b", "nested link");
  });

  it("keeps unknown directives literal", async () => {
    const el = await md("test :foo test:test : and :pink[x]");
    assertEqual(el.textContent!.trim(), "test :foo test:test : and :pink[x]", "unchanged");
  });

  it("renders material icons and the Streamlit logo", async () => {
    const el = await md(":material/thumb_up: Like :streamlit:");
    const icon = el.querySelector("span.st-md-material-icon");
    assert(icon, "icon span");
    assertEqual(icon.getAttribute("data-icon"), "thumb_up", "data-icon");
    assertEqual(icon.textContent, "thumb_up", "icon ligature text");
    const logo = el.querySelector("img.st-md-streamlit-logo");
    assertEqual(logo?.getAttribute("alt"), "Streamlit logo", "logo");
  });
});

describe("markdown: math", () => {
  it("renders inline and display math with KaTeX", async () => {
    const el = await md("Inline $x^2$ here.\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\nAnd $$a+b$$ too.");
    const katexEls = el.querySelectorAll(".katex");
    assert(katexEls.length >= 3, `three formulas rendered, got ${katexEls.length}`);
    assert(el.querySelector("p .katex:not(.katex-display .katex)"), "inline math inside paragraph");
    assert(el.querySelectorAll(".katex-display").length >= 2, "display math");
    assert(el.querySelector(".katex-html"), "KaTeX HTML output survives sanitising");
    assertEqual(
      el.querySelector("annotation")?.textContent,
      "x^2",
      "KaTeX MathML annotation (TeX source) survives sanitising",
    );
    assert(el.querySelector(".katex-html [style]"), "KaTeX inline styles survive sanitising");
  });

  it("does not treat dollar amounts as math", async () => {
    for (const src of ["It costs $5 and $10.", "Between $5-$10 each", "$ 5 + 10 $", "Pay US$5/$6 now"]) {
      const el = await md(src);
      assert(!el.querySelector(".katex, .st-md-math-pending"), `no math in ${JSON.stringify(src)}`);
      assertEqual(el.textContent!.trim(), src, "text unchanged");
    }
    const mixed = await md("I paid $5 for $x$ today");
    assertEqual(mixed.querySelectorAll(".katex").length, 1, "only the real formula");
    assert(mixed.textContent!.startsWith("I paid $5 for "), "prose dollar kept");
  });

  it("supports escaped dollars and leaves math in code alone", async () => {
    const el = await md("\\$5 and \\$6 `$x$`\n\n```\n$$y$$\n```");
    assert(!el.querySelector(".katex"), "no math");
    assert(el.querySelector("p")!.textContent!.startsWith("$5 and $6"), "escaped dollars literal");
    assertEqual(el.querySelector("p code")?.textContent, "$x$", "code span untouched");
    assertEqual(el.querySelector("pre code")?.textContent, "$$y$$\n", "code block untouched");
  });

  it("does not let emphasis delimiters inside math break formatting", async () => {
    const el = await md("*a $x*y$ b* and $a_1 + b_2$ _c_");
    const em = el.querySelector("em");
    assert(em?.querySelector(".katex"), "math inside emphasis");
    assertEqual(el.querySelectorAll(".katex").length, 2, "two formulas");
  });

  it("renders KaTeX errors as red source text", async () => {
    const el = await md("Bad: $\\frac{1}{$");
    const err = el.querySelector(".katex-error") as HTMLElement | null;
    assert(err, "katex-error span");
    assert(err.textContent!.includes("\\frac{1}{"), "shows source");
    assert(err.getAttribute("style")?.includes("color"), "coloured");
  });

  it("renderLatex renders display math", async () => {
    const el = frag(await renderLatex("a + ar + a r^2 + \\cdots + a r^{n-1} = \\sum_{k=0}^{n-1} ar^k"));
    assert(el.querySelector(".katex-display .katex"), "display mode KaTeX");
  });
});

describe("markdown: HTML and sanitising", () => {
  afterEach(() => {
    delete window.__mdPwned;
  });

  it("escapes raw HTML by default", async () => {
    const el = await md("Hello <b>x</b>\n\n<div onclick=\"window.__mdPwned=1\">block</div>\n\n<style>p{color:red}</style>");
    assert(!el.querySelector("b, div, style"), "no raw elements");
    assert(el.textContent!.includes("<b>x</b>"), "inline HTML shown literally");
    assert(el.textContent!.includes("<div onclick="), "block HTML shown literally");
    assert(el.textContent!.includes("<style>"), "style shown literally");
  });

  it("keeps safe HTML (and <style>) with allowHtml", async () => {
    const el = await md('<style>.my-x{color:red}</style>\n\n<div class="my-x">hi <b>bold</b></div>\n\n**md** too', {
      allowHtml: true,
    });
    assertEqual(el.querySelector("style")?.textContent, ".my-x{color:red}", "style tag kept");
    assertEqual(el.querySelector("div.my-x b")?.textContent, "bold", "HTML kept");
    assert(el.querySelector("strong"), "markdown still rendered");
    const noStyle = await md("<style>.x{}</style>", { allowHtml: false });
    assert(!noStyle.querySelector("style"), "no style without allowHtml");
  });

  it("strips scripts and event handlers with allowHtml, and nothing runs once inserted", async () => {
    const src = [
      "<script>window.__mdPwned = 1</script>",
      "",
      '<img src="x" onerror="window.__mdPwned = 2">',
      "",
      'Text <b onclick="window.__mdPwned = 3" onmouseover="window.__mdPwned = 4">b</b>',
      "",
      '<svg><script>window.__mdPwned = 5</script><animate onbegin="window.__mdPwned = 6" attributeName="x" dur="1s"/></svg>',
      "",
      '<iframe src="javascript:window.parent.__mdPwned = 7"></iframe>',
      "",
      '<details open ontoggle="window.__mdPwned = 8">x</details>',
    ].join("\n");
    const html = await renderMarkdown(src, { allowHtml: true });
    assert(!/<script/i.test(html), "no script tags");
    assert(!/\son[a-z]+\s*=/i.test(html), `no event handler attributes: ${html}`);
    assert(!/javascript:/i.test(html), "no javascript: URLs");

    const host = document.createElement("div");
    host.className = "stMarkdownContainer";
    host.innerHTML = html;
    document.body.appendChild(host);
    try {
      const img = host.querySelector("img");
      assert(img, "img kept");
      assert(!img.hasAttribute("onerror"), "onerror removed");
      host.querySelector("b")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      host.querySelector("b")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      await sleep(300); // let the broken image fire its error event, details toggle, etc.
      assertEqual(window.__mdPwned, undefined, "no injected handler ran");
    } finally {
      host.remove();
    }
  });

  it("removes javascript: links (markdown and HTML)", async () => {
    const el = await md("[click](javascript:alert(1)) [x](JaVaScRiPt:window.__mdPwned=1)");
    for (const a of Array.from(el.querySelectorAll("a"))) {
      assert(!/javascript/i.test(a.getAttribute("href") ?? ""), "markdown javascript: href removed");
    }
    const el2 = await md('<a href="javascript:window.__mdPwned=1">y</a> ![i](javascript:alert(1))', { allowHtml: true });
    for (const n of Array.from(el2.querySelectorAll("[href], [src]"))) {
      assert(!/javascript/i.test(n.getAttribute("href") ?? n.getAttribute("src") ?? ""), "HTML javascript: removed");
    }
    assert(el2.textContent!.includes("y"), "link text kept");
  });

  it("respects an explicit target on raw HTML links", async () => {
    const el = await md("<a href='?p=page' target='_self'>Page</a>", { allowHtml: true });
    assertEqual(el.querySelector("a")?.getAttribute("target"), "_self", "target kept");
  });
});

describe("markdown: inline mode (labels)", () => {
  it("unwraps headings, lists, blockquotes, tables, rules and drops images", async () => {
    const cases: Array<[string, string]> = [
      ["# Heading 1", "Heading 1"],
      ["### Heading 3", "Heading 3"],
      ["- List Item 1\n- List Item 2", "List Item 1 List Item 2"],
      ["- a\n  - nested\n- b", "a nested b"],
      ["1. List Item 1", "List Item 1"],
      ["- [ ] Task List Item 1", "Task List Item 1"],
      ["> Blockquote", "Blockquote"],
      ["---\n\nHorizontal rule", "Horizontal rule"],
      ["| Syntax | Description |\n| --- | --- |\n| Header | Title |", "Syntax Description Header Title"],
      ["Look ![alt](https://x.org/a.png) here", "Look  here"],
      ["```\ncode\n```", "code"],
    ];
    for (const [src, text] of cases) {
      const el = await md(src, { inline: true });
      assert(
        !el.querySelector("h1,h2,h3,h4,h5,h6,ul,ol,li,blockquote,table,tr,td,th,hr,img,pre,p,input"),
        `no block elements for ${JSON.stringify(src)}: ${el.innerHTML}`,
      );
      assertEqual(el.textContent, text, `text for ${JSON.stringify(src)}`);
    }
  });

  it("keeps inline formatting, links, math, emoji and colors", async () => {
    const el = await md("**b** *i* ~~s~~ `c` [l](https://x.org) $x$ :smile: :red[r] :material/home:", { inline: true });
    assert(el.querySelector("strong") && el.querySelector("em") && el.querySelector("del") && el.querySelector("code"), "formatting");
    assertEqual(el.querySelector("a")?.getAttribute("target"), "_blank", "link");
    assert(el.querySelector(".katex") && !el.querySelector(".katex-display"), "inline math");
    assert(el.textContent!.includes("😄"), "emoji");
    assert(el.querySelector(".st-md-color-red"), "color");
    assert(el.querySelector(".st-md-material-icon"), "icon");
    assert(!el.querySelector("p"), "paragraph unwrapped");
  });

  it("renders display math inline in labels and escapes HTML", async () => {
    const el = await md("$$x$$ <b>y</b>", { inline: true });
    assert(el.querySelector(".katex") && !el.querySelector(".katex-display"), "no display math in labels");
    assert(!el.querySelector("b") && el.textContent!.includes("<b>y</b>"), "HTML escaped");
  });
});

describe("markdown: slugify", () => {
  it("matches Streamlit's anchor slugs", () => {
    const cases: Array<[string, string]> = [
      ["UPPERCASE", "uppercase"],
      ["some header", "some-header"],
      ["some -24$35-9824  header", "some-24-35-9824-header"],
      ["blah___blah___blah", "blah-blah-blah"],
      ["header!@#$%^&*()", "header-and"],
      ["  spaces  everywhere  ", "spaces-everywhere"],
      ["multiple---dashes", "multiple-dashes"],
      ["dots...and,commas", "dots-and-commas"],
      ["emoji 👋 test", "emoji-test"],
      ["mixed_case_UPPER", "mixed-case-upper"],
      ["Présentation", "presentation"],
      ["Hello, World!", "hello-world"],
      ["", ""],
      ["---", ""],
    ];
    for (const [input, expected] of cases) assertEqual(slugify(input), expected, `slugify(${JSON.stringify(input)})`);
  });
});

describe("markdown: CSS", () => {
  it("exports the palette and container styles", () => {
    for (const needle of ["#ff4b4b", "#ffa421", "#21c354", "#1c83e1", "#803df5", "#808495", ".stMarkdownContainer", ".st-md-color-rainbow", ".st-md-bg-blue", ".st-md-badge"]) {
      assert(markdownCss.includes(needle), `css contains ${needle}`);
    }
  });
});
