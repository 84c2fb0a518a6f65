/**
 * Streamlit-flavoured Markdown → sanitised HTML.
 *
 * Mirrors what `st.markdown` (and widget labels, captions, tooltips, …) render
 * in Streamlit's React frontend:
 *
 *  - GitHub-flavoured Markdown (tables, strikethrough, task lists, autolinks)
 *    via `marked`. External links open in a new tab.
 *  - Headings get an `id` anchor computed by {@link slugify}.
 *  - `$inline$` / `$$display$$` math rendered with KaTeX. KaTeX is loaded
 *    lazily with a dynamic `import("katex")` only when a text actually contains
 *    math, so bundlers put it in its own chunk. Its stylesheet is added to
 *    `document.head` the first time it loads (see {@link setAssetBase}).
 *  - Emoji shortcodes (`:smile:`, `:+1:`), `:streamlit:`, Material icons
 *    (`:material/icon_name:`), coloured text / backgrounds / badges
 *    (`:red[x]`, `:red-background[x]`, `:red-badge[x]`), `:small[x]`, and the
 *    typographic replacements `<- -> <-> -- >= <= ~=` → `← → ↔ — ≥ ≤ ≈`.
 *  - Raw HTML is shown escaped unless `allowHtml` (unsafe_allow_html) is set;
 *    the final HTML ALWAYS goes through DOMPurify (no scripts, no event
 *    handler attributes, no `javascript:` URLs — even with `allowHtml`).
 *
 * The returned strings are meant for light-DOM insertion (e.g. Lit's
 * `unsafeHTML`) inside an element with class `stMarkdownContainer`; the
 * matching styles live in `./markdown.css.ts`.
 */

import { assetUrl, setAssetBase as setBase } from "./assets.js";
export { getAssetBase } from "./assets.js";
import { Marked, type MarkedExtension, type Token, type Tokens } from "marked";
import DOMPurify, { type Config as PurifyConfig, type DOMPurify as Purifier } from "dompurify";
import { nameToEmoji } from "gemoji";

type Katex = typeof import("katex").default;

export interface MarkdownOptions {
  /** Render raw HTML in the source (st.markdown unsafe_allow_html=True). Default false: HTML is shown escaped as text. */
  allowHtml?: boolean;
  /** Inline subset only (for widget labels): no block elements (no headings, lists, tables, code blocks, blockquotes, images; paragraphs unwrapped). */
  inline?: boolean;
}

export interface MarkdownSyncResult {
  html: string;
  /**
   * True when the text contains math but KaTeX was not loaded yet: the math is
   * rendered as `<span class="st-md-math-pending">` placeholders showing the
   * TeX source. Call {@link renderMarkdown} (which waits for KaTeX) to get the
   * final HTML. Loading KaTeX has already been started in the background.
   */
  pendingMath: boolean;
}

// ---------------------------------------------------------------------------
// Asset base / KaTeX loading
// ---------------------------------------------------------------------------

const KATEX_CSS_PATH = "katex/katex.min.css";
const KATEX_LINK_ATTR = "data-brooklet-katex";

function katexCssHref(): string {
  return assetUrl(KATEX_CSS_PATH).href;
}

function ensureKatexCss(): void {
  if (typeof document === "undefined" || !document.head) return;
  if (document.head.querySelector(`link[${KATEX_LINK_ATTR}]`)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = katexCssHref();
  link.setAttribute(KATEX_LINK_ATTR, "");
  document.head.appendChild(link);
}

let katex: Katex | null = null;
let katexLoading: Promise<Katex> | null = null;

/**
 * Load KaTeX (dynamic import → separate chunk) and insert its stylesheet.
 * Safe to call repeatedly; a failed load can be retried.
 */
export function loadKatex(): Promise<void> {
  if (katex) return Promise.resolve();
  katexLoading ??= import("katex").then(
    (mod) => {
      const k = ((mod as { default?: Katex }).default ?? mod) as Katex;
      katex = k;
      ensureKatexCss();
      return k;
    },
    (err: unknown) => {
      katexLoading = null;
      throw err;
    },
  );
  return katexLoading.then(() => undefined);
}

/** Whether KaTeX is loaded (so {@link renderMarkdownSync} renders math fully). */
export function isKatexLoaded(): boolean {
  return katex !== null;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Slug used for heading anchors, matching Streamlit's `createAnchorFromText`:
 * lower-case; runs of anything that is not a letter or digit (spaces,
 * punctuation, `_`, emoji…) become a single `-`; leading/trailing dashes are
 * dropped. Latin diacritics are stripped (`Présentation` → `presentation`),
 * `&` reads as "and", and camelCase is split (`someHeader` → `some-header`)
 * like `@sindresorhus/slugify`, which Streamlit uses. Returns "" when nothing
 * is left (Streamlit falls back to a hash there; we emit no id).
 */
export function slugify(text: string): string {
  return String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/&/g, " and ")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join("-");
}

// ---------------------------------------------------------------------------
// Math scanning (shared by the tokenizers and the em/strong mask)
// ---------------------------------------------------------------------------

interface MathMatch {
  end: number;
  tex: string;
  display: boolean;
}

const WS = /\s/;
const DIGIT = /[0-9]/;

/**
 * Match inline math starting at `src[i] === "$"`.
 *  - `$$…$$` → display math (non-empty).
 *  - `$…$`   → inline math: the opening `$` must be followed by a non-space,
 *    and the FIRST following unescaped `$` closes it; it must be preceded by a
 *    non-space and not followed by a digit, otherwise there is no math here
 *    (so "costs $5 and $10" stays prose). Backslash escapes are skipped.
 */
function matchMath(src: string, i: number): MathMatch | null {
  if (src.charCodeAt(i) !== 36 /* $ */) return null;
  if (src.charCodeAt(i + 1) === 36) {
    for (let j = i + 2; j < src.length; j++) {
      const c = src[j];
      if (c === "\\") {
        j++;
        continue;
      }
      if (c === "$" && src[j + 1] === "$") {
        const tex = src.slice(i + 2, j);
        return tex.trim() ? { end: j + 2, tex, display: true } : null;
      }
    }
    return null;
  }
  const first = src[i + 1];
  if (first === undefined || WS.test(first)) return null;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (c === "$") {
      const prev = src[j - 1] ?? "";
      const next = src[j + 1];
      if (WS.test(prev) || (next !== undefined && DIGIT.test(next))) return null;
      return { end: j + 1, tex: src.slice(i + 1, j), display: false };
    }
  }
  return null;
}

/** Replace em/strong/del delimiters inside math spans so marked ignores them. */
function maskMath(src: string): string {
  if (!src.includes("$")) return src;
  let out = "";
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "`") {
      // skip code spans: run of n backticks … matching run of n backticks
      let n = 1;
      while (src[i + n] === "`") n++;
      const fence = "`".repeat(n);
      let k = src.indexOf(fence, i + n);
      while (k !== -1 && src[k + n] === "`") {
        let m = k;
        while (src[m] === "`") m++;
        k = src.indexOf(fence, m);
      }
      i = k === -1 ? i + n - 1 : k + n - 1;
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "$") {
      const m = matchMath(src, i);
      if (m) {
        out += src.slice(last, i) + src.slice(i, m.end).replace(/[*_~]/g, "a");
        last = m.end;
        i = m.end - 1;
      }
    }
  }
  return out + src.slice(last);
}

const BLOCK_MATH_RE = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/;

function blockMathStart(src: string): number | undefined {
  if (!src.includes("$$")) return undefined;
  const re = /(^|\n)( {0,3}\$\$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const idx = m.index + m[1]!.length;
    if (BLOCK_MATH_RE.test(src.slice(idx))) return idx;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Per-render state (marked parsing is synchronous, so a module variable works)
// ---------------------------------------------------------------------------

interface RenderState {
  pendingMath: boolean;
  inline: boolean;
}

let state: RenderState = { pendingMath: false, inline: false };

function renderTex(tex: string, display: boolean): string {
  if (state.inline) display = false;
  if (!katex) {
    state.pendingMath = true;
    const delim = display ? "$$" : "$";
    return `<span class="st-md-math-pending" data-display="${display}">${escapeHtml(delim + tex + delim)}</span>`;
  }
  ensureKatexCss();
  try {
    return katex.renderToString(tex, {
      displayMode: display,
      throwOnError: false,
      strict: "ignore",
      trust: false,
      output: "htmlAndMathml",
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return `<span class="katex-error" style="color:#cc0000" title="${escapeHtml(msg)}">${escapeHtml(tex)}</span>`;
  }
}

// ---------------------------------------------------------------------------
// marked extensions
// ---------------------------------------------------------------------------

const COLORS = new Set(["blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow", "primary", "yellow"]);

/** Index of the `]` closing the `[` at `open`, honouring nesting, escapes and code spans. */
function findClosingBracket(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
    } else if (c === "`") {
      let n = 1;
      while (src[i + n] === "`") n++;
      const k = src.indexOf("`".repeat(n), i + n);
      i = k === -1 ? i + n - 1 : k + n - 1;
    } else if (c === "[") {
      depth++;
    } else if (c === "]") {
      depth--;
      if (depth === 0) return i;
    } else if (c === "\n" && src[i + 1] === "\n") {
      return -1;
    }
  }
  return -1;
}

const STREAMLIT_LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60">' +
  '<path fill="#FF4B4B" d="M50 8 4 44l46-12z"/>' +
  '<path fill="#7D353B" d="M50 8l46 36-46-12z"/>' +
  '<path fill="#BD4043" d="M4 44l46-12 46 12-46 12z"/></svg>';
const STREAMLIT_LOGO_SRC = "data:image/svg+xml," + encodeURIComponent(STREAMLIT_LOGO_SVG);

interface DirectiveToken extends Tokens.Generic {
  type: "stDirective";
  kind: "color" | "background" | "badge" | "small";
  color: string;
  tokens: Token[];
}

const colonStart = (src: string): number | undefined => {
  const i = src.indexOf(":");
  return i === -1 ? undefined : i;
};

const TYPO: Record<string, string> = {
  "<->": "↔",
  "<-": "←",
  "->": "→",
  "--": "—",
  ">=": "≥",
  "<=": "≤",
  "~=": "≈",
};
const TYPO_RE = /^(?:<->|<-|->|--|>=|<=|~=)/;
const TYPO_SEARCH = /<->|<-|->|--|>=|<=|~=/;

function plainText(tokens: Token[] | undefined): string {
  if (!tokens) return "";
  let out = "";
  for (const t of tokens) {
    const tok = t as Tokens.Generic;
    if (tok.type === "stMath") out += tok.text as string;
    else if (tok.type === "stEmoji" || tok.type === "stTypo") out += tok.text as string;
    else if (tok.type === "stIcon" || tok.type === "stLogo" || tok.type === "image" || tok.type === "checkbox") continue;
    else if (Array.isArray(tok.tokens) && tok.tokens.length) out += plainText(tok.tokens as Token[]);
    else if (tok.type === "escape" || tok.type === "codespan" || tok.type === "text") out += decodeEntities(String(tok.text ?? ""));
    else if (typeof tok.text === "string") out += tok.text;
  }
  return out;
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (m, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "#39" ? "'" : m,
  );
}

function extensions(): MarkedExtension["extensions"] {
  return [
    {
      name: "stMathBlock",
      level: "block",
      start: blockMathStart,
      tokenizer(src) {
        const m = BLOCK_MATH_RE.exec(src);
        if (!m || !m[1]!.trim()) return undefined;
        return { type: "stMathBlock", raw: m[0], text: m[1]!.trim() };
      },
      renderer(token) {
        return renderTex(token.text as string, true) + (state.inline ? " " : "\n");
      },
    },
    {
      name: "stMath",
      level: "inline",
      start(src) {
        const i = src.indexOf("$");
        return i === -1 ? undefined : i;
      },
      tokenizer(src) {
        const m = matchMath(src, 0);
        if (!m) return undefined;
        return { type: "stMath", raw: src.slice(0, m.end), text: m.tex, display: m.display };
      },
      renderer(token) {
        return renderTex(token.text as string, Boolean(token.display));
      },
    },
    {
      name: "stDirective",
      level: "inline",
      start: colonStart,
      tokenizer(src) {
        const m = /^:([a-z]+)(-background|-badge)?\[/.exec(src);
        if (!m) return undefined;
        const name = m[1]!;
        const suffix = m[2];
        let kind: DirectiveToken["kind"];
        if (name === "small" && !suffix) kind = "small";
        else if (COLORS.has(name)) kind = suffix === "-background" ? "background" : suffix === "-badge" ? "badge" : "color";
        else return undefined;
        const open = m[0].length - 1;
        const close = findClosingBracket(src, open);
        if (close === -1) return undefined;
        const inner = src.slice(open + 1, close);
        const token: DirectiveToken = {
          type: "stDirective",
          raw: src.slice(0, close + 1),
          kind,
          color: name === "grey" ? "gray" : name,
          tokens: this.lexer.inlineTokens(inner),
        };
        return token;
      },
      renderer(token) {
        const t = token as DirectiveToken;
        const inner = this.parser.parseInline(t.tokens);
        const cls =
          t.kind === "small"
            ? "st-md-small"
            : t.kind === "color"
              ? `st-md-color-${t.color}`
              : t.kind === "background"
                ? `st-md-bg-${t.color}`
                : `st-md-badge st-md-badge-${t.color}`;
        return `<span class="${cls}">${inner}</span>`;
      },
    },
    {
      name: "stIcon",
      level: "inline",
      start: colonStart,
      tokenizer(src) {
        const m = /^:material\/([a-z0-9_]+):/.exec(src);
        if (!m) return undefined;
        return { type: "stIcon", raw: m[0], text: m[1]! };
      },
      renderer(token) {
        const name = escapeHtml(token.text as string);
        return `<span class="st-md-material-icon" data-icon="${name}">${name}</span>`;
      },
    },
    {
      name: "stLogo",
      level: "inline",
      start: colonStart,
      tokenizer(src) {
        if (!src.startsWith(":streamlit:")) return undefined;
        return { type: "stLogo", raw: ":streamlit:" };
      },
      renderer() {
        return `<img class="st-md-streamlit-logo" src="${STREAMLIT_LOGO_SRC}" alt="Streamlit logo">`;
      },
    },
    {
      name: "stEmoji",
      level: "inline",
      start: colonStart,
      tokenizer(src) {
        const m = /^:([a-z0-9_+-]+):/.exec(src);
        if (!m || !Object.hasOwn(nameToEmoji, m[1]!)) return undefined;
        return { type: "stEmoji", raw: m[0], text: nameToEmoji[m[1]!]! };
      },
      renderer(token) {
        return escapeHtml(token.text as string);
      },
    },
    {
      name: "stTypo",
      level: "inline",
      start(src) {
        const m = TYPO_SEARCH.exec(src);
        return m ? m.index : undefined;
      },
      tokenizer(src) {
        if (this.lexer.state.inLink) return undefined;
        const m = TYPO_RE.exec(src);
        if (!m) return undefined;
        return { type: "stTypo", raw: m[0], text: TYPO[m[0]]! };
      },
      renderer(token) {
        return token.text as string;
      },
    },
  ];
}

function createMarked(inline: boolean, allowHtml: boolean): Marked {
  const html = ({ text, block }: Tokens.HTML | Tokens.Tag): string => {
    if (allowHtml) return text;
    if (block) {
      const t = text.replace(/\n+$/, "");
      return inline ? escapeHtml(t) + " " : `<p>${escapeHtml(t)}</p>\n`;
    }
    return escapeHtml(text);
  };

  const full: MarkedExtension = {
    renderer: {
      heading({ tokens, depth }) {
        const slug = slugify(plainText(tokens));
        const id = slug ? ` id="${escapeHtml(slug)}"` : "";
        return `<h${depth}${id}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      html,
    },
  };

  const sep = " ";
  const inlineOnly: MarkedExtension = {
    renderer: {
      heading({ tokens }) {
        return this.parser.parseInline(tokens) + sep;
      },
      paragraph({ tokens }) {
        return this.parser.parseInline(tokens) + sep;
      },
      code({ text }) {
        return escapeHtml(text) + sep;
      },
      blockquote({ tokens }) {
        return this.parser.parse(tokens);
      },
      list({ items }) {
        // Render each child block separately so nested lists don't run into the item text.
        const parts = items.flatMap((item) => item.tokens.map((t) => this.parser.parse([t]).trim()));
        return parts.filter(Boolean).join(sep) + sep;
      },
      table({ header, rows }) {
        const cells = [...header, ...rows.flat()];
        return cells.map((c) => this.parser.parseInline(c.tokens).trim()).join(sep) + sep;
      },
      hr() {
        return "";
      },
      space() {
        return "";
      },
      image() {
        return "";
      },
      checkbox() {
        return "";
      },
      html,
    },
  };

  return new Marked(
    {
      gfm: true,
      breaks: false,
      async: false,
      silent: false,
      extensions: extensions(),
      hooks: { emStrongMask: maskMath },
    },
    inline ? inlineOnly : full,
  );
}

const markedInstances = new Map<string, Marked>();

function getMarked(inline: boolean, allowHtml: boolean): Marked {
  const key = `${+inline}${+allowHtml}`;
  let m = markedInstances.get(key);
  if (!m) {
    m = createMarked(inline, allowHtml);
    markedInstances.set(key, m);
  }
  return m;
}

// ---------------------------------------------------------------------------
// Sanitising
// ---------------------------------------------------------------------------

const PURIFY_BASE: PurifyConfig = {
  // KaTeX's MathML branch uses <semantics>/<annotation encoding="application/x-tex">.
  ADD_TAGS: ["semantics", "annotation"],
  ADD_ATTR: ["target", "encoding"],
  RETURN_TRUSTED_TYPE: false,
};

const PURIFY_SAFE: PurifyConfig = {
  ...PURIFY_BASE,
  FORBID_TAGS: ["style"],
};

const PURIFY_HTML: PurifyConfig = {
  ...PURIFY_BASE,
  ADD_TAGS: [...(PURIFY_BASE.ADD_TAGS as string[]), "style"],
  // Keep leading <style> elements (otherwise the HTML parser moves them to <head> and they are dropped).
  FORCE_BODY: true,
};

/**
 * A private DOMPurify instance (our hooks never leak into other DOMPurify users) with `config`
 * set once: passing the config to each sanitize() call makes DOMPurify parse it again every
 * time, which dominated the rendering of many small elements.
 */
function createPurifier(config: PurifyConfig): Purifier {
  const p = DOMPurify(window);
  p.setConfig(config);
  p.addHook("uponSanitizeAttribute", (node, data) => {
    // DOMPurify drops ids that collide with document properties ("title",
    // "images", …). Heading anchors are plain slugs and can't clobber
    // anything meaningful, so keep them.
    if (data.attrName === "id" && /^H[1-6]$/.test(node.nodeName) && /^[\p{L}\p{N}_-]+$/u.test(data.attrValue)) {
      data.forceKeepAttr = true;
    }
  });
  p.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName !== "A") return;
    const href = node.getAttribute("href");
    if (href === null || href.startsWith("#")) return;
    if (!node.hasAttribute("target")) node.setAttribute("target", "_blank");
    if (node.getAttribute("target") === "_blank") node.setAttribute("rel", "noopener noreferrer");
  });
  return p;
}

const purifiers: { safe?: Purifier; html?: Purifier } = {};

function sanitize(html: string, allowHtml: boolean): string {
  const purifier = allowHtml ? (purifiers.html ??= createPurifier(PURIFY_HTML)) : (purifiers.safe ??= createPurifier(PURIFY_SAFE));
  return purifier.sanitize(html) as string;
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

const CACHE_MAX = 256;
const cache = new Map<string, string>();

function cacheGet(key: string): string | undefined {
  const v = cache.get(key);
  if (v !== undefined) {
    cache.delete(key);
    cache.set(key, v);
  }
  return v;
}

function cachePut(key: string, value: string): void {
  cache.set(key, value);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
}

/** Synchronous variant: math is left as placeholders if KaTeX is not loaded yet. */
export function renderMarkdownSync(source: string, options: MarkdownOptions = {}): MarkdownSyncResult {
  const inline = Boolean(options.inline);
  const allowHtml = Boolean(options.allowHtml);
  const text = source == null ? "" : String(source);
  const key = `${+inline}${+allowHtml}\u0000${text}`;
  const cached = cacheGet(key);
  if (cached !== undefined) return { html: cached, pendingMath: false };

  const prev = state;
  state = { pendingMath: false, inline };
  let raw: string;
  let pendingMath: boolean;
  try {
    raw = getMarked(inline, allowHtml).parse(text, { async: false });
  } catch (err) {
    console.error("[brooklet] markdown render failed", err);
    raw = inline ? escapeHtml(text) : `<p>${escapeHtml(text)}</p>`;
  } finally {
    pendingMath = state.pendingMath;
    state = prev;
  }
  if (inline) raw = raw.trim();
  const html = sanitize(raw, allowHtml);
  if (pendingMath) {
    loadKatex().catch(() => undefined);
  } else {
    cachePut(key, html);
  }
  return { html, pendingMath };
}

/** Render Streamlit-flavoured Markdown to sanitised HTML. Resolves after KaTeX is loaded when the text has math. */
export async function renderMarkdown(source: string, options: MarkdownOptions = {}): Promise<string> {
  const first = renderMarkdownSync(source, options);
  if (!first.pendingMath) return first.html;
  try {
    await loadKatex();
  } catch (err) {
    console.error("[brooklet] failed to load KaTeX", err);
    return first.html;
  }
  return renderMarkdownSync(source, options).html;
}

/** Renders a LaTeX string in display mode (st.latex). */
export async function renderLatex(tex: string): Promise<string> {
  await loadKatex();
  const prev = state;
  state = { pendingMath: false, inline: false };
  try {
    return sanitize(renderTex(String(tex ?? ""), true), false);
  } finally {
    state = prev;
  }
}

/** Move the asset base (see assets.ts); a KaTeX stylesheet already on the page follows. */
export function setAssetBase(url: string | URL): void {
  setBase(url);
  const link = document.head?.querySelector<HTMLLinkElement>(`link[${KATEX_LINK_ATTR}]`);
  if (link) link.href = katexCssHref();
}
