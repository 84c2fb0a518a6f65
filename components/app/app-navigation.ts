/**
 * st.navigation on the page: the menu of the app's pages (in the sidebar, or across the top)
 * with the page shown marked. A click asks <st-app> for that page (SwitchPageEvent). The
 * menu lasts until a full run finishes without calling st.navigation; a single page gets no
 * menu, as on Streamlit.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { NavigationInfo, NavigationPage } from "../../packages/protocol/index.js";
import { pageLinkCss } from "../elements/page-link/st-page-link.js";
import { SwitchPageEvent } from "../lib/events.js";
import { iconTemplate } from "../lib/icon.js";
import { adoptStyles } from "../lib/st-element.js";

const navigationCss = `${pageLinkCss}
st-app .stSidebarNav { margin: 0 0 1rem; padding-bottom: 1rem; border-bottom: 1px solid var(--st-border); }
st-app .stSidebarNav ul { list-style: none; margin: 0; padding: 0; }
st-app .stNavSectionHeader { margin: 0.75rem 0.5rem 0.25rem; font-size: 0.875rem; font-weight: 600; color: var(--st-text-muted); }
st-app .stTopNav { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 1rem; }
`;

export class AppNavigation {
  private info: NavigationInfo | null = null;
  private runId: number | null = null;

  /** The page shown, when the app has pages. */
  get current(): string | null {
    return this.info?.current ?? null;
  }

  /** The menu goes in the sidebar (which is then drawn even without other content). */
  get inSidebar(): boolean {
    return this.info?.position === "sidebar" && this.info.pages.length > 1;
  }

  /** A run called st.navigation. */
  set(info: NavigationInfo, runId: number | null): void {
    adoptStyles(navigationCss);
    this.info = info;
    this.runId = runId;
  }

  /** A full run finished: a menu it did not send is removed. */
  finishRun(runId: number): void {
    if (this.info && this.runId !== runId) this.clear();
  }

  clear(): void {
    this.info = null;
    this.runId = null;
  }

  renderSidebar(): TemplateResult | typeof nothing {
    if (!this.inSidebar) return nothing;
    const info = this.info!;
    const sections: [string | null, NavigationPage[]][] = [];
    for (const page of info.pages) {
      const last = sections.at(-1);
      if (last && last[0] === page.section) last[1].push(page);
      else sections.push([page.section, [page]]);
    }
    return html`<nav class="stSidebarNav" data-testid="stSidebarNav" aria-label="Pages">
      ${sections.map(
        ([section, pages]) => html`${section ? html`<div class="stNavSectionHeader" data-testid="stNavSectionHeader">${section}</div>` : nothing}
          <ul data-testid="stSidebarNavItems">
            ${pages.map((page) => html`<li>${this.link(page, "stSidebarNavLink")}</li>`)}
          </ul>`,
      )}
    </nav>`;
  }

  renderTop(): TemplateResult | typeof nothing {
    const info = this.info;
    if (!info || info.position !== "top" || info.pages.length < 2) return nothing;
    return html`<nav class="stTopNav" data-testid="stTopNav" aria-label="Pages">${info.pages.map((page) => this.link(page, "stTopNavLink"))}</nav>`;
  }

  private link(page: NavigationPage, testId: string): TemplateResult {
    const current = page.urlPath === this.info!.current;
    return html`<a
      class="st-page-link"
      data-testid=${testId}
      href="#${page.urlPath}"
      aria-current=${current ? "page" : nothing}
      @click=${(event: MouseEvent) => {
        event.preventDefault();
        (event.currentTarget as HTMLElement).dispatchEvent(new SwitchPageEvent(page.urlPath));
      }}
      >${page.icon ? iconTemplate(page.icon) : nothing}<span>${page.title}</span></a
    >`;
  }
}
