/**
 * Owns one app's worker: boots it, runs the script, queues and merges rerun
 * requests while a run is in progress, and reports what happens through callbacks.
 */
import * as Comlink from "comlink";
import type {
  AppFile,
  BootProgress,
  ContextInfo,
  ForwardBatch,
  RerunRequest,
  RunOutcome,
  WidgetStates,
  WorkerApi,
} from "../../packages/protocol/index.js";
import { mergeStates } from "./widget-store.js";

export interface SessionCallbacks {
  onMessages(batch: ForwardBatch): void;
  onBootProgress(progress: BootProgress): void;
  /** The worker died or Python failed in a way the app cannot recover from. */
  onCrash(error: Error): void;
  onIdle(): void;
}

export interface SessionOptions {
  workerUrl: URL;
  pyodideUrl: string;
  packageBaseUrl?: string;
  files: AppFile[];
  entrypoint: string;
  appId: string;
  persistCacheByDefault: boolean;
  context: ContextInfo;
}

export class AppSessionController {
  private worker?: Worker;
  private api?: Comlink.Remote<WorkerApi>;
  private running = false;
  /** A request waiting for the run in progress; `undefined` when none. */
  private queued?: { widgetStates: WidgetStates | null };
  private disposed = false;

  constructor(private readonly callbacks: SessionCallbacks) {}

  async boot(options: SessionOptions): Promise<void> {
    this.worker = new Worker(options.workerUrl, { type: "module", name: "brooklet" });
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.crash(new Error(event.message || "The Python worker stopped unexpectedly."));
    });
    this.api = Comlink.wrap<WorkerApi>(this.worker);
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<ForwardBatch>) => this.callbacks.onMessages(event.data);
    await this.api.boot(
      {
        pyodideUrl: options.pyodideUrl,
        packageBaseUrl: options.packageBaseUrl,
        files: options.files,
        entrypoint: options.entrypoint,
        appId: options.appId,
        persistCacheByDefault: options.persistCacheByDefault,
        context: options.context,
      },
      Comlink.transfer(channel.port2, [channel.port2]),
      Comlink.proxy((p: BootProgress) => this.callbacks.onBootProgress(p)),
    );
  }

  async setFiles(files: AppFile[], entrypoint: string): Promise<void> {
    await this.api?.setFiles(files, entrypoint);
  }

  async clearCaches(): Promise<void> {
    await this.api?.clearCaches();
  }

  /** Ask for a run; while one is in progress the request waits and merges with others. */
  requestRun(widgetStates: WidgetStates | null): void {
    if (this.running) {
      this.queued = { widgetStates: mergeStates(this.queued?.widgetStates ?? null, widgetStates) };
      return;
    }
    void this.runNow(widgetStates);
  }

  get isRunning(): boolean {
    return this.running;
  }

  private async runNow(widgetStates: WidgetStates | null): Promise<void> {
    if (!this.api || this.disposed) return;
    this.running = true;
    const request: RerunRequest = { widgetStates, queryString: location.search.replace(/^\?/, "") };
    let outcome: RunOutcome;
    try {
      outcome = await this.api.run(request);
    } catch (err) {
      this.running = false;
      this.crash(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.running = false;
    if (outcome === "fatal") return;
    const next = this.queued;
    this.queued = undefined;
    if (next) void this.runNow(next.widgetStates);
    else this.callbacks.onIdle();
  }

  private crash(error: Error): void {
    if (this.disposed) return;
    this.dispose();
    this.callbacks.onCrash(error);
  }

  dispose(): void {
    this.disposed = true;
    this.api?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = undefined;
    this.api = undefined;
  }
}
