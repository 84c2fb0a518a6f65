/**
 * The page's side of `@st.fragment` (behaviour.md §5.1–§5.2): which fragment each widget
 * belongs to (a change reruns only that fragment), the `run_every` timers (reset by
 * every full run) and the scope of the run in progress (what stale cleanup may touch).
 */
import type { Delta, DeltaPath, ForwardMsg } from "../../packages/protocol/index.js";

type ScriptStarted = Extract<ForwardMsg, { type: "scriptStarted" }>;
type AutoRerun = Extract<ForwardMsg, { type: "autoRerun" }>;

export class FragmentRuns {
  /** Widget id (or dialog dismiss id) → the fragment whose body drew it. */
  private widgetFragments = new Map<string, string>();
  private timers = new Map<string, ReturnType<typeof setInterval>>();
  private currentScope: DeltaPath | null = null;

  /** `rerun(fragmentId)` is called when a fragment's timer fires. */
  constructor(private readonly rerun: (fragmentId: string) => void) {}

  /** The container path the run in progress is limited to, or null for a full run. */
  get scope(): DeltaPath | null {
    return this.currentScope;
  }

  onRunStart(msg: ScriptStarted): void {
    this.currentScope = msg.fragmentId && msg.scope?.length ? msg.scope : null;
    // A full run declares its fragments again, with their timers.
    if (!msg.fragmentId) this.clearTimers();
  }

  onDelta(delta: Delta): void {
    const payload = delta.kind === "newElement" ? delta.element : delta.block;
    const id = "id" in payload ? payload.id : "dismissId" in payload ? payload.dismissId : null;
    if (typeof id !== "string") return;
    if (delta.fragmentId) this.widgetFragments.set(id, delta.fragmentId);
    else this.widgetFragments.delete(id);
  }

  onAutoRerun(msg: AutoRerun): void {
    const existing = this.timers.get(msg.fragmentId);
    if (existing !== undefined) clearInterval(existing);
    const ms = Math.max(50, msg.interval * 1000);
    this.timers.set(
      msg.fragmentId,
      setInterval(() => this.rerun(msg.fragmentId), ms),
    );
  }

  /** The fragment a widget change reruns, or undefined for a full rerun. */
  fragmentOf(widgetId: string): string | undefined {
    return this.widgetFragments.get(widgetId);
  }

  clearTimers(): void {
    for (const timer of this.timers.values()) clearInterval(timer);
    this.timers.clear();
  }

  dispose(): void {
    this.clearTimers();
    this.widgetFragments.clear();
    this.currentScope = null;
  }
}
