import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { LinkButtonPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";
import { buttonCss } from "../button/st-button.js";

/** st.link_button: a link drawn as a button; opens its URL in a new tab. */
@customElement("st-link-button")
export class StLinkButton extends StElement<LinkButtonPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: LinkButtonPayload;

  protected static override testId = "stLinkButton";
  protected static override css = `${buttonCss}
st-link-button { display: flex; align-items: center; }
st-link-button a.st-button { text-decoration: none; }
st-link-button a.st-button[aria-disabled="true"] { cursor: not-allowed; opacity: 0.4; pointer-events: none; }
`;

  protected override render() {
    const { label, url, kind, icon, disabled, help, useContainerWidth } = this.element;
    return html`<a
        class="st-button"
        data-testid="stBaseLinkButton-${kind}"
        data-kind=${kind}
        ?data-full-width=${useContainerWidth}
        href=${disabled ? nothing : url}
        target="_blank"
        rel="noreferrer"
        role=${disabled ? "link" : nothing}
        aria-disabled=${disabled ? "true" : "false"}
        tabindex=${disabled ? -1 : 0}
        @click=${this.onClick}
      >
        ${icon ? iconTemplate(icon) : nothing}
        <div data-testid="stMarkdownContainer">${inlineMarkdown(label)}</div>
      </a>${helpIcon(help)}`;
  }

  private onClick = (event: Event) => {
    if (this.element.disabled) event.preventDefault();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-link-button": StLinkButton;
  }
}
