/** Events elements fire; only <st-app> listens to them. */

export interface WidgetValueDetail {
  widgetId: string;
  value: unknown;
  /** A trigger (button click): true for exactly the run it causes. */
  trigger?: boolean;
  /** Ask for a rerun now (false for changes that wait, e.g. inside a form). */
  rerun?: boolean;
  /** The widget's form (payload `formId`) when it is inside one: the change waits for a
   * submit button of that form (components/app/forms.ts). */
  formId?: string;
}

export const WIDGET_VALUE_EVENT = "st-widget-value";

/** A download button whose data is a callable asks <st-app> for the file (worker call). */
export interface DeferredDownloadDetail {
  /** The payload's `deferred` handle. */
  handle: string;
  /** <st-app> hands back the worker's answer. */
  respond(result: Promise<import("../../packages/protocol/index.js").DeferredDownload>): void;
}

export const DEFERRED_DOWNLOAD_EVENT = "st-deferred-download";

export class WidgetValueEvent extends CustomEvent<WidgetValueDetail> {
  constructor(detail: WidgetValueDetail) {
    super(WIDGET_VALUE_EVENT, { detail, bubbles: true, composed: true });
  }
}

/** A page link (st.page_link, the navigation menu) asks <st-app> to show another page. */
export const SWITCH_PAGE_EVENT = "st-switch-page";

export class SwitchPageEvent extends CustomEvent<{ page: string }> {
  constructor(page: string) {
    super(SWITCH_PAGE_EVENT, { detail: { page }, bubbles: true, composed: true });
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
    [DEFERRED_DOWNLOAD_EVENT]: CustomEvent<DeferredDownloadDetail>;
    [SWITCH_PAGE_EVENT]: SwitchPageEvent;
    "st-run-start": CustomEvent<RunEventDetail>;
    "st-run-end": CustomEvent<RunEventDetail>;
  }
}
