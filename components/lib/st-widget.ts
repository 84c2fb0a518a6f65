/**
 * Base class of widgets that hold a value (checkbox, slider, text input, ...).
 *
 * The page owns what the user sees: the value shown is taken from Python only when the
 * widget is new (a new id) or Python set it through session state (`setValue`), so a
 * rerun never overwrites what the user is doing (Streamlit's rule).
 */
import type { PropertyValues } from "lit";
import { state } from "lit/decorators.js";
import type { WidgetBase } from "../../packages/protocol/index.js";
import { StElement } from "./st-element.js";

export interface ValuePayload<W> extends WidgetBase {
  value: W;
  setValue: boolean;
}

export abstract class StWidget<P extends ValuePayload<W>, W = P["value"]> extends StElement<P> {
  /** The value the user sees, in the wire form. */
  @state() protected value!: W;
  private shownId?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has("element" as keyof StWidget<P, W>)) return;
    const el = this.element;
    if (el.setValue || el.id !== this.shownId) this.value = el.value;
    this.shownId = el.id;
    this.dataset.labelVisibility = el.labelVisibility;
  }

  /** The user changed the value: show it and tell <st-app>. */
  protected commit(value: W): void {
    this.value = value;
    const { id, formId } = this.element;
    // Inside a form the change waits for a submit button (components/app/forms.ts).
    this.emitValue({ widgetId: id, value, ...(formId ? { formId } : {}) });
  }
}
