/**
 * Document-level CSS (light theme) for HTML produced by `./markdown.ts`.
 *
 * Components render in light DOM, so this text is meant to be injected once
 * into the document (e.g. a `<style>` element or an adopted stylesheet).
 * Markdown output is expected inside an element with class
 * `stMarkdownContainer`; the `st-md-*` directive classes are also styled
 * outside such a container so that widget labels (inline mode) can use them.
 *
 * Theme hooks: `--st-primary-color` (for `:primary[…]`), `--st-text-color`,
 * `--st-link-color`, `--st-code-bg`, `--st-code-color`, `--st-font`,
 * `--st-code-font`.
 */
export const markdownCss = `
.stMarkdownContainer {
  font-family: var(--st-font, "Source Sans Pro", "Source Sans 3", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif);
  font-size: 1rem;
  line-height: 1.6;
  color: var(--st-text-color, rgb(49, 51, 63));
  overflow-wrap: break-word;
}
.stMarkdownContainer > :first-child { margin-top: 0; }
.stMarkdownContainer > :last-child { margin-bottom: 0; }
.stMarkdownContainer p { margin: 0 0 1rem; }
.stMarkdownContainer h1,
.stMarkdownContainer h2,
.stMarkdownContainer h3,
.stMarkdownContainer h4,
.stMarkdownContainer h5,
.stMarkdownContainer h6 {
  font-family: inherit;
  color: inherit;
  line-height: 1.2;
  margin: 0;
  scroll-margin-top: 3.75rem;
}
.stMarkdownContainer h1 { font-size: 2.75rem; font-weight: 700; padding: 1.25rem 0 1rem; }
.stMarkdownContainer h2 { font-size: 2.25rem; font-weight: 600; padding: 1rem 0; }
.stMarkdownContainer h3 { font-size: 1.75rem; font-weight: 600; padding: 0.5rem 0 1rem; }
.stMarkdownContainer h4 { font-size: 1.5rem; font-weight: 600; padding: 0.75rem 0 1rem; }
.stMarkdownContainer h5 { font-size: 1.25rem; font-weight: 600; padding: 0 0 1rem; }
.stMarkdownContainer h6 { font-size: 1rem; font-weight: 600; padding: 0 0 1rem; }
.stMarkdownContainer a { color: var(--st-link-color, #0068c9); text-decoration: underline; }
.stMarkdownContainer a:hover { color: var(--st-link-hover-color, #0054a3); }
.stMarkdownContainer strong { font-weight: 600; }
.stMarkdownContainer ul,
.stMarkdownContainer ol { margin: 0 0 1rem; padding-left: 1.5em; }
.stMarkdownContainer li { margin: 0.2em 0; }
.stMarkdownContainer li > p { margin: 0; }
.stMarkdownContainer li > ul,
.stMarkdownContainer li > ol { margin: 0; }
.stMarkdownContainer li:has(> input[type="checkbox"]:first-child),
.stMarkdownContainer li:has(> p:first-child > input[type="checkbox"]:first-child) { list-style: none; margin-left: -1.25em; }
.stMarkdownContainer input[type="checkbox"] { margin: 0 0.4em 0 0; vertical-align: middle; }
.stMarkdownContainer code {
  font-family: var(--st-code-font, "Source Code Pro", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  font-size: 0.75em;
  padding: 0.2em 0.4em;
  border-radius: 0.25rem;
  background: var(--st-code-bg, rgb(240, 242, 246));
  color: var(--st-code-color, rgb(9, 171, 59));
  overflow-wrap: break-word;
}
.stMarkdownContainer pre {
  margin: 0 0 1rem;
  padding: 1rem;
  border-radius: 0.5rem;
  background: var(--st-code-bg, rgb(240, 242, 246));
  overflow-x: auto;
  line-height: 1.45;
}
.stMarkdownContainer pre code {
  font-size: 0.875rem;
  padding: 0;
  background: transparent;
  color: var(--st-text-color, rgb(49, 51, 63));
  white-space: pre;
  overflow-wrap: normal;
}
.stMarkdownContainer blockquote {
  margin: 0 0 1rem;
  padding: 0 0 0 1rem;
  border-left: 0.25rem solid rgba(49, 51, 63, 0.2);
  color: inherit;
}
.stMarkdownContainer blockquote > :last-child { margin-bottom: 0; }
.stMarkdownContainer hr {
  margin: 2rem 0;
  border: none;
  border-bottom: 1px solid rgba(49, 51, 63, 0.2);
}
.stMarkdownContainer table {
  margin: 0 0 1rem;
  border-collapse: collapse;
  border-spacing: 0;
  font-size: 0.875rem;
  display: block;
  max-width: 100%;
  overflow-x: auto;
}
.stMarkdownContainer th,
.stMarkdownContainer td {
  padding: 0.25rem 0.375rem;
  border: 1px solid rgba(49, 51, 63, 0.1);
  vertical-align: top;
}
.stMarkdownContainer th { font-weight: 600; text-align: inherit; }
.stMarkdownContainer th[align="center"], .stMarkdownContainer td[align="center"] { text-align: center; }
.stMarkdownContainer th[align="right"], .stMarkdownContainer td[align="right"] { text-align: right; }
.stMarkdownContainer img { max-width: 100%; }
.stMarkdownContainer .katex { font-size: 1.1em; }
.stMarkdownContainer .katex-display { margin: 0 0 1rem; overflow-x: auto; overflow-y: hidden; padding: 0.25em 0; }

/* Math shown while KaTeX is still loading. */
.st-md-math-pending {
  font-family: var(--st-code-font, "Source Code Pro", ui-monospace, monospace);
  font-size: 0.875em;
  opacity: 0.7;
}
.st-md-math-pending[data-display="true"] { display: block; text-align: center; margin: 0 0 1rem; }

/* :color[text] */
.st-md-color-red { color: #ff4b4b; }
.st-md-color-orange { color: #ffa421; }
.st-md-color-yellow { color: #faca2b; }
.st-md-color-green { color: #21c354; }
.st-md-color-blue { color: #1c83e1; }
.st-md-color-violet { color: #803df5; }
.st-md-color-gray { color: #808495; }
.st-md-color-primary { color: var(--st-primary-color, #ff4b4b); }
.st-md-color-rainbow {
  background-image: linear-gradient(to right, #ff4b4b, #ffa421, #faca2b, #21c354, #1c83e1, #803df5);
  -webkit-background-clip: text;
  background-clip: text;
  -webkit-text-fill-color: transparent;
  color: transparent;
}

/* :color-background[text] */
.st-md-bg-red, .st-md-bg-orange, .st-md-bg-yellow, .st-md-bg-green, .st-md-bg-blue,
.st-md-bg-violet, .st-md-bg-gray, .st-md-bg-primary, .st-md-bg-rainbow {
  padding: 0.0625em 0.2em;
  border-radius: 0.375rem;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
.st-md-bg-red { background-color: rgba(255, 75, 75, 0.1); }
.st-md-bg-orange { background-color: rgba(255, 164, 33, 0.1); }
.st-md-bg-yellow { background-color: rgba(250, 202, 43, 0.1); }
.st-md-bg-green { background-color: rgba(33, 195, 84, 0.1); }
.st-md-bg-blue { background-color: rgba(28, 131, 225, 0.1); }
.st-md-bg-violet { background-color: rgba(128, 61, 245, 0.1); }
.st-md-bg-gray { background-color: rgba(128, 132, 149, 0.1); }
.st-md-bg-primary { background-color: color-mix(in srgb, var(--st-primary-color, #ff4b4b) 10%, transparent); }
.st-md-bg-rainbow {
  background-image: linear-gradient(to right,
    rgba(255, 75, 75, 0.1), rgba(255, 164, 33, 0.1), rgba(250, 202, 43, 0.1),
    rgba(33, 195, 84, 0.1), rgba(28, 131, 225, 0.1), rgba(128, 61, 245, 0.1));
}

/* :color-badge[text] */
.st-md-badge {
  display: inline-flex;
  align-items: center;
  gap: 0.25em;
  padding: 0 0.4em;
  border-radius: 0.5rem;
  font-size: 0.875em;
  line-height: 1.6;
  white-space: nowrap;
  vertical-align: baseline;
}
.st-md-badge-red { background-color: rgba(255, 75, 75, 0.1); color: #bd4043; }
.st-md-badge-orange { background-color: rgba(255, 164, 33, 0.1); color: #e2660c; }
.st-md-badge-yellow { background-color: rgba(250, 202, 43, 0.1); color: #926c05; }
.st-md-badge-green { background-color: rgba(33, 195, 84, 0.1); color: #158237; }
.st-md-badge-blue { background-color: rgba(28, 131, 225, 0.1); color: #0054a3; }
.st-md-badge-violet { background-color: rgba(128, 61, 245, 0.1); color: #583f84; }
.st-md-badge-gray { background-color: rgba(128, 132, 149, 0.1); color: #555867; }
.st-md-badge-primary {
  background-color: color-mix(in srgb, var(--st-primary-color, #ff4b4b) 10%, transparent);
  color: var(--st-primary-color, #ff4b4b);
}
.st-md-badge-rainbow {
  background-image: linear-gradient(to right,
    rgba(255, 75, 75, 0.12), rgba(255, 164, 33, 0.12), rgba(33, 195, 84, 0.12),
    rgba(28, 131, 225, 0.12), rgba(128, 61, 245, 0.12));
}

/* :small[text] */
.st-md-small { font-size: 0.875em; }

/* :material/icon_name: — shows the icon name when the Material Symbols font is unavailable. */
.st-md-material-icon {
  font-family: "Material Symbols Rounded", "Material Symbols Outlined", "Material Icons", sans-serif;
  font-weight: normal;
  font-style: normal;
  font-size: 1.25em;
  line-height: 1;
  letter-spacing: normal;
  text-transform: none;
  white-space: nowrap;
  word-wrap: normal;
  direction: ltr;
  display: inline-block;
  vertical-align: bottom;
  font-feature-settings: "liga";
  -webkit-font-smoothing: antialiased;
  user-select: none;
}

/* :streamlit: */
.st-md-streamlit-logo {
  display: inline-block;
  height: 0.75em;
  width: auto;
  vertical-align: baseline;
  user-select: none;
}
`;
