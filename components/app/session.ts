/**
 * Owns one app's worker: boots it, runs the script, queues and merges rerun
 * requests while a run is in progress (run-queue.ts), ends a run early for a newer
 * request or for Stop (interrupt.ts), and reports what happens through callbacks.
 */
import * as Comlink from "comlink";
import type {
  AppFile,
  BootInfo,
  BootProgress,
  ContextInfo,
  DeferredDownload,
  ForwardBatch,
  RerunRequest,
  RunOutcome,
  WidgetStates,
  WorkerApi,
} from "../../packages/protocol/index.js";
import { type AppWorker, type WorkerOptions, dropWorker, spawnWorker } from "./app-worker.js";
import { InterruptChannel } from "./interrupt.js";
import { SentFiles } from "./uploads.js";
import { RunQueue, type RunRequestInput } from "./run-queue.js";

export interface SessionCallbacks {
  onMessages(batch: ForwardBatch): void;
  onBootProgress(progress: BootProgress): void;
  /** The worker died or Python failed in a way the app cannot recover from. */
  onCrash(error: Error): void;
  onIdle(): void;
  /**
   * Stop had to restart the worker (no shared memory, or Python did not stop): the run
   * is over and session state is reset. Called before the new worker boots; `ready`
   * settles when it has.
   */
  onWorkerRestart?(ready: Promise<unknown>): void;
}

/** How long a stop may take at `st` calls before Python is interrupted wherever it is, ms. */
const HARD_STOP_AFTER_MS = 250;
/** How long the hard stop may take before the worker is restarted, ms. */
const RESTART_AFTER_MS = 3000;

export interface SessionOptions extends WorkerOptions {
  files: AppFile[];
  entrypoint: string;
  appId: string;
  persistCacheByDefault: boolean;
  context: ContextInfo;
}

export class AppSessionController {
  private appWorker?: AppWorker;
  private running = false;
  /** Requests waiting for the run in progress. */
  private queue = new RunQueue();
  /** Shared memory with the worker, when the page is cross-origin isolated. */
  private readonly interrupt = InterruptChannel.create();
  /** URL path of the page to run (st.navigation); null: the app's default. */
  page: string | null = null;
  /** Uploaded files whose bytes the current worker has. */
  private readonly sentFiles = new SentFiles();
  private disposed = false;
  /** Bumped when the worker is replaced: results of the old one are ignored. */
  private generation = 0;
  private booting = false;
  private bootOptions?: SessionOptions;
  private stopTimer?: ReturnType<typeof setTimeout>;
  /** Counts runs, so that a late stop step never hits the run after the one stopped. */
  private runSerial = 0;
  private notedNoInterrupts = false;

  constructor(private readonly callbacks: SessionCallbacks) {}

  private get api(): Comlink.Remote<WorkerApi> | undefined {
    return this.appWorker?.api;
  }

  /** True when a newer request or Stop can end a run early (the page is cross-origin isolated). */
  get canInterrupt(): boolean {
    return this.interrupt !== undefined;
  }

  /** Boots in `prestarted` when given (a worker made with the same options), else in a new worker. */
  async boot(options: SessionOptions, prestarted?: AppWorker): Promise<BootInfo> {
    this.bootOptions = options;
    this.booting = true;
    try {
      return await this.startWorker(options, prestarted);
    } finally {
      this.booting = false;
    }
  }

  private async startWorker(options: SessionOptions, prestarted?: AppWorker): Promise<BootInfo> {
    const appWorker = (this.appWorker = prestarted ?? spawnWorker(options));
    this.sentFiles.reset();
    appWorker.onError((message) => {
      if (this.appWorker === appWorker) this.crash(new Error(message));
    });
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<ForwardBatch>) => this.callbacks.onMessages(event.data);
    return await appWorker.api.boot(
      {
        pyodideUrl: options.pyodideUrl,
        packageBaseUrl: options.packageBaseUrl,
        files: options.files,
        entrypoint: options.entrypoint,
        appId: options.appId,
        persistCacheByDefault: options.persistCacheByDefault,
        context: options.context,
        snapshotUrl: options.snapshotUrl,
        interruptBuffer: this.interrupt?.buffer,
      },
      Comlink.transfer(channel.port2, [channel.port2]),
      Comlink.proxy((p: BootProgress) => this.callbacks.onBootProgress(p)),
    );
  }

  async setFiles(files: AppFile[], entrypoint: string): Promise<void> {
    if (this.bootOptions) this.bootOptions = { ...this.bootOptions, files, entrypoint };
    // The worker takes the files once Python is free: end the run in progress early.
    if (this.running) this.interrupt?.requestRerun();
    await this.api?.setFiles(files, entrypoint);
  }

  async clearCaches(): Promise<void> {
    await this.api?.clearCaches();
  }

  /** The file of a download button whose data is a callable (called now, in the worker). */
  async downloadData(handle: string): Promise<DeferredDownload> {
    return (await this.api?.downloadData(handle)) ?? { error: "The app is not running." };
  }

  /**
   * Ask for a run (of the app, or of one fragment). While one is in progress the request
   * waits and merges with others; a full-app request ends the run early at its next `st`
   * call when the page is cross-origin isolated (behaviour.md §1.3–§1.4).
   */
  requestRun(widgetStates: WidgetStates | null, options: Omit<RunRequestInput, "widgetStates"> = {}): void {
    this.queue.push({ widgetStates, ...options });
    if (!this.running) {
      if (!this.booting) void this.runNext();
      return;
    }
    if (!this.queue.preempts) return;
    if (this.interrupt) this.interrupt.requestRerun();
    else this.noteNoInterrupts();
  }

  get isRunning(): boolean {
    return this.running;
  }

  /**
   * Stop the run in progress (the Stop button). It ends at its next `st` call; a script
   * busy in pure Python is interrupted where it is (Pyodide's interrupt buffer). Without
   * shared memory, or when Python does not stop, the worker is restarted: session
   * state is then reset. Queued requests are dropped.
   */
  stop(): void {
    this.queue.clear();
    if (!this.running || this.stopTimer !== undefined) return;
    const interrupt = this.interrupt;
    if (!interrupt) {
      this.noteNoInterrupts();
      void this.restartWorker();
      return;
    }
    interrupt.requestStop();
    const serial = this.runSerial;
    const stillRunning = () => this.running && serial === this.runSerial;
    this.stopTimer = setTimeout(() => {
      if (!stillRunning()) return;
      interrupt.hardInterrupt();
      this.stopTimer = setTimeout(() => {
        if (!stillRunning()) return;
        // Says in the console why session state is about to be lost (the page shows a notice too).
        console.warn(`Brooklet: Python did not stop within ${RESTART_AFTER_MS} ms of the interrupt; restarting it.`);
        void this.restartWorker();
      }, RESTART_AFTER_MS);
    }, HARD_STOP_AFTER_MS);
  }

  private async runNext(): Promise<void> {
    const next = this.queue.take();
    if (!next) {
      this.callbacks.onIdle();
      return;
    }
    if (!this.api || this.disposed) return;
    const generation = this.generation;
    this.runSerial++;
    this.running = true;
    this.interrupt?.reset();
    const request: RerunRequest = {
      widgetStates: this.sentFiles.strip(next.widgetStates),
      queryString: location.search.replace(/^\?/, ""),
      fragmentId: next.fragmentId,
      isAutoRerun: next.isAutoRerun,
      page: this.page,
    };
    let outcome: RunOutcome;
    try {
      outcome = await this.api.run(request);
    } catch (err) {
      if (generation !== this.generation) return;
      this.running = false;
      this.crash(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    // The worker was restarted by stop() while this run was going: the new one carries on.
    if (generation !== this.generation) return;
    this.running = false;
    this.interrupt?.reset();
    clearTimeout(this.stopTimer);
    this.stopTimer = undefined;
    if (outcome === "fatal") {
      // The run failed before Python may have kept this request's file bytes: send them again.
      this.sentFiles.reset();
      return;
    }
    void this.runNext();
  }

  /** Replace a worker that cannot be stopped otherwise; the app's session state is lost. */
  private async restartWorker(): Promise<void> {
    const options = this.bootOptions;
    if (!options || this.disposed) return;
    this.generation++;
    clearTimeout(this.stopTimer);
    this.stopTimer = undefined;
    this.running = false;
    this.queue.clear();
    this.terminateWorker();
    const ready = this.boot(options);
    this.callbacks.onWorkerRestart?.(ready);
    try {
      await ready;
    } catch (err) {
      this.crash(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (!this.running) void this.runNext();
  }

  private noteNoInterrupts(): void {
    if (this.notedNoInterrupts) return;
    this.notedNoInterrupts = true;
    console.info(
      "Brooklet: this page is not cross-origin isolated, so a running script cannot be interrupted: " +
        "new interactions wait for it to finish, and Stop restarts Python (session state is reset). " +
        "Serve the page with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.",
    );
  }

  private crash(error: Error): void {
    if (this.disposed) return;
    this.dispose();
    this.callbacks.onCrash(error);
  }

  private terminateWorker(): void {
    if (this.appWorker) dropWorker(this.appWorker);
    this.appWorker = undefined;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.stopTimer);
    this.queue.clear();
    this.terminateWorker();
  }
}
