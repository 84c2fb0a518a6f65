import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ExceptionPayload } from "../../../packages/protocol/index.js";
import { markdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/** The exception box: type, message and traceback (behaviour.md §8). */
@customElement("st-exception")
export class StException extends StElement<ExceptionPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ExceptionPayload;

  protected static override testId = "stException";
  protected static override css = `
st-exception { display: block; padding: 1rem; border-radius: var(--st-radius); background: rgba(255, 43, 43, 0.09); color: #7d353b; }
st-exception[data-warning] { background: rgba(255, 227, 18, 0.1); color: #926c05; }
st-exception .stExceptionMessage { overflow-wrap: anywhere; }
st-exception .stExceptionMessage p { margin: 0.25rem 0; }
st-exception .st-exception-type { font-weight: 700; }
st-exception .st-exception-message-text { font-family: var(--st-font-mono); font-size: 0.875rem; white-space: pre-wrap; }
st-exception .st-traceback { margin-top: 0.75rem; padding: 0.75rem; border-radius: var(--st-radius); background: rgba(255, 255, 255, 0.6); overflow-x: auto; font-family: var(--st-font-mono); font-size: 0.8rem; }
st-exception .stExceptionTraceRow { white-space: pre; }
`;

  protected override updated(): void {
    this.toggleAttribute("data-warning", this.element.isWarning);
  }

  protected override render() {
    const { excType, message, messageIsMarkdown, stackTrace, isWarning } = this.element;
    // As Streamlit: a Markdown message is one Markdown text with the type in bold, so it
    // starts on the type's line.
    const text = messageIsMarkdown
      ? markdown(isWarning ? message : `**${excType}**: ${message}`)
      : html`${isWarning ? nothing : html`<span class="st-exception-type">${excType}: </span>`}<span class="st-exception-message-text">${message}</span>`;
    return html`<div class="stExceptionMessage" data-testid="stExceptionMessage" role="alert">${text}</div>
      ${stackTrace.length
        ? html`<div class="st-traceback" data-testid="stExceptionTraceback">
            <div>Traceback:</div>
            ${stackTrace.map((row) => html`<div class="stExceptionTraceRow" data-testid="stExceptionTraceRow">${row}</div>`)}
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-exception": StException;
  }
}
