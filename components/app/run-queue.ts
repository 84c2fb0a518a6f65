/**
 * Requests that wait while a run is in progress (behaviour.md §1.3), merged as
 * Streamlit merges them: newest widget values win, a trigger that was true in any of
 * them stays true, and a full-app request absorbs queued fragment requests (a full run
 * runs every fragment anyway). Only a full-app request ends the run in progress early:
 * a fragment request waits for it, as in Streamlit, so it never cuts short elements
 * outside the fragment.
 */
import type { WidgetStates } from "../../packages/protocol/index.js";
import { mergeStates } from "./widget-store.js";

export interface RunRequestInput {
  widgetStates: WidgetStates | null;
  /** Rerun only this fragment; null or undefined for the whole app. */
  fragmentId?: string | null;
  /** Asked for by a `run_every` timer. */
  isAutoRerun?: boolean;
}

export interface QueuedRun {
  widgetStates: WidgetStates | null;
  fragmentId: string | null;
  isAutoRerun: boolean;
}

export class RunQueue {
  private pending = false;
  private states: WidgetStates | null = null;
  private full = false;
  /** Fragments to rerun, in the order they were asked for. */
  private fragmentIds: string[] = [];
  /** Fragments asked for by their timers only. */
  private autoOnly = new Set<string>();

  get isEmpty(): boolean {
    return !this.pending;
  }

  /** A full-app request waits: the run in progress should end early for it. */
  get preempts(): boolean {
    return this.pending && this.full;
  }

  push(request: RunRequestInput): void {
    this.states = this.pending ? mergeStates(this.states, request.widgetStates) : request.widgetStates;
    this.pending = true;
    const fragmentId = request.fragmentId ?? null;
    if (fragmentId === null) {
      this.full = true;
      this.fragmentIds = [];
      this.autoOnly.clear();
      return;
    }
    if (this.full) return;
    if (!this.fragmentIds.includes(fragmentId)) {
      this.fragmentIds.push(fragmentId);
      if (request.isAutoRerun) this.autoOnly.add(fragmentId);
    } else if (!request.isAutoRerun) {
      this.autoOnly.delete(fragmentId);
    }
  }

  /**
   * The next run to start, or undefined. Several queued fragments run one after the
   * other; only the first carries the widget states (the others would only repeat them).
   */
  take(): QueuedRun | undefined {
    if (!this.pending) return undefined;
    if (this.full || this.fragmentIds.length === 0) {
      const run = { widgetStates: this.states, fragmentId: null, isAutoRerun: false };
      this.clear();
      return run;
    }
    const fragmentId = this.fragmentIds.shift()!;
    const run = { widgetStates: this.states, fragmentId, isAutoRerun: this.autoOnly.delete(fragmentId) };
    this.states = null;
    if (this.fragmentIds.length === 0) this.clear();
    return run;
  }

  clear(): void {
    this.pending = false;
    this.states = null;
    this.full = false;
    this.fragmentIds = [];
    this.autoOnly.clear();
  }
}
