import type { ForwardMsg } from "../packages/protocol/index.js";

export interface BatcherOptions {
  /** Messages sent at once per window before batching starts (a normal app never waits). */
  burst: number;
  /** Length of the burst window, ms. */
  windowMs: number;
  /** While batching, the longest a message waits for the next send, ms. */
  maxDelayMs: number;
  /** While batching, the most messages in one batch. */
  maxBatch: number;
}

const DEFAULTS: BatcherOptions = { burst: 24, windowMs: 50, maxDelayMs: 16, maxBatch: 500 };

/**
 * Groups forward messages into batches for postMessage.
 *
 * Python runs synchronously, so there is no timer to flush a held message: a message is
 * sent at once unless the script is producing a flood (more than `burst` sends inside
 * `windowMs`). During a flood, messages are held until `maxDelayMs` has passed or
 * `maxBatch` piled up, checked on each new message. The runtime flushes explicitly at the
 * end of a run and before `time.sleep`, so nothing is held while the script waits.
 */
export class DeltaBatcher {
  private queue: ForwardMsg[] = [];
  /** Buffers of the queued messages to transfer, not copy (Arrow tables). */
  private transfer: Transferable[] = [];
  private windowStart = -Infinity;
  private sentInWindow = 0;
  private lastFlush = -Infinity;
  private readonly options: BatcherOptions;

  constructor(
    private readonly post: (batch: ForwardMsg[], transfer: Transferable[]) => void,
    options: Partial<BatcherOptions> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Queue a message; `transfer` lists buffers inside it that move to the page. */
  push(msg: ForwardMsg, transfer: Transferable[] = []): void {
    this.queue.push(msg);
    for (const t of transfer) this.transfer.push(t);
    const t = this.now();
    if (t - this.windowStart > this.options.windowMs) {
      this.windowStart = t;
      this.sentInWindow = 0;
    }
    const flooding = this.sentInWindow >= this.options.burst;
    if (!flooding || t - this.lastFlush >= this.options.maxDelayMs || this.queue.length >= this.options.maxBatch) {
      this.flush();
    }
  }

  flush(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    const transfer = this.transfer;
    this.queue = [];
    this.transfer = [];
    this.lastFlush = this.now();
    this.sentInWindow++;
    this.post(batch, transfer);
  }
}
