/**
 * The one definition of every message and payload that crosses the worker boundary.
 *
 * Both the worker and the page `import type` from here; nothing else defines message
 * shapes. Python produces plain dicts with exactly these field names (snake_case is
 * never used on the wire) and the worker converts them to JS objects unchanged.
 */

// ---------------------------------------------------------------------------------
// Paths (behaviour.md §1.9)

/** Root containers a delta path starts from. */
export const RootContainer = { MAIN: 0, SIDEBAR: 1, EVENT: 2, BOTTOM: 3 } as const;
export type RootContainer = (typeof RootContainer)[keyof typeof RootContainer];

/** `[root, ...parent indices, index]`. */
export type DeltaPath = number[];

// ---------------------------------------------------------------------------------
// Element payloads: one member per element type, discriminated by `type`.

export interface HelpMixin {
  /** Tooltip text (Markdown), shown behind a help icon. */
  help?: string | null;
}

export interface MarkdownPayload extends HelpMixin {
  type: "markdown";
  body: string;
  allowHtml: boolean;
  /** `markdown` for st.markdown/st.write, `caption`, `latex` or `divider` for those calls. */
  variant: "markdown" | "caption" | "latex" | "divider";
}

export interface HeadingPayload extends HelpMixin {
  type: "heading";
  /** h1 for title, h2 for header, h3 for subheader. */
  tag: "h1" | "h2" | "h3";
  body: string;
  /** Explicit anchor; `false` hides the anchor link; null derives one from the text. */
  anchor: string | false | null;
  /** Divider colour under the heading, or null for none. */
  divider: string | null;
}

export interface TextPayload extends HelpMixin {
  type: "text";
  body: string;
}

export interface CodePayload {
  type: "code";
  body: string;
  language: string | null;
  lineNumbers: boolean;
  wrapLines: boolean;
}

export interface JsonPayload {
  type: "json";
  /** The value as JSON text (Python's json.dumps with a str() fallback). */
  body: string;
  /** True: fully expanded; false: collapsed; a number: expanded to that depth. */
  expanded: boolean | number;
}

export interface HtmlPayload {
  type: "html";
  body: string;
}

export interface AlertPayload {
  type: "alert";
  format: "success" | "info" | "warning" | "error";
  body: string;
  icon: string | null;
}

export interface ExceptionPayload {
  type: "exception";
  /** Python type name, e.g. `ValueError`. */
  excType: string;
  message: string;
  /** Message is Markdown (StreamlitAPIException). */
  messageIsMarkdown: boolean;
  /** Formatted traceback lines, runtime frames removed. */
  stackTrace: string[];
  /** True for warnings shown in an exception box (e.g. Streamlit's own). */
  isWarning: boolean;
}

export interface HelpMember {
  name: string;
  type: string;
  value: string;
  doc: string;
}

export interface DocStringPayload {
  type: "docString";
  name: string;
  valueType: string;
  value: string;
  docString: string;
  members: HelpMember[];
}

/** What every widget payload carries. */
export interface WidgetBase extends HelpMixin {
  /** Widget id computed by Python (behaviour.md §2). */
  id: string;
  label: string;
  disabled: boolean;
  labelVisibility: "visible" | "hidden" | "collapsed";
  /** Form id when inside a form, else "". */
  formId: string;
}

export interface ButtonPayload extends WidgetBase {
  type: "button";
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  useContainerWidth: boolean;
}

export interface CheckboxPayload extends WidgetBase {
  type: "checkbox";
  /** Drawn as a toggle switch (st.toggle). */
  style: "checkbox" | "toggle";
  default: boolean;
  /** The value Python returned in this run. */
  value: boolean;
  /** The page must take `value` over (set through session state). */
  setValue: boolean;
}

/** Sent once per run by st.set_page_config. */
export interface PageConfig {
  title: string | null;
  icon: string | null;
  layout: "centered" | "wide" | null;
  initialSidebarState: "auto" | "expanded" | "collapsed" | null;
}

export type ElementPayload =
  | MarkdownPayload
  | HeadingPayload
  | TextPayload
  | CodePayload
  | JsonPayload
  | HtmlPayload
  | AlertPayload
  | ExceptionPayload
  | DocStringPayload
  | ButtonPayload
  | CheckboxPayload
  | EmptyPayload;

/** What `st.empty()` leaves in its slot until something replaces it. */
export interface EmptyPayload {
  type: "empty";
}

export type ElementType = ElementPayload["type"];
export type PayloadOf<T extends ElementType> = Extract<ElementPayload, { type: T }>;

// ---------------------------------------------------------------------------------
// Blocks (behaviour.md §1.10)

export interface VerticalBlock {
  type: "vertical";
  border: boolean;
  /** User key, drawn as the CSS class `st-key-<key>`. */
  key: string | null;
}

export type BlockPayload = VerticalBlock;
export type BlockType = BlockPayload["type"];

// ---------------------------------------------------------------------------------
// Deltas and forward messages (worker → page)

export type Delta =
  | { kind: "newElement"; path: DeltaPath; element: ElementPayload }
  | { kind: "addBlock"; path: DeltaPath; block: BlockPayload };

/** How a run ended (behaviour.md §1.7). */
export type RunOutcome =
  /** Ran to the end, or ended by an uncaught exception shown in the app. */
  | "success"
  /** Ended by st.stop(): a normal finish without widget cleanup. */
  | "stopped"
  /** Ended early by st.rerun(); another run follows at once. */
  | "rerun"
  /** The script did not compile; old elements stay. */
  | "compileError"
  /** The runtime itself failed. */
  | "fatal";

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** Python exception type, when the error came from Python. */
  pyType?: string;
}

export type ForwardMsg =
  | { type: "scriptStarted"; runId: number }
  | { type: "delta"; delta: Delta }
  | { type: "pageConfig"; config: PageConfig }
  | { type: "scriptFinished"; runId: number; outcome: RunOutcome; error?: SerializedError };

// ---------------------------------------------------------------------------------
// Requests (page → worker)

/** One widget's committed value as the page sends it back. */
export interface WidgetState {
  value: unknown;
  /** True only for the run caused by this trigger (button click). */
  trigger?: boolean;
}

export type WidgetStates = Record<string, WidgetState>;

export interface RerunRequest {
  /** null on the first run and after st.rerun(): no callbacks fire. */
  widgetStates: WidgetStates | null;
  /** The page's query string without the leading `?`. */
  queryString: string;
}

/** A file of the app, written into the worker's file system. */
export interface AppFile {
  /** Path relative to the app's folder, e.g. `app.py` or `data/x.csv`. */
  path: string;
  data: string | Uint8Array;
}

export interface BootOptions {
  /** Folder URL holding pyodide.mjs and its files. */
  pyodideUrl: string;
  /** The app's files; `entrypoint` names the script to run. */
  files: AppFile[];
  entrypoint: string;
  /** Base URL of the package index for packages the app imports (numpy, pandas, ...).
   * Defaults to what pyodide-lock.json says (the public CDN). */
  packageBaseUrl?: string;
  /** Names this app's persisted caches in IndexedDB (stable across reloads). */
  appId?: string;
  /** Persist every st.cache_data (as if `persist="disk"`), the <st-app persist-cache> option. */
  persistCacheByDefault?: boolean;
  /** What the page tells about itself, for st.context. */
  context?: ContextInfo;
}

/** st.context, read from the page when the app boots. */
export interface ContextInfo {
  url: string;
  locale: string;
  timezone: string;
  /** Minutes, as Date.prototype.getTimezoneOffset(). */
  timezoneOffset: number;
  theme: { type: "light" | "dark" };
  cookies: Record<string, string>;
  isEmbedded: boolean;
}

/** Progress while booting, shown by the page. */
export interface BootProgress {
  stage: "downloading" | "starting" | "installing" | "ready";
  message: string;
}

/** The Comlink API the worker exposes. */
export interface WorkerApi {
  /** Boot Pyodide and install the app; `port` receives ForwardMsg batches. */
  boot(options: BootOptions, port: MessagePort, onProgress: (p: BootProgress) => void): Promise<void>;
  /** Replace the app files (the next run uses them). */
  setFiles(files: AppFile[], entrypoint: string): Promise<void>;
  /** Clear st.cache_data (persisted entries too) and st.cache_resource: the menu's "Clear cache". */
  clearCaches(): Promise<void>;
  /** Run the script once (plus any reruns it asks for); resolves when it ends. */
  run(request: RerunRequest): Promise<RunOutcome>;
}

/** Batches of forward messages posted on the boot port. */
export type ForwardBatch = ForwardMsg[];

export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
