/**
 * Base of chart elements drawn by a lazily loaded library: a plot root that Lit leaves
 * alone, a drawing step run after each render, a "loading"/error line, and a promise
 * tests and pages can wait on (`whenDrawn`).
 */
import { html, nothing, type PropertyValues } from "lit";
import { state } from "lit/decorators.js";
import { StElement } from "./st-element.js";

export abstract class StChartElement<P> extends StElement<P> {
  @state() protected error: string | null = null;
  @state() protected note: string | null = null;
  private drawn: Promise<void> = Promise.resolve();
  private drawnFor?: P;
  private resizeObserver?: ResizeObserver;

  /** Resolves once the current payload is drawn (or failed to draw). */
  whenDrawn(): Promise<void> {
    return this.updateComplete.then(() => this.drawn);
  }

  /** The element the library draws into. */
  protected get plotRoot(): HTMLElement {
    return this.querySelector<HTMLElement>(":scope > .st-chart-plot")!;
  }

  /** Draw (or redraw) the payload into `root`. */
  protected abstract draw(root: HTMLElement, payload: P): Promise<void>;

  /** The container's width changed. */
  protected resized(_root: HTMLElement): void {}

  /** The element left the page: free what the library holds. */
  protected teardown(_root: HTMLElement): void {}

  protected override render() {
    return html`<div class="st-chart-plot"></div>
      ${this.note ? html`<div class="st-chart-note" role="note">${this.note}</div>` : nothing}
      ${this.error ? html`<div class="st-chart-error" role="alert">${this.error}</div>` : nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.element === this.drawnFor) return;
    this.drawnFor = this.element;
    const payload = this.element;
    const root = this.plotRoot;
    this.drawn = this.drawn
      .catch(() => undefined)
      .then(() => (payload === this.element ? this.draw(root, payload) : undefined))
      .then(
        () => {
          if (this.error) this.error = null;
        },
        (err: unknown) => {
          console.error("Brooklet: could not draw chart", err);
          this.error = `Could not draw this chart: ${err instanceof Error ? err.message : String(err)}`;
        },
      );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add("stChart");
    if (typeof ResizeObserver !== "undefined") {
      let lastWidth = -1;
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.round(entries[0]?.contentRect.width ?? 0);
        if (width === lastWidth || !this.plotRoot) return;
        const first = lastWidth < 0;
        lastWidth = width;
        if (!first) this.resized(this.plotRoot);
      });
      this.resizeObserver.observe(this);
    }
    // Put back after a move: draw again.
    if (this.drawnFor !== undefined) {
      this.drawnFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    const root = this.plotRoot;
    if (root) this.teardown(root);
  }
}

export const chartCss = `
.stChart { display: block; position: relative; max-width: 100%; }
.stChart .st-chart-plot { max-width: 100%; }
.stChart .st-chart-note { color: var(--st-text-muted); font-size: 0.875rem; padding: 0.25rem 0; }
.stChart .st-chart-error { color: #7d353b; background: rgba(255, 43, 43, 0.09); border-radius: var(--st-radius); padding: 0.75rem 1rem; font-size: 0.875rem; }
`;
