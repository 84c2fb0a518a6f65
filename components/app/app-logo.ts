/**
 * st.logo on the page: the app's logo in the sidebar header while the sidebar is open,
 * and in the app's upper-left corner when it is closed or absent (`icon_image` there
 * when given). A logo lasts until a run finishes without calling st.logo.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { LogoPayload } from "../../packages/protocol/index.js";
import { MediaUrls } from "../lib/media-urls.js";
import { adoptStyles } from "../lib/st-element.js";

const LOGO_HEIGHT = { small: "1.25rem", medium: "1.5rem", large: "2rem" } as const;

const logoCss = `
st-app .stSidebarHeader { display: flex; align-items: center; min-height: 2rem; margin: -2rem 2rem 1rem 0; }
st-app .stAppLogo { position: absolute; top: 0.75rem; left: 1rem; z-index: 2; display: flex; align-items: center; }
st-app .stSidebar[data-collapsed] ~ .stMain .stAppLogo { left: 3.25rem; }
st-app img.stLogo { display: block; width: auto; max-width: 100%; object-fit: contain; object-position: left; }
st-app .stLogoLink { display: inline-flex; border-radius: 0.25rem; }
st-app .stLogoLink:focus-visible { outline: 2px solid var(--st-primary); outline-offset: 2px; }
`;

export class AppLogo {
  private logo: LogoPayload | null = null;
  private runId: number | null = null;
  private media = new MediaUrls();
  private imageUrl = "";
  private iconUrl = "";

  get current(): LogoPayload | null {
    return this.logo;
  }

  /** A run called st.logo. */
  set(logo: LogoPayload, runId: number | null): void {
    adoptStyles(logoCss);
    this.logo = logo;
    this.runId = runId;
    [this.imageUrl, this.iconUrl] = this.media.resolve([logo.image, logo.iconImage]);
  }

  /** A run finished: a logo it did not send is removed. */
  finishRun(runId: number): void {
    if (this.logo && this.runId !== runId) this.clear();
  }

  clear(): void {
    this.logo = null;
    this.runId = null;
    this.media.revokeAll();
  }

  /** The sidebar header (only while the sidebar is open). */
  renderSidebarHeader(): TemplateResult | typeof nothing {
    if (!this.logo) return nothing;
    return html`<div class="stSidebarHeader" data-testid="stSidebarHeader">${this.img(this.imageUrl)}</div>`;
  }

  /** The upper-left corner of the app, when there is no open sidebar. */
  renderAppCorner(hasSidebar: boolean, sidebarOpen: boolean): TemplateResult | typeof nothing {
    if (!this.logo || (hasSidebar && sidebarOpen)) return nothing;
    const url = this.logo.iconImage ? this.iconUrl : this.imageUrl;
    return html`<div class="stAppLogo" data-testid="stHeaderLogo">${this.img(url)}</div>`;
  }

  private img(url: string): TemplateResult {
    const logo = this.logo!;
    const img = html`<img class="stLogo" data-testid="stLogo" src=${url} alt="Logo" style="height: ${LOGO_HEIGHT[logo.size] ?? LOGO_HEIGHT.medium}" />`;
    if (!logo.link) return img;
    return html`<a class="stLogoLink" data-testid="stLogoLink" href=${logo.link} target="_blank" rel="noreferrer">${img}</a>`;
  }
}
