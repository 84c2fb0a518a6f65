/**
 * st.form: a bordered column of its widgets, plus Streamlit's "Missing Submit Button"
 * error box when the form has no st.form_submit_button. The box shows only while the
 * script is not running (a submit button may still be on its way), which the app's
 * reflected `status` attribute tells CSS.
 */
import { html, nothing, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { AlertPayload, FormBlock } from "../../../packages/protocol/index.js";
import type { BlockNode, TreeNode } from "../../app/element-tree.js";
import { adoptStyles } from "../../lib/st-element.js";
import { widthStyle } from "../layout-utils.js";
import "../../elements/alert/st-alert.js";

/** Streamlit's text (frontend Form.tsx, MISSING_SUBMIT_BUTTON_WARNING). */
export const MISSING_SUBMIT_BUTTON_WARNING =
  "**Missing Submit Button**" +
  "\n\nThis form has no submit button, which means that user interactions will " +
  "never be sent to your Streamlit app." +
  "\n\nTo create a submit button, use the `st.form_submit_button()` function." +
  "\n\nFor more information, refer to the " +
  "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

const MISSING_ALERT: AlertPayload = { type: "alert", format: "error", body: MISSING_SUBMIT_BUTTON_WARNING, icon: null };

const formCss = `
st-app .stForm { display: flex; flex-direction: column; gap: var(--st-gap); min-width: 0; }
st-app .stForm[data-border] { border: 1px solid var(--st-border, rgba(49, 51, 63, 0.2)); border-radius: var(--st-radius, 0.5rem); padding: calc(1em - 1px); }
st-app .stForm.st-scroll { overflow-y: auto; }
st-app[status="running"] .st-form-missing-submit, st-app[status="booting"] .st-form-missing-submit { display: none; }
`;

/** True when a submit button of `formId` is among the node's descendants. */
export function hasSubmitButton(node: BlockNode, formId: string): boolean {
  const visit = (child: TreeNode | undefined): boolean => {
    if (!child) return false;
    if (child.kind === "block") return child.children.some(visit);
    const p = child.payload;
    return p.type === "button" && p.isFormSubmitter === true && p.formId === formId;
  };
  return node.children.some(visit);
}

export function renderForm(block: FormBlock, children: TemplateResult, node: BlockNode): TemplateResult {
  adoptStyles(formCss);
  const style: Record<string, string> = { ...widthStyle(block.width) };
  if (typeof block.height === "number") style.height = `${block.height}px`;
  const missing = !hasSubmitButton(node, block.formId);
  return html`<div
    class="stForm${typeof block.height === "number" ? " st-scroll" : ""}"
    data-testid="stForm"
    data-form-id=${block.formId}
    ?data-border=${block.border}
    style=${styleMap(style)}
  >
    <div class="stVerticalBlock" data-testid="stVerticalBlock">${children}</div>
    ${missing
      ? html`<div class="st-form-missing-submit"><st-alert .element=${MISSING_ALERT}></st-alert></div>`
      : nothing}
  </div>`;
}
