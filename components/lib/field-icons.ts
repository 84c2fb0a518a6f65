/** Small inline SVG icons for the input widgets' own controls (no icon font needed offline). */
import { svg } from "lit";

const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg class="st-field-svg" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;

export const eyeIcon = () =>
  icon(svg`<path d="M12 5C6.5 5 2.7 8.6 1 12c1.7 3.4 5.5 7 11 7s9.3-3.6 11-7c-1.7-3.4-5.5-7-11-7Zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"/>`);
export const eyeOffIcon = () =>
  icon(svg`<path d="M2.3 3.7 3.7 2.3l18 18-1.4 1.4-3.4-3.4A11.6 11.6 0 0 1 12 19C6.5 19 2.7 15.4 1 12a13 13 0 0 1 4.2-4.9L2.3 3.7ZM12 5c5.5 0 9.3 3.6 11 7a13.2 13.2 0 0 1-3.1 4.1l-3.4-3.4a4.5 4.5 0 0 0-5.2-5.2L8.9 5.1C9.9 5 10.9 5 12 5Zm-4.4 5 1.6 1.6a2.9 2.9 0 0 0 3.2 3.2l1.6 1.6A4.5 4.5 0 0 1 7.6 10Z"/>`);
export const chevronDownIcon = () => icon(svg`<path d="M7 9.5 12 14.5 17 9.5 18.4 10.9 12 17.3 5.6 10.9Z"/>`);
export const closeIcon = () =>
  icon(svg`<path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4Z"/>`);
export const plusIcon = () => icon(svg`<path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6Z"/>`);
export const minusIcon = () => icon(svg`<path d="M5 11h14v2H5Z"/>`);
export const chevronLeftIcon = () => icon(svg`<path d="M14.6 5.6 16 7l-5 5 5 5-1.4 1.4L8.2 12Z"/>`);
export const chevronRightIcon = () => icon(svg`<path d="M9.4 5.6 8 7l5 5-5 5 1.4 1.4L15.8 12Z"/>`);
