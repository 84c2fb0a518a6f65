import DOMPurify from "dompurify";
import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { HtmlPayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** st.html: HTML from the script, sanitised (no scripts, no event handlers). */
@customElement("st-html")
export class StHtml extends StElement<HtmlPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: HtmlPayload;

  protected static override testId = "stHtml";
  protected static override css = `st-html { display: block; }`;

  protected override render() {
    // FORCE_BODY keeps a leading <style>, which apps use to inject CSS.
    const clean = DOMPurify.sanitize(this.element.body, { FORCE_BODY: true, ADD_TAGS: ["style"] });
    return html`${unsafeHTML(clean)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-html": StHtml;
  }
}
