import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { PageLinkPayload } from "../../../packages/protocol/index.js";
import { SwitchPageEvent } from "../../lib/events.js";
import { helpIcon } from "../../lib/help.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";
import { applyWidth } from "../../lib/text-field.js";

/** The look of a page link, shared with the navigation menu (components/app/app-navigation.ts). */
export const pageLinkCss = `
st-app .st-page-link { display: flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0.5rem; border-radius: var(--st-radius); color: var(--st-text); text-decoration: none; line-height: 1.6; }
st-app .st-page-link:hover { background: var(--st-bg-secondary); }
st-app .st-page-link:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-app .st-page-link[aria-current="page"] { background: var(--st-bg-secondary); font-weight: 600; }
st-app .st-page-link[aria-disabled="true"] { opacity: 0.4; pointer-events: none; }
st-app .st-page-link p { margin: 0; }
`;

/**
 * st.page_link: a link to another page of the app (shown without leaving the page: the app
 * switches page) or to another site (a new tab).
 */
@customElement("st-page-link")
export class StPageLink extends StElement<PageLinkPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: PageLinkPayload;

  protected static override testId = "stPageLink";
  protected static override css = `${pageLinkCss}
st-page-link { display: flex; align-items: center; }
`;

  protected override updated(): void {
    applyWidth(this, this.element.width, "content");
  }

  protected override render() {
    const { page, href, label, icon, disabled, active, help } = this.element;
    return html`<a
        class="st-page-link"
        data-testid="stPageLink-NavLink"
        href=${disabled ? nothing : (href ?? `#${page}`)}
        target=${href ? "_blank" : nothing}
        rel=${href ? "noreferrer" : nothing}
        aria-current=${active ? "page" : nothing}
        aria-disabled=${disabled ? "true" : "false"}
        tabindex=${disabled ? -1 : 0}
        @click=${this.onClick}
      >
        ${icon ? iconTemplate(icon) : nothing}
        <span data-testid="stMarkdownContainer">${inlineMarkdown(label)}</span>
      </a>${helpIcon(help)}`;
  }

  private onClick = (event: MouseEvent) => {
    const { page, disabled } = this.element;
    if (disabled) return event.preventDefault();
    if (page === null) return; // another site: the browser opens it
    event.preventDefault();
    this.dispatchEvent(new SwitchPageEvent(page));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-page-link": StPageLink;
  }
}
