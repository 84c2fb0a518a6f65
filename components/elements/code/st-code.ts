import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { CodePayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** st.code and st.echo: a code block with optional line numbers and a copy button. */
@customElement("st-code")
export class StCode extends StElement<CodePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: CodePayload;

  @state() private copied = false;

  protected static override testId = "stCode";
  protected static override css = `
st-code { display: block; position: relative; }
st-code pre { margin: 0; padding: 1rem 2.75rem 1rem 1rem; background: var(--st-bg-secondary); border-radius: var(--st-radius); overflow-x: auto; font-family: var(--st-font-mono); font-size: 0.875rem; line-height: 1.5; }
st-code pre[data-wrap] { white-space: pre-wrap; overflow-wrap: anywhere; }
st-code .st-code-line-number { display: inline-block; min-width: 2ch; margin-right: 1rem; text-align: right; color: var(--st-text-muted); user-select: none; }
st-code .st-copy-button { position: absolute; top: 0.5rem; right: 0.5rem; padding: 0.125rem 0.5rem; border: 1px solid var(--st-border); border-radius: 0.25rem; background: var(--st-bg); font: inherit; font-size: 0.75rem; cursor: pointer; opacity: 0; }
st-code:hover .st-copy-button, st-code .st-copy-button:focus-visible { opacity: 1; }
st-code .st-copy-button:focus-visible { outline: 2px solid var(--st-primary); }
`;

  protected override render() {
    const { body, language, lineNumbers, wrapLines } = this.element;
    const lines = body.split("\n");
    const width = String(lines.length).length;
    const code = lineNumbers
      ? lines.map(
          (line, i) => html`<span class="st-code-line-number" style="min-width:${width}ch">${i + 1}</span>${line}${i < lines.length - 1 ? "\n" : ""}`,
        )
      : body;
    return html`<pre ?data-wrap=${wrapLines}><code class=${language ? `language-${language}` : nothing} data-language=${language ?? nothing}>${code}</code></pre>
      <button class="st-copy-button" data-testid="stCodeCopyButton" title="Copy to clipboard" @click=${this.copy}>${this.copied ? "Copied" : "Copy"}</button>`;
  }

  private copy = async () => {
    const text = this.element.body;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard API needs focus or permission; a hidden textarea works everywhere.
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-code": StCode;
  }
}
