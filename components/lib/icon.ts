/** Icons given as an emoji or `:material/name:` (expander, popover, toast). */
import { html, type TemplateResult } from "lit";

/** An emoji, or `:material/name:` drawn with the Material Symbols font (its name shows when the font is missing). */
export function iconTemplate(icon: string): TemplateResult {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material
    ? html`<span class="st-md-material-icon" data-testid="stIconMaterial" aria-hidden="true">${material[1]}</span>`
    : html`<span data-testid="stIconEmoji" aria-hidden="true">${icon}</span>`;
}
