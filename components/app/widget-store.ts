/** The page's committed widget values, sent with every rerun request (behaviour.md §1.3). */
import type { ElementPayload, WidgetStates } from "../../packages/protocol/index.js";

/** Payloads of widgets that hold a value the page keeps between runs. */
type ValueWidget = Extract<ElementPayload, { value: unknown; setValue: boolean; id: string }>;

function isValueWidget(payload: ElementPayload): payload is ValueWidget {
  return "setValue" in payload && "id" in payload;
}

export class WidgetStore {
  private values = new Map<string, unknown>();
  /** Triggers for the next run, with their values (true for buttons, the message for chat input). */
  private triggers = new Map<string, unknown>();

  /** Take over a widget's value from a new element when Python set it or it is new. */
  onElement(payload: ElementPayload): void {
    if (!isValueWidget(payload)) return;
    if (payload.setValue || !this.values.has(payload.id)) this.values.set(payload.id, payload.value);
  }

  get(id: string): unknown {
    return this.values.get(id);
  }

  set(id: string, value: unknown): void {
    this.values.set(id, value);
  }

  trigger(id: string, value: unknown = true): void {
    this.triggers.set(id, value);
  }

  /** The states for the next run; triggers are consumed. */
  takeStates(): WidgetStates {
    const states: WidgetStates = {};
    for (const [id, value] of this.values) states[id] = { value };
    for (const [id, value] of this.triggers) states[id] = { value, trigger: true };
    this.triggers.clear();
    return states;
  }

  /** Forget widgets that are no longer on the page (after a successful run). */
  retainOnly(ids: Set<string>): void {
    for (const id of [...this.values.keys()]) if (!ids.has(id)) this.values.delete(id);
  }

  clear(): void {
    this.values.clear();
    this.triggers.clear();
  }
}

/** Merge queued requests: newest values win, a trigger true in any stays true. */
export function mergeStates(older: WidgetStates | null, newer: WidgetStates | null): WidgetStates | null {
  if (!older) return newer;
  if (!newer) return older;
  const merged: WidgetStates = { ...older, ...newer };
  for (const [id, state] of Object.entries(older)) {
    // An older trigger survives unless the newer request fires the same trigger again.
    if (state.trigger && !newer[id]?.trigger) merged[id] = state;
  }
  return merged;
}
