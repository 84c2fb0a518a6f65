import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { SliderPayload } from "../../../packages/protocol/index.js";
import { StWidget } from "../../lib/st-widget.js";
import { widgetLabel } from "../../lib/widget-label.js";
import { formatSliderValue } from "./format.js";

/** Keys that move a thumb, as multiples of the step (Home/End go to the bounds). */
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };

/** st.slider and st.select_slider: one thumb, or two for a range. */
@customElement("st-slider")
export class StSlider extends StWidget<SliderPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: SliderPayload;

  protected static override testId = "stSlider";
  protected static override css = `
st-slider { display: block; }
st-slider .st-slider-body { position: relative; padding: 1.6rem 0.6rem 0; touch-action: none; cursor: pointer; }
st-slider[data-disabled] .st-slider-body { cursor: not-allowed; }
st-slider .st-slider-track { position: relative; height: 0.25rem; border-radius: 0.25rem; background: var(--st-bg-secondary); }
st-slider .st-slider-fill { position: absolute; top: 0; bottom: 0; border-radius: 0.25rem; background: var(--st-primary); }
st-slider[data-disabled] .st-slider-fill { background: rgba(49, 51, 63, 0.25); }
st-slider [role="slider"] { position: absolute; top: 50%; width: 0.75rem; height: 0.75rem; margin: -0.375rem 0 0 -0.375rem; border-radius: 50%; background: var(--st-primary); outline: none; transition: box-shadow 0.15s; }
st-slider[data-disabled] [role="slider"] { background: #bfc5d3; }
st-slider [role="slider"]:focus-visible { box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-slider [data-testid="stSliderThumbValue"] { position: absolute; bottom: 1rem; left: 50%; transform: translateX(-50%); white-space: nowrap; font-family: var(--st-font-mono); font-size: 0.875rem; color: var(--st-primary); pointer-events: none; }
st-slider[data-disabled] [data-testid="stSliderThumbValue"] { color: var(--st-text-muted); }
st-slider [data-testid="stSliderTickBar"] { display: flex; justify-content: space-between; padding: 0.25rem 0 0; font-family: var(--st-font-mono); font-size: 0.875rem; color: var(--st-text-muted); }
`;

  protected override render() {
    const el = this.element;
    this.toggleAttribute("data-disabled", el.disabled);
    const values = this.shown();
    const pct = (v: number) => (el.max === el.min ? 0 : ((v - el.min) / (el.max - el.min)) * 100);
    const left = values.length > 1 ? pct(values[0]!) : 0;
    const right = pct(values[values.length - 1]!);
    const text = (v: number) => formatSliderValue(v, el.dataType, el.format, el.options);
    return html`${widgetLabel(el)}
      <div class="st-slider-body" data-baseweb="slider" @pointerdown=${this.onPointerDown}>
        <div class="st-slider-track">
          <div class="st-slider-fill" style="left:${left}%;width:${right - left}%"></div>
          ${values.map(
          (v, i) => html`<div
            role="slider"
            tabindex=${el.disabled ? -1 : 0}
            aria-label=${el.label}
            aria-valuemin=${el.min}
            aria-valuemax=${el.max}
            aria-valuenow=${v}
            aria-valuetext=${text(v)}
            aria-disabled=${el.disabled ? "true" : "false"}
            style="left:${pct(v)}%"
            @keydown=${(e: KeyboardEvent) => this.onKey(e, i)}
          >
            <div data-testid="stSliderThumbValue">${text(v)}</div>
          </div>`,
          )}
        </div>
      </div>
      <div data-testid="stSliderTickBar">
        <div data-testid="stSliderTickBarMin">${text(el.min)}</div>
        <div data-testid="stSliderTickBarMax">${text(el.max)}</div>
      </div>`;
  }

  /** The value shown, clamped into the bounds (an empty range shows both bounds). */
  private shown(): number[] {
    const { min, max } = this.element;
    const raw = this.value?.length ? this.value : [min, max];
    const clamped = raw.map((v) => Math.min(max, Math.max(min, Number(v))));
    if (clamped.length > 1 && clamped[0]! > clamped[1]!) clamped[0] = clamped[1]!;
    return clamped;
  }

  /** Snap to the step grid from `min`, inside the bounds, without float noise. */
  private snap(v: number): number {
    const { min, max, step } = this.element;
    const steps = Math.round((v - min) / step);
    const snapped = Math.min(max, Math.max(min, min + steps * step));
    const decimals = Math.max(decimalsOf(step), decimalsOf(min));
    return decimals > 0 ? Number(snapped.toFixed(decimals)) : snapped;
  }

  /** Put thumb `index` at `v` (kept from crossing the other thumb); true when it moved. */
  private place(index: number, v: number): boolean {
    const values = this.shown();
    let next = this.snap(v);
    if (values.length > 1) {
      next = index === 0 ? Math.min(next, values[1]!) : Math.max(next, values[0]!);
    }
    if (values[index] === next) return false;
    values[index] = next;
    this.value = values;
    return true;
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const el = this.element;
    if (el.disabled) return;
    const current = this.shown()[index]!;
    let target: number;
    if (event.key === "Home") target = el.min;
    else if (event.key === "End") target = el.max;
    else if (event.key in KEY_STEPS) target = current + KEY_STEPS[event.key]! * el.step;
    else return;
    event.preventDefault();
    if (this.place(index, target)) this.commit(this.value);
  }

  private valueAt(clientX: number): number {
    const track = this.querySelector<HTMLElement>(".st-slider-track")!.getBoundingClientRect();
    const ratio = track.width > 0 ? (clientX - track.left) / track.width : 0;
    const { min, max } = this.element;
    return min + Math.min(1, Math.max(0, ratio)) * (max - min);
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (this.element.disabled || event.button !== 0) return;
    event.preventDefault();
    const target = this.valueAt(event.clientX);
    const values = this.shown();
    // The nearest thumb follows the pointer (the upper one when both sit together and the pointer is above).
    let index = 0;
    if (values.length > 1) {
      const d0 = Math.abs(target - values[0]!);
      const d1 = Math.abs(target - values[1]!);
      index = d1 < d0 || (d1 === d0 && target > values[1]!) ? 1 : 0;
    }
    const thumbs = this.querySelectorAll<HTMLElement>('[role="slider"]');
    thumbs[index]?.focus();
    const start = this.shown().join(",");
    this.place(index, target);
    const body = event.currentTarget as HTMLElement;
    body.setPointerCapture?.(event.pointerId);
    const move = (e: PointerEvent) => this.place(index, this.valueAt(e.clientX));
    const up = () => {
      body.removeEventListener("pointermove", move);
      body.removeEventListener("pointerup", up);
      body.removeEventListener("pointercancel", up);
      // One value event per gesture, when the value changed.
      if (this.shown().join(",") !== start) this.commit(this.value);
    };
    body.addEventListener("pointermove", move);
    body.addEventListener("pointerup", up);
    body.addEventListener("pointercancel", up);
  };
}

function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(n);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  return text.split(".")[1]?.length ?? 0;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-slider": StSlider;
  }
}
