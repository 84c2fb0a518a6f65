import { html, nothing, type TemplateResult } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { JsonPayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };
// A private-use character: JSON strings may not hold raw control characters.
const NON_FINITE_MARK = "\uE000st-json:";

/** JSON as Python's json.dumps writes it: NaN, Infinity and -Infinity are allowed. */
function parsePythonJson(text: string): Json {
  // Outside strings, turn the bare tokens into marked strings, then revive them as numbers.
  const marked = text.replace(/("(?:[^"\\]|\\.)*")|(-?Infinity|NaN)/g, (_match, str: string | undefined, token: string | undefined) =>
    str !== undefined ? str : `"${NON_FINITE_MARK}${token}"`,
  );
  return JSON.parse(marked, (_key, value: Json) =>
    typeof value === "string" && value.startsWith(NON_FINITE_MARK) ? NON_FINITE[value.slice(NON_FINITE_MARK.length)] : value,
  ) as Json;
}

/** st.json: a collapsible tree of the value. */
@customElement("st-json")
export class StJson extends StElement<JsonPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: JsonPayload;

  protected static override testId = "stJson";
  protected static override css = `
st-json { display: block; font-family: var(--st-font-mono); font-size: 0.875rem; line-height: 1.5; }
st-json details { padding-left: 1.25rem; }
st-json details > summary { margin-left: -1.25rem; cursor: pointer; list-style-position: inside; }
st-json details > summary:focus-visible { outline: 2px solid var(--st-primary); }
st-json .st-json-row { padding-left: 1.25rem; }
st-json .st-json-key { color: #803df5; }
st-json .st-json-string { color: #0b7a3e; }
st-json .st-json-number { color: #1c83e1; }
st-json .st-json-literal { color: #d6336c; }
st-json .st-json-count { color: var(--st-text-muted); font-style: italic; }
`;

  protected override render() {
    let value: Json;
    try {
      value = parsePythonJson(this.element.body);
    } catch {
      return html`<pre>${this.element.body}</pre>`;
    }
    return this.renderValue(value, null, 0, true);
  }

  private isOpen(depth: number): boolean {
    const expanded = this.element.expanded;
    return typeof expanded === "number" ? depth < expanded : expanded;
  }

  private renderValue(value: Json, key: string | null, depth: number, last: boolean): TemplateResult {
    const label = key === null ? nothing : html`<span class="st-json-key">"${key}"</span>: `;
    const comma = last ? "" : ",";
    if (value === null || typeof value !== "object") {
      return html`<div class=${depth === 0 ? "" : "st-json-row"}>${label}${this.renderScalar(value)}${comma}</div>`;
    }
    const isArray = Array.isArray(value);
    const entries: [string | null, Json][] = isArray ? value.map((v) => [null, v]) : Object.entries(value);
    const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
    if (entries.length === 0) return html`<div class=${depth === 0 ? "" : "st-json-row"}>${label}${open}${close}${comma}</div>`;
    return html`<details ?open=${this.isOpen(depth)}>
      <summary>${label}${open}<span class="st-json-count"> ${entries.length} ${isArray ? "items" : "keys"} </span></summary>
      ${entries.map(([k, v], i) => this.renderValue(v, k, depth + 1, i === entries.length - 1))}
      <div>${close}${comma}</div>
    </details>`;
  }

  private renderScalar(value: null | boolean | number | string) {
    if (typeof value === "string") return html`<span class="st-json-string">"${value}"</span>`;
    if (typeof value === "number") return html`<span class="st-json-number">${value}</span>`;
    return html`<span class="st-json-literal">${String(value)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-json": StJson;
  }
}
