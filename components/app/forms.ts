/**
 * Forms on the page (behaviour.md §4.2, §4.4).
 *
 * A change to a widget inside a form (its value event carries `formId`) is pending: it is
 * shown but not committed and causes no rerun. A click on one of the form's submit buttons
 * commits the form's pending values, so the one rerun the click causes carries them with
 * the button's trigger. With clear_on_submit the form's widgets then show their defaults
 * again, held as pending values (as Streamlit's frontend does): the run caused by the
 * submit, and later reruns, still see the submitted values until the next submit.
 * Widgets know nothing of this beyond passing their payload's `formId`.
 */
import type { BlockPayload, ElementPayload, FormBlock } from "../../packages/protocol/index.js";
import type { WidgetValueDetail } from "../lib/events.js";
import type { ElementNode, ElementTree, TreeNode } from "./element-tree.js";
import type { WidgetStore } from "./widget-store.js";

/** Fields of value widgets this module reads (every value widget payload has them). */
interface ValueFields {
  id: string;
  formId: string;
  value: unknown;
  setValue: boolean;
  /** The widget's default in wire form (added by Python's widgets/_base.py). */
  default?: unknown;
}

function valueFields(payload: ElementPayload): ValueFields | null {
  return "setValue" in payload && "id" in payload && "formId" in payload ? (payload as unknown as ValueFields) : null;
}

/** Text fields where Enter submits the form (a textarea needs Ctrl/⌘+Enter). */
const ENTER_INPUT_TYPES = new Set(["text", "password", "email", "number", "search", "tel", "url", ""]);

export class FormController {
  /** formId → widgetId → value shown but not committed. */
  private pending = new Map<string, Map<string, unknown>>();
  /** The settings of the forms drawn, by form id. */
  private forms = new Map<string, FormBlock>();

  /** Remember a form's settings from its block. */
  onBlock(block: BlockPayload): void {
    if (block.type === "form") this.forms.set(block.formId, block);
  }

  /** A value Python set (session state) replaces the widget's pending change. */
  onElement(payload: ElementPayload): void {
    const fields = valueFields(payload);
    if (fields?.setValue && fields.formId) this.pending.get(fields.formId)?.delete(fields.id);
  }

  /** The value a widget shows while its change waits for a submit, if any. */
  pendingValue(formId: string, widgetId: string): unknown {
    return this.pending.get(formId)?.get(widgetId);
  }

  hasPending(formId: string): boolean {
    return (this.pending.get(formId)?.size ?? 0) > 0;
  }

  /**
   * Look at a widget's value event. Returns true when the change is held for its form
   * (no rerun). For a submit button's click it commits the form's pending values into
   * `widgets`, clears the form when asked, and returns false: the caller then sets the
   * trigger and asks for the run as for any button.
   */
  onWidgetValue(detail: WidgetValueDetail, widgets: WidgetStore, tree: ElementTree): boolean {
    const { formId } = detail;
    if (!formId) return false;
    if (!detail.trigger) {
      let values = this.pending.get(formId);
      if (!values) this.pending.set(formId, (values = new Map()));
      values.set(detail.widgetId, detail.value);
      return true;
    }
    this.submit(formId, widgets, tree);
    return false;
  }

  private submit(formId: string, widgets: WidgetStore, tree: ElementTree): void {
    for (const [id, value] of this.pending.get(formId) ?? []) widgets.set(id, value);
    this.pending.delete(formId);
    if (this.forms.get(formId)?.clearOnSubmit) this.clear(formId, tree);
  }

  /** Show the defaults of the form's widgets again, as pending values. */
  private clear(formId: string, tree: ElementTree): void {
    const values = new Map<string, unknown>();
    for (const node of elementNodes(tree.roots)) {
      const fields = valueFields(node.payload);
      if (!fields || fields.formId !== formId || fields.default === undefined) continue;
      values.set(fields.id, fields.default);
      // `setValue` makes the element show the value (lib/st-widget.ts); the store is not told.
      node.payload = { ...node.payload, value: fields.default, setValue: true } as ElementPayload;
    }
    this.pending.set(formId, values);
  }

  /** Forget widgets and forms that are no longer on the page (after a successful run). */
  retainOnly(widgetIds: Set<string>, tree: ElementTree): void {
    const formIds = new Set<string>();
    const visit = (node: TreeNode | undefined) => {
      if (!node) return;
      if (node.kind === "block") {
        if (node.payload?.type === "form") formIds.add(node.payload.formId);
        node.children.forEach(visit);
      }
    };
    tree.roots.forEach(visit);
    for (const [formId, values] of this.pending) {
      if (!formIds.has(formId)) this.pending.delete(formId);
      else for (const id of [...values.keys()]) if (!widgetIds.has(id)) values.delete(id);
    }
    for (const formId of [...this.forms.keys()]) if (!formIds.has(formId)) this.forms.delete(formId);
  }

  clearAll(): void {
    this.pending.clear();
    this.forms.clear();
  }

  /**
   * Enter in a text field of a form with enter_to_submit clicks the form's first submit
   * button, unless that button is disabled. The click waits a task so that the field's own
   * Enter handling (committing its value as pending) runs first.
   */
  onKeydown(event: KeyboardEvent): void {
    if (event.key !== "Enter" || event.isComposing || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (!target) return;
    const isInput = target instanceof HTMLInputElement && ENTER_INPUT_TYPES.has(target.type);
    const isTextarea = target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey);
    if (!isInput && !isTextarea) return;
    const form = target.closest<HTMLElement>('[data-testid="stForm"]');
    const formId = form?.dataset.formId;
    if (!form || formId === undefined || !this.forms.get(formId)?.enterToSubmit) return;
    const first = form.querySelector<HTMLButtonElement>('[data-testid="stFormSubmitButton"] button');
    if (!first || first.disabled) return;
    setTimeout(() => {
      if (first.isConnected && !first.disabled) first.click();
    }, 0);
  }
}

function* elementNodes(nodes: (TreeNode | undefined)[]): Generator<ElementNode> {
  for (const node of nodes) {
    if (!node) continue;
    if (node.kind === "block") yield* elementNodes(node.children);
    else yield node;
  }
}
