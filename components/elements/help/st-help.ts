import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { DocStringPayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** st.help: an object's name, type, value, docstring and members. */
@customElement("st-help")
export class StHelp extends StElement<DocStringPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: DocStringPayload;

  protected static override testId = "stHelp";
  protected static override css = `
st-help { display: block; padding: 1rem; border: 1px solid var(--st-border); border-radius: var(--st-radius); font-size: 0.875rem; }
st-help .st-help-header { font-family: var(--st-font-mono); margin-bottom: 0.5rem; }
st-help .st-help-name { font-weight: 700; }
st-help .st-help-type { color: var(--st-text-muted); margin-left: 0.5rem; }
st-help .st-help-doc { white-space: pre-wrap; margin: 0 0 0.75rem; font-family: var(--st-font-mono); font-size: 0.8rem; }
st-help table { border-collapse: collapse; width: 100%; }
st-help td { border-top: 1px solid var(--st-border); padding: 0.25rem 0.5rem; vertical-align: top; }
st-help td:first-child { font-family: var(--st-font-mono); white-space: nowrap; }
`;

  protected override render() {
    const { name, valueType, value, docString, members } = this.element;
    return html`<div class="st-help-header" data-testid="stHelpName">
        <span class="st-help-name">${name || value}</span><span class="st-help-type" data-testid="stHelpType">${valueType}</span>
      </div>
      ${name && value !== name ? html`<div class="st-help-value" data-testid="stHelpValue">${value}</div>` : nothing}
      <pre class="st-help-doc" data-testid="stHelpDoc">${docString}</pre>
      ${members.length
        ? html`<table data-testid="stHelpMembersTable">
            ${members.map(
              (m) => html`<tr data-testid="stHelpMember"><td>${m.name}</td><td>${m.type}</td><td>${m.value || m.doc}</td></tr>`,
            )}
          </table>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-help": StHelp;
  }
}
