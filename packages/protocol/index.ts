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

/** streamlit.components.v1 html() and iframe(): a page in an iframe (srcdoc is not sanitised: the API runs it). */
export interface IframePayload {
  type: "iframe";
  /** A URL to show (iframe())... */
  src: string | null;
  /** ...or HTML to run (html()). */
  srcdoc: string | null;
  /** Pixels; null fills the container. */
  width: number | null;
  /** Pixels. */
  height: number;
  scrolling: boolean;
  tabIndex: number | null;
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
  /** st.form_submit_button (test id stFormSubmitButton). */
  isFormSubmitter?: boolean;
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

// -- input widgets (text, number, selection, date/time, colour) -------------------------
// Each carries `value` (what Python returned, in the wire form the page sends back),
// `setValue` (the page must take `value` over) and `default` (the same wire form, for
// resets). Options cross as their formatted labels; dates as ISO strings.

/** A value widget's common fields; `W` is the wire form of its value. */
export interface ValueWidgetBase<W> extends WidgetBase {
  value: W;
  setValue: boolean;
  default: W;
}

/** st.text_input: committed on Enter or blur. null = empty (`value=None`). */
export interface TextInputPayload extends ValueWidgetBase<string | null> {
  type: "textInput";
  maxChars: number | null;
  inputType: "default" | "password";
  placeholder: string | null;
  /** The `<input autocomplete>` attribute ("" leaves it out). */
  autocomplete: string;
  /** Emoji or `:material/name:` shown inside the field. */
  icon: string | null;
  width: WidthSpec;
}

/** st.text_area: committed on Ctrl/Cmd+Enter or blur. */
export interface TextAreaPayload extends ValueWidgetBase<string | null> {
  type: "textArea";
  maxChars: number | null;
  placeholder: string | null;
  /** null: about three lines; pixels; or fit the content. */
  height: number | "content" | "stretch" | null;
  width: WidthSpec;
}

/** st.number_input. null = empty. */
export interface NumberInputPayload extends ValueWidgetBase<number | null> {
  type: "numberInput";
  dataType: "int" | "float";
  min: number | null;
  max: number | null;
  step: number;
  /** printf-style, e.g. `%d`, `%0.2f`. */
  format: string;
  placeholder: string | null;
  icon: string | null;
  width: WidthSpec;
}

/** st.selectbox: the chosen option's label, a new typed option, or null. */
export interface SelectboxPayload extends ValueWidgetBase<string | null> {
  type: "selectbox";
  options: string[];
  /** "" lets the page pick Streamlit's contextual placeholder. */
  placeholder: string;
  acceptNewOptions: boolean;
  width: WidthSpec;
}

/** st.multiselect: labels of the chosen options (and new typed ones). */
export interface MultiSelectPayload extends ValueWidgetBase<string[]> {
  type: "multiselect";
  options: string[];
  maxSelections: number | null;
  placeholder: string;
  acceptNewOptions: boolean;
  width: WidthSpec;
}

/** st.radio: the chosen option's label or null. */
export interface RadioPayload extends ValueWidgetBase<string | null> {
  type: "radio";
  options: string[];
  /** Markdown caption under each option ("" for none); empty when not given. */
  captions: string[];
  horizontal: boolean;
  width: WidthSpec;
}

/** st.date_input: ISO dates (`YYYY-MM-DD`); one for a single date, up to two for a range. */
export interface DateInputPayload extends ValueWidgetBase<string[]> {
  type: "dateInput";
  isRange: boolean;
  min: string;
  max: string;
  /** Display format: YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY with `/`, `.` or `-`. */
  format: string;
  width: WidthSpec;
}

/** st.time_input: `HH:MM` or null. */
export interface TimeInputPayload extends ValueWidgetBase<string | null> {
  type: "timeInput";
  /** Seconds between the times offered. */
  step: number;
  width: WidthSpec;
}

/** st.color_picker: a hex colour. */
export interface ColorPickerPayload extends ValueWidgetBase<string> {
  type: "colorPicker";
  width: WidthSpec;
}

/** st.file_uploader: the files the user gave; their bytes go back to Python with every rerun. */
export interface FileUploaderPayload extends ValueWidgetBase<UploadedFileValue[]> {
  type: "fileUploader";
  /** Allowed extensions (`.csv`) and MIME types (`image/*`); empty: any. */
  fileType: string[];
  /** accept_multiple_files: False, True or "directory". */
  mode: "single" | "multiple" | "directory";
  /** Largest file, MB. */
  maxUploadSize: number;
  width: WidthSpec;
}

/** st.page_link: a link to a page of the app (`page`) or to another site (`href`, new tab). */
export interface PageLinkPayload extends HelpMixin {
  type: "pageLink";
  page: string | null;
  href: string | null;
  label: string;
  icon: string | null;
  disabled: boolean;
  /** The link points at the page shown. */
  active: boolean;
  width: WidthSpec;
}

/** st.camera_input: the photo taken (one JPEG file) or none. */
export interface CameraInputPayload extends ValueWidgetBase<UploadedFileValue[]> {
  type: "cameraInput";
  width: WidthSpec;
}

/** st.audio_input: the recording (one WAV file) or none. */
export interface AudioInputPayload extends ValueWidgetBase<UploadedFileValue[]> {
  type: "audioInput";
  /** Hz of the WAV sent; null: the browser's own rate. */
  sampleRate: number | null;
  width: WidthSpec;
}

/** One file of st.file_uploader's value; `fileId` tells files of the same name apart. */
export interface UploadedFileValue extends ChatFile {
  fileId: string;
}

/** Sent once per run by st.set_page_config. */
export interface PageConfig {
  title: string | null;
  icon: string | null;
  layout: "centered" | "wide" | null;
  initialSidebarState: "auto" | "expanded" | "collapsed" | null;
}

// -- sliders, button groups, download / link buttons (widgets2) --------------------

export interface SliderPayload extends WidgetBase {
  type: "slider";
  /** st.slider's value type; select_slider is "int" with `options`. */
  dataType: "int" | "float" | "date" | "time" | "datetime";
  /** Bounds and step as wire numbers: microseconds since the epoch (read as UTC) for
   * date, time and datetime; option indices for select_slider. */
  min: number;
  max: number;
  step: number;
  /** printf format (numbers), moment.js format (dates, times), or a named format. */
  format: string;
  /** select_slider's option labels (already formatted); empty for st.slider. */
  options: string[];
  /** One number: a single slider; two: a range. */
  default: number[];
  value: number[];
  setValue: boolean;
}

export interface ButtonGroupOption {
  /** Inline Markdown. */
  content: string;
  /** An emoji or `:material/name:`. */
  icon: string | null;
  /** The icon shown while the option is selected (feedback stars). */
  selectedIcon: string | null;
}

/** st.pills, st.segmented_control and st.feedback. */
export interface ButtonGroupPayload extends WidgetBase {
  type: "buttonGroup";
  style: "pills" | "segmented_control" | "borderless";
  selectionMode: "single" | "multi";
  options: ButtonGroupOption[];
  /** "all_up_to_selected": options before the selected one look selected too (stars). */
  visualization: "only_selected" | "all_up_to_selected";
  /** Selected option indices. */
  default: number[];
  value: number[];
  setValue: boolean;
}

export interface DownloadButtonPayload extends WidgetBase {
  type: "downloadButton";
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  useContainerWidth: boolean;
  /** The file's bytes; null when `deferred` is set. */
  data: Uint8Array | null;
  /** data=callable: the handle the page passes to WorkerApi.downloadData on click. */
  deferred: string | null;
  mime: string;
  fileName: string;
  /** on_click="ignore": the download causes no rerun. */
  ignoreRerun: boolean;
}

/** The file a deferred download button's callable produced, or why it could not. */
export type DeferredDownload = { data: Uint8Array; mime: string } | { error: string };

/** st.link_button: not a widget (no value, no rerun). */
export interface LinkButtonPayload extends HelpMixin {
  type: "linkButton";
  label: string;
  url: string;
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  disabled: boolean;
  useContainerWidth: boolean;
}

export type ElementPayload =
  | MarkdownPayload
  | HeadingPayload
  | TextPayload
  | CodePayload
  | JsonPayload
  | HtmlPayload
  | IframePayload
  | AlertPayload
  | ExceptionPayload
  | DocStringPayload
  | ButtonPayload
  | CheckboxPayload
  | DataFramePayload
  | TablePayload
  | MetricPayload
  | MediaChartPayload
  | TextInputPayload
  | TextAreaPayload
  | NumberInputPayload
  | SelectboxPayload
  | MultiSelectPayload
  | RadioPayload
  | DateInputPayload
  | TimeInputPayload
  | ColorPickerPayload
  | FileUploaderPayload
  | CameraInputPayload
  | AudioInputPayload
  | PageLinkPayload
  | SliderPayload
  | ButtonGroupPayload
  | DownloadButtonPayload
  | LinkButtonPayload
  | EmptyPayload
  | ProgressPayload
  | SpinnerPayload
  | ToastPayload
  | BalloonsPayload
  | SnowPayload
  | SpacePayload
  | WriteStreamPayload
  | ChatInputPayload;

/** st.write_stream's text: the same element grows as chunks arrive; the page types it out. */
export interface WriteStreamPayload {
  type: "writeStream";
  /** Markdown streamed so far. */
  body: string;
  /** The stream moved past this text (the full text is here). */
  done: boolean;
  /** A custom cursor shown while typing, or null for the default. */
  cursor: string | null;
}

/** st.chat_input: a trigger whose value is the message sent (behaviour.md §3.8). */
export interface ChatInputPayload extends WidgetBase {
  type: "chatInput";
  placeholder: string;
  maxChars: number | null;
  /** Attachments: none, one file, several, or a folder's files. */
  acceptFile: "none" | "single" | "multiple" | "directory";
  /** Allowed extensions (`.csv`) and MIME types (`image/*`); empty: any. */
  fileType: string[];
  /** Largest file, MB. */
  maxUploadSize: number;
  width: "stretch" | number;
  /** Pinned to the bottom of the app (top level of the main area) or inline. */
  position: "bottom" | "inline";
}

/** What a chat input sends: the text, or `{text, files}` when it accepts files. */
export type ChatInputValue = string | { text: string; files: ChatFile[] };

export interface ChatFile {
  name: string;
  /** MIME type ("" when unknown). */
  type: string;
  size: number;
  data: Uint8Array;
}

// -- data: st.dataframe, st.data_editor, st.table, st.metric ----------------------------
// Tables cross as Arrow IPC stream bytes (worker/arrow.ts): index columns first, each
// field's metadata says `brooklet:role` (index/data) and `brooklet:kind`.

/** One `column_config` entry (st.column_config.*), camelCase. */
export interface ColumnConfigWire {
  label?: string;
  width?: "small" | "medium" | "large" | number;
  /** Markdown tooltip on the header. */
  help?: string;
  hidden?: boolean;
  disabled?: boolean;
  required?: boolean;
  pinned?: boolean;
  /** Value of this column in rows the user adds. */
  default?: unknown;
  alignment?: "left" | "center" | "right";
  /** text, number, checkbox, selectbox, link, list, multiselect, datetime, date, time, progress, line_chart, bar_chart, area_chart, image, json. */
  type?: string;
  /** The type's options (format, minValue, maxValue, step, options, displayText, yMin, yMax, ...). */
  typeOptions?: Record<string, unknown>;
}

/** Edits of st.data_editor, as Streamlit keeps them (row positions of the original data). */
export interface DataEditorEdits {
  edited_rows: Record<string, Record<string, unknown>>;
  added_rows: Record<string, unknown>[];
  deleted_rows: number[];
}

/** Selection of st.dataframe with `on_select`. */
export interface DataFrameSelection {
  selection: { rows: number[]; columns: string[] };
}

/** st.dataframe and st.data_editor (testid stDataFrame). Widget fields only when interactive. */
export interface DataFramePayload extends Partial<WidgetBase> {
  type: "dataframe";
  /** Arrow IPC stream bytes. */
  data: Uint8Array;
  width: WidthSpec;
  /** "auto": up to about ten rows; pixels; "stretch"/"content". */
  height: "auto" | "stretch" | "content" | number;
  /** null: shown (hidden for a data_editor with dynamic rows over a range index). */
  hideIndex: boolean | null;
  columnOrder: string[] | null;
  /** By column name, or `_index` for the index. */
  columnConfig: Record<string, ColumnConfigWire>;
  rowHeight: number | null;
  placeholder: string | null;
  /** st.data_editor. */
  editable: boolean;
  numRows: "fixed" | "dynamic" | "add" | "delete";
  /** true: nothing editable; a list: these columns are not. */
  disabledColumns: boolean | string[];
  /** Selection modes ("multi-row", "single-column", ...); empty: no selection. */
  selectionMode: string[];
  /** Selection (st.dataframe) or edits (st.data_editor), when interactive. */
  value?: DataFrameSelection | DataEditorEdits;
  setValue?: boolean;
  default?: DataFrameSelection | DataEditorEdits;
}

/** st.table (testid stTable): a static table; string cells are Markdown. */
export interface TablePayload {
  type: "table";
  data: Uint8Array;
  border: boolean | "horizontal";
  width: WidthSpec;
  height: "content" | "stretch" | "auto" | number;
}

/** st.metric (testid stMetric). */
export interface MetricPayload extends HelpMixin {
  type: "metric";
  /** Inline Markdown. */
  label: string;
  /** The value as text ("—" for None). */
  body: string;
  delta: string | null;
  deltaDirection: "up" | "down" | "none";
  /** green, red, gray or a theme colour name. */
  deltaColor: string;
  deltaDescription: string | null;
  labelVisibility: "visible" | "hidden" | "collapsed";
  border: boolean;
  width: WidthSpec | unknown;
  height: unknown;
  /** Sparkline values (null entries are gaps). */
  chartData: (number | null)[] | null;
  chartType: "line" | "bar" | "area";
}

/** What `st.empty()` leaves in its slot until something replaces it. */
export interface EmptyPayload {
  type: "empty";
}

export interface ProgressPayload {
  type: "progress";
  /** Percent, 0..100. */
  value: number;
  /** Inline Markdown above the bar. */
  text: string | null;
  width: WidthSpec;
}

export interface SpinnerPayload {
  type: "spinner";
  /** Markdown. */
  text: string;
  /** Show the seconds elapsed since the spinner appeared. */
  showTime: boolean;
  /** Shown for a cached function's miss. */
  cache: boolean;
  /** The spinner shows only after this many ms (behaviour.md §1.11). */
  delayMs: number;
  width: WidthSpec;
}

/** st.toast, sent to the EVENT root. */
export interface ToastPayload {
  type: "toast";
  /** Markdown. */
  body: string;
  icon: string | null;
  /** Seconds on screen; null stays until closed. */
  duration: number | null;
}

export interface BalloonsPayload {
  type: "balloons";
}

export interface SnowPayload {
  type: "snow";
}

/** st.space: along the parent's direction (height in a column, width in a row). */
export interface SpacePayload {
  type: "space";
  /** Rem presets, "stretch" (fill), or pixels. */
  size: "small" | "medium" | "large" | "stretch" | number;
}

export type ElementType = ElementPayload["type"];
export type PayloadOf<T extends ElementType> = Extract<ElementPayload, { type: T }>;

// -- media and charts (elements/media.py, elements/charts.py) ---------------------------

/** One image, sound, video or PDF: bytes (drawn through a blob URL) or a URL used as is. */
export interface MediaSource {
  /** The file's bytes, or null when `url` is set (or for an empty player). */
  data: Uint8Array | null;
  /** An http(s) or data: URL, or null when `data` is set. */
  url: string | null;
  /** Media type of the bytes, e.g. `image/png`, `audio/wav`. */
  mimeType: string;
}

export interface ImageItem extends MediaSource {
  /** Markdown caption under the image. */
  caption: string | null;
}

/** st.image (a list of images is one element) and st.pyplot. */
export interface ImagePayload {
  type: "image";
  images: ImageItem[];
  /** `content`: natural size capped at the container; `stretch`: container width; pixels. */
  width: "content" | "stretch" | number;
}

export interface AudioPayload {
  type: "audio";
  source: MediaSource;
  /** Seconds. */
  startTime: number;
  /** Seconds; playback stops there (or loops back to `startTime`). */
  endTime: number | null;
  loop: boolean;
  autoplay: boolean;
  width: "stretch" | number;
}

/** A subtitle track as WebVTT text (SRT is converted by Python); "" = an empty track. */
export interface SubtitleTrack {
  label: string;
  vtt: string;
}

export interface VideoPayload {
  type: "video";
  source: MediaSource;
  /** `youtube`: `source.url` is an embed URL drawn in an iframe. */
  kind: "native" | "youtube";
  subtitles: SubtitleTrack[];
  startTime: number;
  endTime: number | null;
  loop: boolean;
  autoplay: boolean;
  muted: boolean;
  width: "stretch" | number;
}

export interface PdfPayload {
  type: "pdf";
  source: MediaSource;
  height: number | "stretch";
  /** User key, drawn as the CSS class `st-key-<key>`. */
  key: string | null;
}

/** st.logo: sent as its own forward message, kept until a run ends without one. */
export interface LogoPayload {
  image: MediaSource;
  /** Shown instead of `image` in the app header when the sidebar is closed. */
  iconImage: MediaSource | null;
  size: "small" | "medium" | "large";
  link: string | null;
}

/** Selection state of a chart with `on_select`: a widget whose value is JSON text. */
export interface ChartSelectionFields extends Partial<WidgetBase> {
  /** Present only when `on_select` is not "ignore". */
  id?: string;
  /** `{"selection": {...}}` as JSON text. */
  value?: string;
  setValue?: boolean;
  /** Plotly: "points" | "box" | "lasso"; Vega-Lite: selection parameter names. */
  selectionMode?: string[];
  /** User key without `on_select`, drawn as the CSS class `st-key-<key>`. */
  key?: string;
}

/** st.plotly_chart, and st.line_chart / area_chart / bar_chart / scatter_chart drawn with Plotly. */
export interface PlotlyChartPayload extends ChartSelectionFields {
  type: "plotlyChart";
  /** The figure as JSON text: `{data, layout, frames?}`. */
  figure: string;
  /** Plotly config from the app as JSON text, merged over Brooklet's, or null. */
  config: string | null;
  /** "streamlit" applies Streamlit's look; null keeps Plotly's own. */
  theme: "streamlit" | null;
  width: "stretch" | "content" | number;
  height: "stretch" | "content" | number;
  /** The built-in command that made it (`line_chart`, ...), drawn with Streamlit's stVegaLiteChart test id; null for plotly_chart. */
  chartCommand: string | null;
}

/** st.altair_chart and st.vega_lite_chart, drawn with vega-embed. */
export interface VegaLiteChartPayload extends ChartSelectionFields {
  type: "vegaLiteChart";
  /** The Vega-Lite spec as JSON text, data inlined. */
  spec: string;
  theme: "streamlit" | null;
  width: "stretch" | "content" | number;
  height: "stretch" | "content" | number;
}

export interface GraphvizChartPayload {
  type: "graphvizChart";
  /** DOT source. */
  spec: string;
  /** Layout engine (dot, neato, ...). */
  engine: string;
  width: "stretch" | "content" | number;
  height: "stretch" | "content" | number;
}

/** st.map: points in degrees; sizes in metres (radius); CSS colours. */
export interface MapPayload {
  type: "map";
  lat: number[];
  lon: number[];
  size: number[] | number;
  color: string[] | string;
  zoom: number | null;
  width: "stretch" | number;
  height: "stretch" | number;
}

export type MediaChartPayload =
  | ImagePayload
  | AudioPayload
  | VideoPayload
  | PdfPayload
  | PlotlyChartPayload
  | VegaLiteChartPayload
  | GraphvizChartPayload
  | MapPayload;

// ---------------------------------------------------------------------------------
// Blocks (behaviour.md §1.10)

/** What every block payload carries. */
export interface BlockBase {
  /** Drawn even with no children (testids.md counting rules). A block without it is not drawn while empty. */
  allowEmpty: boolean;
}

/** A CSS size name for gaps: 1rem, 2rem, 4rem; null for no gap. */
export type GapSize = "small" | "medium" | "large" | null;

/** `"stretch"` fills the parent, `"content"` fits the content, a number is pixels (capped by the parent). */
export type WidthSpec = "stretch" | "content" | number;

/** st.container (and a fallback parent for orphan deltas). */
export interface VerticalBlock extends BlockBase {
  type: "vertical";
  border: boolean;
  /** User key, drawn as the CSS class `st-key-<key>`. */
  key: string | null;
  width: WidthSpec;
  /** A number is a fixed height in pixels with scrolling. */
  height: "content" | "stretch" | number;
  /** Lay the children out in a wrapping row (drawn as stHorizontalBlock). */
  horizontal: boolean;
  horizontalAlignment: "left" | "center" | "right" | "distribute";
  verticalAlignment: "top" | "center" | "bottom" | "distribute";
  gap: GapSize;
}

/** The row of st.columns; its children are ColumnBlocks. */
export interface HorizontalBlock extends BlockBase {
  type: "horizontal";
  gap: GapSize;
  width: WidthSpec;
}

export interface ColumnBlock extends BlockBase {
  type: "column";
  /** Share of the row's width; the weights of a row add up to 1. */
  weight: number;
  gap: GapSize;
  verticalAlignment: "top" | "center" | "bottom";
  border: boolean;
}

/** st.tabs; its children are TabBlocks. */
export interface TabContainerBlock extends BlockBase {
  type: "tabContainer";
  width: WidthSpec;
  /** Index of the tab selected when the tabs first appear. */
  defaultIndex: number;
}

export interface TabBlock extends BlockBase {
  type: "tab";
  /** Inline Markdown. */
  label: string;
}

/** st.expander, and st.status (which has a `state`). */
export interface ExpandableBlock extends BlockBase {
  type: "expandable";
  /** Inline Markdown. */
  label: string;
  /** Open or closed; null keeps what the page shows (status.update without `expanded`). */
  expanded: boolean | null;
  /** Emoji or `:material/name:`. */
  icon: string | null;
  /** null for an expander; the status container's state otherwise. */
  state: "running" | "complete" | "error" | null;
  width: WidthSpec;
}

export interface PopoverBlock extends BlockBase, HelpMixin {
  type: "popover";
  /** Inline Markdown on the button. */
  label: string;
  icon: string | null;
  disabled: boolean;
  /** Button style. */
  kind: "primary" | "secondary" | "tertiary";
  /** Width of the button. */
  width: WidthSpec;
}

/** st.form (behaviour.md §4): its widgets hold their changes until a submit button is pressed. */
export interface FormBlock extends BlockBase {
  type: "form";
  formId: string;
  clearOnSubmit: boolean;
  enterToSubmit: boolean;
  border: boolean;
  width: WidthSpec;
  height: "stretch" | "content" | number;
}

/** st.chat_message: a message with an avatar; any element inside. */
export interface ChatMessageBlock extends BlockBase {
  type: "chatMessage";
  /** Author name (the accessible label). */
  name: string;
  /** `icon`: "user", "assistant", a `:material/...:` name, or "" (first letter of the name). */
  avatarType: "icon" | "emoji" | "image";
  /** The icon name, the emoji or the image URL. */
  avatar: string;
  width: WidthSpec;
}

/** @st.dialog (behaviour.md §5.3): a modal in the EVENT root; its child is the body's fragment. */
export interface DialogBlock extends BlockBase {
  type: "dialog";
  /** Inline Markdown. */
  title: string;
  width: "small" | "medium" | "large";
  /** Close button, Escape and a click outside close it. */
  dismissible: boolean;
  icon: string | null;
  /** With `on_dismiss`: the trigger widget a dismissal fires (a full rerun); else null. */
  dismissId: string | null;
}

export type BlockPayload =
  | ChatMessageBlock
  | DialogBlock
  | FormBlock
  | VerticalBlock
  | HorizontalBlock
  | ColumnBlock
  | TabContainerBlock
  | TabBlock
  | ExpandableBlock
  | PopoverBlock;
export type BlockType = BlockPayload["type"];

// ---------------------------------------------------------------------------------
// Deltas and forward messages (worker → page)

/** `fragmentId`: written by that fragment's body (its widgets rerun only the fragment). */
export type Delta =
  | { kind: "newElement"; path: DeltaPath; element: ElementPayload; fragmentId?: string }
  | { kind: "addBlock"; path: DeltaPath; block: BlockPayload; fragmentId?: string };

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
  /** A fragment run (`fragmentId`) touches only `scope`, the fragment's container path. */
  | { type: "scriptStarted"; runId: number; fragmentId?: string; scope?: DeltaPath }
  /** A fragment with `run_every`: the page reruns it every `interval` seconds until the next full run. */
  | { type: "autoRerun"; fragmentId: string; interval: number }
  | { type: "delta"; delta: Delta }
  | { type: "pageConfig"; config: PageConfig }
  /** st.logo was called in this run (behaviour: kept until a run finishes without it). */
  | { type: "logo"; logo: LogoPayload }
  /** st.navigation was called: the pages for the menu and the one shown (kept until a full run ends without one). */
  | { type: "navigation"; navigation: NavigationInfo }
  /** st.query_params changed: the page puts this query string (no `?`) in its URL. */
  | { type: "queryParams"; queryString: string }
  | { type: "scriptFinished"; runId: number; outcome: RunOutcome; error?: SerializedError };

/** A page of st.navigation's menu. */
export interface NavigationPage {
  urlPath: string;
  title: string;
  icon: string | null;
  /** The section heading it is listed under (st.navigation with a dict), or null. */
  section: string | null;
}

export interface NavigationInfo {
  pages: NavigationPage[];
  /** URL path of the page shown. */
  current: string;
  position: "sidebar" | "top" | "hidden";
  expanded: boolean;
}

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
  /** Rerun only this fragment (a widget inside it changed, or its timer fired). */
  fragmentId?: string | null;
  /** Asked for by a `run_every` timer: skipped when the fragment is gone. */
  isAutoRerun?: boolean;
  /** URL path of the page to show (st.navigation); absent: the one shown last. */
  page?: string | null;
}

/** A file of the app, written into the worker's file system. */
export interface AppFile {
  /** Path relative to the app's folder, e.g. `app.py` or `data/x.csv`. */
  path: string;
  data: string | Uint8Array;
}

/** What starting Python depends on; the rest of BootOptions only matters once it runs. */
export interface PythonOptions {
  /** Folder URL holding pyodide.mjs and its files. */
  pyodideUrl: string;
  /** Base URL of the package index for packages the app imports (numpy, pandas, ...).
   * Defaults to what pyodide-lock.json says (the public CDN). */
  packageBaseUrl?: string;
  /** URL of the memory snapshot's snapshot.json (worker/pyodide-loader.ts); none: boot Pyodide normally. */
  snapshotUrl?: string;
}

export interface BootOptions extends PythonOptions {
  /** The app's files; `entrypoint` names the script to run. */
  files: AppFile[];
  entrypoint: string;
  /** Names this app's persisted caches in IndexedDB (stable across reloads). */
  appId?: string;
  /** Persist every st.cache_data (as if `persist="disk"`), the <st-app persist-cache> option. */
  persistCacheByDefault?: boolean;
  /** Shared with the page when it is cross-origin isolated (components/app/interrupt.ts):
   * Pyodide's interrupt buffer, then the page's rerun/stop flag. */
  interruptBuffer?: SharedArrayBuffer;
  /** What the page tells about itself, for st.context. */
  context?: ContextInfo;
}

/** How Python started: from the snapshot fetched now, from the copy cached by an earlier visit, or a normal Pyodide boot. */
export type BootPath = "snapshot" | "cached-snapshot" | "normal";

/** What the worker tells about its boot (`<st-app>.bootInfo`). */
export interface BootInfo {
  path: BootPath;
  /** From the moment the worker started Python (prepare() or boot()) to a ready session, ms. */
  ms: number;
  /** Python was started by prepare(), before the app asked to boot (components/app/app-worker.ts). */
  prepared?: boolean;
  /** Set by the page: brooklet.js started this worker before <st-app> was even defined (app-worker.ts prestartWorkers). */
  prestarted?: boolean;
  /** Why the snapshot was not used, when it was asked for. */
  note?: string;
  /** ms after the worker started Python at which each step ended (pyodideImported, pythonReady, bootCalled, sessionReady, ...), for benchmarks. */
  steps?: Record<string, number>;
}

/** st.context, read from the page when the app boots. */
export interface ContextInfo {
  url: string;
  locale: string;
  /** The IANA name. The page leaves it out (Intl's first use costs 100-250 ms while Python starts); the worker reads it when asked. */
  timezone?: string;
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
  /** Start Python now, before the app is known; a later boot() with the same options goes on from there. */
  prepare(options: PythonOptions): void;
  /** Boot Pyodide (unless prepare() started it) and install the app; `port` receives ForwardMsg batches. */
  boot(options: BootOptions, port: MessagePort, onProgress: (p: BootProgress) => void): Promise<BootInfo>;
  /** Replace the app files (the next run uses them). */
  setFiles(files: AppFile[], entrypoint: string): Promise<void>;
  /** Clear st.cache_data (persisted entries too) and st.cache_resource: the menu's "Clear cache". */
  clearCaches(): Promise<void>;
  /** Call a download button's `data` callable (its payload's `deferred` handle). */
  downloadData(handle: string): Promise<DeferredDownload>;
  /** Run the script once (plus any reruns it asks for); resolves when it ends. */
  run(request: RerunRequest): Promise<RunOutcome>;
}

/** Batches of forward messages posted on the boot port. */
export type ForwardBatch = ForwardMsg[];

export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
