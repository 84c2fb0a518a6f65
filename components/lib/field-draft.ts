/**
 * The draft of a typed field (text input, text area, number input): what the user typed but
 * has not committed yet. Streamlit commits it on Enter or on leaving the field, so a rerun
 * happens once per edit, not per key, and says "Press Enter to apply" meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  element: { id: string; setValue: boolean; formId: string };
}

export interface DraftOptions {
  /** The committed value as the field shows it. */
  committed(): string;
  /** Focus left the field: commit what can be committed. */
  leave(): void;
}

/**
 * Holds the draft and whether the field has focus, renders the host again when they change,
 * and marks the host `data-dirty` while a focused field holds a change or sits in a form (the
 * instructions line under it then needs room).
 */
export class FieldDraft implements ReactiveController {
  private state = { text: null as string | null, focused: false };
  private lastId?: string;

  constructor(
    private readonly host: DraftHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  /** Text typed but not committed yet; null when the field shows the committed value. */
  get text(): string | null {
    return this.state.text;
  }

  set text(text: string | null) {
    if (text === this.state.text) return;
    this.state = { ...this.state, text };
    this.host.requestUpdate();
  }

  get focused(): boolean {
    return this.state.focused;
  }

  private set focused(focused: boolean) {
    if (focused === this.state.focused) return;
    this.state = { ...this.state, focused };
    this.host.requestUpdate();
  }

  /** What the field shows: the draft, else the committed value. */
  get shown(): string {
    return this.text ?? this.options.committed();
  }

  /** Whether the draft differs from the committed value. */
  get dirty(): boolean {
    return this.text !== null && this.text !== this.options.committed();
  }

  /**
   * Call from `willUpdate` when the payload changed: Python's value replaces the draft only
   * for a new widget or a value set through session state (a rerun keeps what is typed).
   */
  elementChanged(): void {
    const { id, setValue } = this.host.element;
    if (setValue || id !== this.lastId) this.text = null;
    this.lastId = id;
  }

  /**
   * The instructions line while focused: `Press {key} to submit form` in a form (Streamlit
   * says so whether or not the text changed), else `Press {key} to apply` for a change, then
   * the count against `maxChars`.
   */
  instructions(key: string, maxChars?: number | null): string {
    if (!this.focused) return "";
    const hint = this.host.element.formId ? `Press ${key} to submit form` : this.dirty ? `Press ${key} to apply` : "";
    return [hint, maxChars != null ? `${this.shown.length}/${maxChars}` : ""].filter(Boolean).join(" · ");
  }

  /** A text field's commit: any changed text is taken; the field then shows the value. */
  apply(commit: (text: string) => void): void {
    if (this.dirty) commit(this.text!);
    this.text = null;
  }

  hostUpdated(): void {
    this.host.toggleAttribute("data-dirty", (this.dirty || !!this.host.element.formId) && this.focused);
  }

  onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  };

  onFocus = (): void => {
    this.focused = true;
  };

  onBlur = (): void => {
    this.focused = false;
    this.options.leave();
  };
}
