/** Events elements fire; only <st-app> listens to them. */

export interface WidgetValueDetail {
  widgetId: string;
  value: unknown;
  /** A trigger (button click): true for exactly the run it causes. */
  trigger?: boolean;
  /** Ask for a rerun now (false for changes that wait, e.g. inside a form). */
  rerun?: boolean;
}

export const WIDGET_VALUE_EVENT = "st-widget-value";

export class WidgetValueEvent extends CustomEvent<WidgetValueDetail> {
  constructor(detail: WidgetValueDetail) {
    super(WIDGET_VALUE_EVENT, { detail, bubbles: true, composed: true });
  }
}

export interface RunEventDetail {
  runId: number;
  outcome?: import("../../packages/protocol/index.js").RunOutcome;
  error?: import("../../packages/protocol/index.js").SerializedError;
}

declare global {
  interface HTMLElementEventMap {
    [WIDGET_VALUE_EVENT]: WidgetValueEvent;
    "st-run-start": CustomEvent<RunEventDetail>;
    "st-run-end": CustomEvent<RunEventDetail>;
  }
}
