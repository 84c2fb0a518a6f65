/**
 * <st-app>: runs one Streamlit app in a worker and draws it.
 *
 *   <st-app src="app.py"></st-app>
 *   <st-app><script type="text/x-python">import streamlit as st ...</script></st-app>
 */
import { LitElement, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type {
  AppFile,
  BootInfo,
  BootProgress,
  ContextInfo,
  ForwardBatch,
  ForwardMsg,
  PageConfig,
  RunOutcome,
  SerializedError,
} from "../../packages/protocol/index.js";
import { RootContainer, assertNever } from "../../packages/protocol/index.js";
import {
  DEFERRED_DOWNLOAD_EVENT,
  WIDGET_VALUE_EVENT,
  type DeferredDownloadDetail,
  type RunEventDetail,
  type WidgetValueEvent,
  SWITCH_PAGE_EVENT,
  type SwitchPageEvent,
} from "../lib/events.js";
import { adoptStyles } from "../lib/st-element.js";
import { enableOffline } from "./offline.js";
import { AppNavigation } from "./app-navigation.js";
import { appCss } from "./app.css.js";
import { MENU_CLEAR_CACHE_EVENT, MENU_RERUN_EVENT, appMenuCss } from "./app-menu.js";
import { AppLogo } from "./app-logo.js";
import { type AppWorker, dropWorker, spawnWorker, takePrestarted, workerOptionsFor } from "./app-worker.js";
import { ElementTree, type TreeNode } from "./element-tree.js";
import { FragmentRuns } from "./fragments.js";
import { STOP_REQUEST_EVENT } from "./st-status-widget.js";
import { renderChildren } from "./render.js";
import "./st-sidebar-resizer.js";
import { AppSessionController } from "./session.js";
import { WidgetStore } from "./widget-store.js";
import { FormController } from "./forms.js";
import { applyQueryString } from "./query-params.js";

export type AppStatus = "booting" | "running" | "idle" | "error";

/** Name of the entry script when the source is given inline. */
const INLINE_ENTRYPOINT = "streamlit_app.py";

@customElement("st-app")
export class StApp extends LitElement {
  /** URL of the app's main script, relative to the page. */
  @property() src?: string;
  /** The app's source code (overrides `src` and inline source). */
  @property() code?: string;
  /** Folder URL of a Pyodide distribution; defaults to the copy bundled in dist/pyodide/. */
  @property({ attribute: "pyodide-url" }) pyodideUrl?: string;
  /** Base URL of the package index for numpy, pandas, ... (defaults to Pyodide's CDN). */
  @property({ attribute: "package-base-url" }) packageBaseUrl?: string;
  /** Extra app files (data, pages, .streamlit/secrets.toml) by relative path. */
  @property({ attribute: false }) files?: Record<string, string | Uint8Array>;
  /** Persist every st.cache_data in IndexedDB, as if each had `persist="disk"`. */
  @property({ type: Boolean, attribute: "persist-cache" }) persistCache = false;
  /** Names this app's persisted caches; defaults to the page path plus src, id or position. */
  @property({ attribute: "app-id" }) appId?: string;
  /** booting, running, idle or error. */
  @property({ reflect: true }) status: AppStatus = "booting";
  /** Register dist/sw.js so that, after a first visit, the app loads with no network (offline.ts). */
  @property({ type: Boolean }) offline = false;
  /** URL of the memory snapshot's snapshot.json (default: dist/pyodide/snapshot.json); "none" boots Pyodide normally. */
  @property({ attribute: "snapshot-url" }) snapshotUrl?: string;
  /** How Python started, once booted: `{path: "snapshot" | "cached-snapshot" | "normal", ms, note?}`. */
  bootInfo?: BootInfo;

  @state() private bootMessage = "Loading";
  @state() private fatal?: { title: string; message: string };
  @state() private pageConfig: PageConfig = { title: null, icon: null, layout: null, initialSidebarState: null };
  @state() private sidebarCollapsed?: boolean;

  private tree = new ElementTree();
  private logo = new AppLogo();
  private navigation = new AppNavigation();
  private widgets = new WidgetStore();
  /** Pending values of widgets inside forms, submit and clear_on_submit (forms.ts). */
  private forms = new FormController();
  private session?: AppSessionController;
  /** Fragments: which widgets rerun only their fragment, `run_every` timers, the run's scope (fragments.ts). */
  private fragments = new FragmentRuns((fragmentId) =>
    this.session?.requestRun(this.widgets.takeStates(), { fragmentId, isAutoRerun: true }),
  );
  /** A note shown above the app (e.g. session state was reset to stop a script). */
  @state() private notice?: string;
  private runningId: number | null = null;
  private inlineSource?: string;
  private booted = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(appCss);
    adoptStyles(appMenuCss);
    this.addEventListener(MENU_RERUN_EVENT, this.onMenuRerun);
    this.addEventListener(MENU_CLEAR_CACHE_EVENT, this.onMenuClearCache);
    const script = this.querySelector('script[type="text/x-python"]');
    if (script) this.inlineSource = dedent(script.textContent ?? "");
    this.addEventListener(WIDGET_VALUE_EVENT, this.onWidgetValue);
    this.addEventListener(SWITCH_PAGE_EVENT, this.onSwitchPage);
    this.addEventListener("keydown", this.onKeydown);
    this.addEventListener(DEFERRED_DOWNLOAD_EVENT, this.onDeferredDownload);
    this.addEventListener(STOP_REQUEST_EVENT, this.onStopRequest);
    if (!this.session) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(WIDGET_VALUE_EVENT, this.onWidgetValue);
    this.removeEventListener(SWITCH_PAGE_EVENT, this.onSwitchPage);
    this.removeEventListener("keydown", this.onKeydown);
    this.removeEventListener(DEFERRED_DOWNLOAD_EVENT, this.onDeferredDownload);
    this.removeEventListener(STOP_REQUEST_EVENT, this.onStopRequest);
    this.fragments.dispose();
    this.session?.dispose();
    this.session = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has("code") || changed.has("src") || changed.has("files");
    // Before boot, start() picks up whatever the source is by then.
    if (sourceChanged && this.booted) void this.reloadFiles();
  }

  private filesVersion = 0;
  private lastFiles?: Record<string, string | Uint8Array>;

  /** Identifies the app source; compared before and after booting. */
  private sourceKey(): string {
    if (this.files !== this.lastFiles) {
      this.lastFiles = this.files;
      this.filesVersion++;
    }
    return JSON.stringify([this.code ?? null, this.src ?? null, this.filesVersion]);
  }

  /** Rerun the script with the current widget values. */
  rerun(): void {
    this.session?.requestRun(this.widgets.takeStates());
  }

  /**
   * Stop the run in progress, as the Stop button does: it ends at its next `st` call, or
   * where it is when busy in pure Python. Without cross-origin isolation Python is
   * restarted (session state is reset).
   */
  stop(): void {
    this.session?.stop();
  }

  private onStopRequest = () => this.stop();

  /** Clear the app's caches (persisted ones too), as the menu's "Clear cache" does. */
  async clearCache(): Promise<void> {
    await this.session?.clearCaches();
  }

  private onMenuRerun = () => this.rerun();
  private onMenuClearCache = () => void this.clearCache();

  /** Start a fresh worker: session state is reset. */
  async restart(): Promise<void> {
    this.session?.dispose();
    this.session = undefined;
    this.tree = new ElementTree();
    this.widgets.clear();
    this.forms.clearAll();
    this.fragments.dispose();
    this.fatal = undefined;
    this.notice = undefined;
    await this.start();
  }

  // -- booting --------------------------------------------------------------------

  private async start(): Promise<void> {
    this.booted = false;
    this.setStatus("booting");
    const session = new AppSessionController({
      onMessages: (batch) => this.onMessages(batch),
      onBootProgress: (p: BootProgress) => (this.bootMessage = p.message),
      onCrash: (error) => this.onCrash(error),
      onIdle: () => this.setStatus("idle"),
      onWorkerRestart: (ready) => this.onWorkerRestart(ready),
    });
    this.session = session;
    // Settings are read once the scripts of this task have run: setAssetBase() after importing
    // brooklet.js, properties set right after the element was added.
    await Promise.resolve();
    if (this.session !== session) return;
    let app: { files: AppFile[]; entrypoint: string } | null;
    const bootedWith = this.sourceKey();
    let appWorker: AppWorker | undefined;
    try {
      // Python starts loading now, while the app's source is fetched (the worker brooklet.js
      // started for this element when it was already in the page, else a new one).
      const workerOptions = workerOptionsFor(this);
      const prestarted = takePrestarted(this, workerOptions);
      appWorker = prestarted ?? spawnWorker(workerOptions, true);
      // Python boots even before the app's source is known (the playground sets it later).
      app = await this.collectFiles();
      if (this.session !== session) {
        dropWorker(appWorker);
        return;
      }
      this.bootInfo = undefined;
      const booting = session.boot(
        {
          ...workerOptions,
          files: app?.files ?? [],
          entrypoint: app?.entrypoint ?? INLINE_ENTRYPOINT,
          appId: this.appId ?? this.defaultAppId(),
          persistCacheByDefault: this.persistCache,
          context: pageContext(),
        },
        appWorker,
      );
      appWorker = undefined; // the session owns it now
      this.bootInfo = { ...(await booting), prestarted: Boolean(prestarted) };
    } catch (err) {
      if (appWorker) dropWorker(appWorker);
      if (this.session !== session) return;
      session.dispose();
      this.fail("Brooklet could not start", err);
      return;
    }
    if (this.session !== session) return;
    this.booted = true;
    // After booting, so that caching the site for offline use does not slow the first visit down.
    if (this.offline) void enableOffline();
    if (this.sourceKey() !== bootedWith) {
      // The source changed while Python was starting.
      await this.reloadFiles();
    } else if (app) {
      this.setStatus("running");
      session.requestRun(null);
    } else {
      this.setStatus("idle");
    }
  }

  private defaultAppId(): string {
    const where = this.src ?? (this.id || `#${[...document.querySelectorAll("st-app")].indexOf(this)}`);
    return `${location.origin}${location.pathname}|${where}`;
  }

  /** The app's files, or null when no source is given yet. */
  private async collectFiles(): Promise<{ files: AppFile[]; entrypoint: string } | null> {
    const extra = Object.entries(this.files ?? {}).map(([path, data]) => ({ path, data }));
    const source = this.code ?? this.inlineSource;
    if (source !== undefined) return { files: [...extra, { path: INLINE_ENTRYPOINT, data: source }], entrypoint: INLINE_ENTRYPOINT };
    if (!this.src) return null;
    const url = new URL(this.src, document.baseURI);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${url.href}: HTTP ${response.status}.`);
    const entrypoint = url.pathname.split("/").pop() || INLINE_ENTRYPOINT;
    return { files: [...extra, { path: entrypoint, data: await response.text() }], entrypoint };
  }

  private async reloadFiles(): Promise<void> {
    if (!this.session) return;
    try {
      const app = await this.collectFiles();
      if (!app) return;
      await this.session.setFiles(app.files, app.entrypoint);
      this.setStatus("running");
      this.rerun();
    } catch (err) {
      this.fail("Could not load the app", err);
    }
  }

  // -- messages from the worker -----------------------------------------------------

  private onMessages(batch: ForwardBatch): void {
    for (const msg of batch) this.onMessage(msg);
    this.requestUpdate();
  }

  private onMessage(msg: ForwardMsg): void {
    switch (msg.type) {
      case "scriptStarted":
        this.fragments.onRunStart(msg);
        this.tree.beginRun(msg.runId, this.fragments.scope);
        this.runningId = msg.runId;
        this.setStatus("running");
        this.fire("st-run-start", { runId: msg.runId });
        return;
      case "delta":
        this.tree.apply(msg.delta, this.runningId ?? 0);
        this.fragments.onDelta(msg.delta);
        if (msg.delta.kind === "newElement") {
          this.widgets.onElement(msg.delta.element);
          this.forms.onElement(msg.delta.element);
        } else this.forms.onBlock(msg.delta.block);
        return;
      case "logo":
        this.logo.set(msg.logo, this.runningId);
        return;
      case "navigation":
        this.navigation.set(msg.navigation, this.runningId);
        // Later reruns stay on this page (and a switch_page's new page is taken over).
        if (this.session) this.session.page = msg.navigation.current;
        return;
      case "queryParams":
        applyQueryString(msg.queryString);
        return;
      case "pageConfig":
        this.applyPageConfig(msg.config);
        return;
      case "autoRerun":
        this.fragments.onAutoRerun(msg);
        return;
      case "scriptFinished":
        this.onScriptFinished(msg.runId, msg.outcome, msg.error);
        return;
      default:
        assertNever(msg);
    }
  }

  private onScriptFinished(runId: number, outcome: RunOutcome, error?: SerializedError): void {
    // -1: the worker reports the end of a run Python could not finish itself.
    if (runId < 0) runId = this.runningId ?? runId;
    if ((outcome === "success" || outcome === "stopped") && runId >= 0) {
      this.logo.finishRun(runId);
      if (!this.fragments.scope) this.navigation.finishRun(runId);
      // A fragment run cleans up only inside its fragment (behaviour.md §1.8).
      this.tree.clearStale(runId, this.fragments.scope);
      const widgetIds = collectWidgetIds(this.tree.roots);
      this.widgets.retainOnly(widgetIds);
      this.forms.retainOnly(widgetIds, this.tree);
    }
    if (outcome !== "rerun") this.runningId = null;
    // The run's last batch and the end of run() travel on different channels: when the
    // batch comes last, the session is already idle and only this can say so.
    if (outcome !== "rerun" && outcome !== "fatal" && this.session && !this.session.isRunning) this.setStatus("idle");
    if (outcome === "fatal") this.fail("The Python runtime stopped", error);
    this.fire("st-run-end", { runId: runId < 0 ? (this.runningId ?? runId) : runId, outcome, error });
  }

  /** A page link or the menu asks for another page: rerun on it with the committed values. */
  private onSwitchPage = (event: SwitchPageEvent): void => {
    event.stopPropagation();
    if (!this.session) return;
    this.session.page = event.detail.page;
    this.session.requestRun(this.widgets.takeStates());
  };

  private onWidgetValue = (event: WidgetValueEvent): void => {
    event.stopPropagation();
    // A change inside a form waits for its submit button; a submit commits the form first.
    if (this.forms.onWidgetValue(event.detail, this.widgets, this.tree)) return;
    if (event.detail.formId) this.requestUpdate();
    const { widgetId, value, trigger, rerun = true } = event.detail;
    if (trigger) this.widgets.trigger(widgetId, value);
    else this.widgets.set(widgetId, value);
    if (rerun) {
      this.setStatus("running");
      // A widget drawn by a fragment reruns only that fragment (behaviour.md §5.1).
      this.session?.requestRun(this.widgets.takeStates(), { fragmentId: this.fragments.fragmentOf(widgetId) });
    }
  };

  private onKeydown = (event: KeyboardEvent): void => this.forms.onKeydown(event);

  private onDeferredDownload = (event: CustomEvent<DeferredDownloadDetail>): void => {
    event.stopPropagation();
    const { handle, respond } = event.detail;
    respond(this.session ? this.session.downloadData(handle) : Promise.resolve({ error: "The app is not running." }));
  };

  /** Stop restarted Python: the run is over (a stop), and session state starts afresh. */
  private onWorkerRestart(ready: Promise<unknown>): void {
    const runId = this.runningId;
    this.fragments.dispose();
    if (runId !== null) this.onScriptFinished(runId, "stopped");
    this.notice = "The script was stopped by restarting Python, so the app's session state was reset.";
    this.setStatus("idle");
    void ready.catch(() => undefined);
    this.requestUpdate();
  }

  private onCrash(error: Error): void {
    this.session = undefined;
    this.runningId = null;
    this.fail("The Python worker stopped", error);
  }

  private fail(title: string, err: unknown): void {
    console.error(`Brooklet: ${title}`, err);
    const message = describeError(err);
    this.fatal = { title, message };
    this.setStatus("error");
    this.requestUpdate();
  }

  private applyPageConfig(config: PageConfig): void {
    this.pageConfig = config;
    if (this.sidebarCollapsed === undefined && config.initialSidebarState) {
      this.sidebarCollapsed = config.initialSidebarState === "collapsed" || (config.initialSidebarState === "auto" && window.innerWidth < 768);
    }
    // Only an app that owns the page sets its title.
    if (config.title && document.querySelectorAll("st-app").length === 1) document.title = config.title;
  }

  private setStatus(status: AppStatus): void {
    this.status = status;
  }

  private fire(type: "st-run-start" | "st-run-end", detail: RunEventDetail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // -- drawing ------------------------------------------------------------------------

  protected override render() {
    const ctx = { runningId: this.status === "running" ? this.runningId : null };
    const hasSidebar = this.tree.hasContent(RootContainer.SIDEBAR) || this.navigation.inSidebar;
    const collapsed = this.sidebarCollapsed ?? false;
    const layout = this.pageConfig.layout ?? "centered";
    return html`<div
      class="stApp st-layout-${layout}"
      data-testid="stApp"
      data-test-script-state=${this.status === "running" ? "running" : "notRunning"}
    >
      <st-app-menu></st-app-menu>
      <st-status-widget ?running=${this.status === "running"}></st-status-widget>
      ${hasSidebar
        ? html`<section class="stSidebar" data-testid="stSidebar" aria-expanded=${!collapsed} ?data-collapsed=${collapsed}>
            <button class="st-sidebar-toggle" data-testid="stSidebarCollapseButton" aria-label=${collapsed ? "Open sidebar" : "Close sidebar"} @click=${() => (this.sidebarCollapsed = !collapsed)}>
              ${collapsed ? "›" : "‹"}
            </button>
            <div class="stSidebarContent" data-testid="stSidebarContent" ?hidden=${collapsed}>
              ${this.logo.renderSidebarHeader()} ${this.navigation.renderSidebar()}
              <div class="stSidebarUserContent" data-testid="stSidebarUserContent">
                <div class="stVerticalBlock" data-testid="stVerticalBlock">${renderChildren(this.tree.roots[RootContainer.SIDEBAR], ctx)}</div>
              </div>
            </div>
            <st-sidebar-resizer></st-sidebar-resizer>
          </section>`
        : nothing}
      <section class="stMain" data-testid="stMain">
        ${this.logo.renderAppCorner(hasSidebar, !collapsed)}
        <div class="stMainBlockContainer block-container" data-testid="stMainBlockContainer">
          ${this.renderStatus()} ${this.navigation.renderTop()}
          <div class="stVerticalBlock" data-testid="stVerticalBlock">${renderChildren(this.tree.roots[RootContainer.MAIN], ctx)}</div>
        </div>
        ${this.tree.hasContent(RootContainer.BOTTOM)
          ? html`<div class="stBottom" data-testid="stBottom">
              <div class="stBottomBlockContainer" data-testid="stBottomBlockContainer">
                <div class="stVerticalBlock" data-testid="stVerticalBlock">${renderChildren(this.tree.roots[RootContainer.BOTTOM], ctx)}</div>
              </div>
            </div>`
          : nothing}
      </section>
      ${this.tree.hasContent(RootContainer.EVENT)
        ? html`<div class="st-event-root">${renderChildren(this.tree.roots[RootContainer.EVENT], ctx)}</div>`
        : nothing}
    </div>`;
  }

  private renderStatus() {
    if (this.fatal) {
      return html`<div class="st-fatal" data-testid="stBrookletError" role="alert">
        <strong>${this.fatal.title}</strong>
        <pre>${this.fatal.message}</pre>
        <p>Restart starts a fresh Python; the app's session state is reset.</p>
        <button @click=${() => void this.restart()}>Restart</button>
      </div>`;
    }
    if (this.notice) {
      return html`<div class="st-notice" data-testid="stBrookletNotice" role="status">
        <span>${this.notice}</span>
        <button aria-label="Dismiss" @click=${() => (this.notice = undefined)}>×</button>
      </div>`;
    }
    if (this.status === "booting") {
      return html`<div class="st-boot" data-testid="stBrookletBoot" role="status">
        <span class="st-boot-spinner"></span><span>${this.bootMessage}…</span>
      </div>`;
    }
    return nothing;
  }
}

function collectWidgetIds(nodes: (TreeNode | undefined)[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (!node) continue;
    if (node.kind === "block") collectWidgetIds(node.children, into);
    else if ("id" in node.payload && node.payload.id) into.add(node.payload.id);
  }
  return into;
}

/** What st.context reports, read from the page (the time zone is left to the worker: ContextInfo). */
function pageContext(): ContextInfo {
  const cookies: Record<string, string> = {};
  for (const part of document.cookie ? document.cookie.split("; ") : []) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1));
  }
  let framed: boolean;
  try {
    framed = window.top !== window;
  } catch {
    framed = true;
  }
  return {
    url: location.href,
    locale: navigator.language,
    timezoneOffset: new Date().getTimezoneOffset(),
    // Brooklet draws the light theme only.
    theme: { type: "light" },
    cookies,
    isEmbedded: framed || new URLSearchParams(location.search).get("embed") === "true",
  };
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === "object" && "message" in err) return String((err as SerializedError).message);
  if (err && typeof err === "object" && "name" in err) return `${String((err as { name: unknown }).name)} ${JSON.stringify(err)}`;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/** Remove the common indentation of inline source. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^\s*/)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join("\n") + "\n";
}

declare global {
  interface HTMLElementTagNameMap {
    "st-app": StApp;
  }
}
