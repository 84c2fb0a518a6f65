import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";
import { styleMap } from "lit/directives/style-map.js";
import type { BalloonsPayload, SnowPayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** How long one celebration stays on screen, ms (the longest piece's delay plus its fall or rise). */
const PLAY_MS = 4000;
const PIECES = 28;
const BALLOON_COLORS = ["#ff4b4b", "#ffa421", "#21c354", "#1c83e1", "#803df5", "#ff8ad8"];

const celebrationCss = `
st-app .stElementContainer:has(> st-balloons), st-app .stElementContainer:has(> st-snow) { position: absolute; width: 0; height: 0; overflow: visible; }
st-app .st-celebration { position: fixed; inset: 0; z-index: 1000; pointer-events: none; overflow: hidden; }
st-app .st-balloon { position: absolute; bottom: -8rem; width: 3rem; height: 3.75rem; border-radius: 50% 50% 48% 48%; opacity: 0.9; animation: st-balloon-rise 2.6s ease-in forwards; }
st-app .st-balloon::after { content: ""; position: absolute; left: 50%; top: 100%; width: 1px; height: 3rem; background: rgba(49, 51, 63, 0.4); }
st-app .st-flake { position: absolute; top: -2rem; color: #a9d6ff; font-size: 1.5rem; text-shadow: 0 0 2px rgba(0, 0, 0, 0.2); animation: st-snow-fall 3s linear forwards; }
@keyframes st-balloon-rise { to { transform: translateY(calc(-100vh - 12rem)); } }
@keyframes st-snow-fall { to { transform: translateY(calc(100vh + 4rem)) rotate(180deg); } }
@media (prefers-reduced-motion: reduce) { st-app .st-celebration { display: none; } }
`;

/** A pseudo-random but stable layout for piece `i`. */
function piece(i: number): { left: number; delay: number } {
  const r = (n: number) => ((Math.sin(i * 12.9898 + n * 78.233) * 43758.5453) % 1 + 1) % 1;
  return { left: r(1) * 96, delay: r(2) * 1.2 };
}

/** Shared by st.balloons and st.snow: plays once per payload, then removes its overlay. */
abstract class Celebration<P extends BalloonsPayload | SnowPayload> extends StElement<P> {
  /** How long one celebration stays on screen, ms (tests shorten it). */
  static playMs = PLAY_MS;
  abstract override element: P;
  @state() private playing = 0;
  private timer?: ReturnType<typeof setTimeout>;

  protected static override css = celebrationCss;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new payload (a run calling st.balloons again) plays again.
    if ((changed as Map<PropertyKey, unknown>).has("element")) {
      this.playing++;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (this.playing = 0), (this.constructor as typeof Celebration).playMs);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override render() {
    if (!this.playing) return nothing;
    return keyed(
      this.playing,
      html`<div class="st-celebration ${this.overlayClass()}" data-testid=${this.overlayTestId()} aria-hidden="true">
        ${Array.from({ length: PIECES }, (_, i) => this.piece(i, piece(i)))}
      </div>`,
    );
  }

  protected abstract overlayClass(): string;
  protected abstract overlayTestId(): string;
  protected abstract piece(i: number, at: { left: number; delay: number }): TemplateResult;
}

/** st.balloons. */
@customElement("st-balloons")
export class StBalloons extends Celebration<BalloonsPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: BalloonsPayload;

  protected overlayClass() {
    return "stBalloons";
  }
  protected overlayTestId() {
    return "stBalloons";
  }
  protected piece(i: number, at: { left: number; delay: number }) {
    const style = { left: `${at.left}%`, "animation-delay": `${at.delay}s`, background: BALLOON_COLORS[i % BALLOON_COLORS.length]! };
    return html`<span class="st-balloon" style=${styleMap(style)}></span>`;
  }
}

/** st.snow. */
@customElement("st-snow")
export class StSnow extends Celebration<SnowPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: SnowPayload;

  protected overlayClass() {
    return "stSnow";
  }
  protected overlayTestId() {
    return "stSnow";
  }
  protected piece(_i: number, at: { left: number; delay: number }) {
    return html`<span class="st-flake" style=${styleMap({ left: `${at.left}%`, "animation-delay": `${at.delay}s` })}>❄</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-balloons": StBalloons;
    "st-snow": StSnow;
  }
}
