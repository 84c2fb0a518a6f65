/// <reference types="mocha" />
/* Unit tests for worker/delta-batcher.ts, on a fake clock. */
import { expect } from "@esm-bundle/chai";
import { DeltaBatcher, type BatcherOptions } from "../../worker/delta-batcher.js";
import type { ForwardMsg } from "../../packages/protocol/index.js";

/** A message whose run id numbers it, so batches read as lists of numbers. */
const msg = (n: number): ForwardMsg => ({ type: "scriptStarted", runId: n });

function setup(options: Partial<BatcherOptions> = {}) {
  let now = 0;
  const batches: number[][] = [];
  const batcher = new DeltaBatcher(
    (batch) => batches.push(batch.map((m) => (m as { runId: number }).runId)),
    options,
    () => now,
  );
  let next = 0;
  return {
    batcher,
    batches,
    /** Push `count` messages at the current time. */
    push(count = 1) {
      for (let i = 0; i < count; i++) batcher.push(msg(next++));
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

const OPTIONS = { burst: 3, windowMs: 50, maxDelayMs: 16, maxBatch: 100 };

describe("DeltaBatcher", () => {
  it("posts sparse messages at once, one per batch", () => {
    const t = setup(OPTIONS);
    for (let i = 0; i < 5; i++) {
      t.push();
      t.advance(100);
    }
    expect(t.batches).to.deep.equal([[0], [1], [2], [3], [4]]);
  });

  it("posts up to `burst` messages at once within one window", () => {
    const t = setup(OPTIONS);
    t.push(3);
    expect(t.batches).to.deep.equal([[0], [1], [2]]);
  });

  it("batches a flood beyond `burst` within `windowMs`", () => {
    const t = setup(OPTIONS);
    t.push(3); // the burst: sent one by one
    t.advance(1);
    t.push(5); // the flood: held
    expect(t.batches).to.deep.equal([[0], [1], [2]]);
    t.batcher.flush();
    expect(t.batches).to.deep.equal([[0], [1], [2], [3, 4, 5, 6, 7]]);
  });

  it("during a flood, a message that arrives maxDelayMs after the last send flushes the held ones", () => {
    const t = setup(OPTIONS);
    t.push(3);
    t.push(2); // held (time 0)
    t.advance(10);
    t.push(); // still within maxDelayMs of the last send: held
    expect(t.batches).to.have.length(3);
    t.advance(6); // 16 ms since the last send
    t.push();
    expect(t.batches).to.deep.equal([[0], [1], [2], [3, 4, 5, 6]]);
    t.advance(1);
    t.push(); // the clock restarts at that send
    expect(t.batches).to.have.length(4);
  });

  it("during a flood, maxBatch held messages flush at once", () => {
    const t = setup({ ...OPTIONS, maxBatch: 4 });
    t.push(3);
    t.push(3);
    expect(t.batches).to.have.length(3);
    t.push(); // the fourth held message
    expect(t.batches).to.deep.equal([[0], [1], [2], [3, 4, 5, 6]]);
    t.push(4);
    expect(t.batches.at(-1)).to.deep.equal([7, 8, 9, 10]);
  });

  it("after the window passes, messages are sent at once again", () => {
    const t = setup(OPTIONS);
    t.push(3);
    t.push(2); // held
    t.advance(51);
    t.push(); // new window: not flooding, sent with the held ones
    expect(t.batches).to.deep.equal([[0], [1], [2], [3, 4, 5]]);
    t.push();
    expect(t.batches.at(-1)).to.deep.equal([6]);
  });

  it("flush() posts the rest; nothing is posted when nothing is held", () => {
    const t = setup(OPTIONS);
    t.batcher.flush();
    expect(t.batches).to.deep.equal([]);
    t.push(4);
    t.batcher.flush();
    t.batcher.flush();
    expect(t.batches).to.deep.equal([[0], [1], [2], [3]]);
  });

  it("delivers every message exactly once and in order through a long flood", () => {
    const t = setup({ burst: 24, windowMs: 50, maxDelayMs: 16, maxBatch: 500 });
    for (let i = 0; i < 2000; i++) {
      t.push();
      t.advance(0.05); // 20 messages per ms
    }
    t.batcher.flush();
    expect(t.batches.flat()).to.deep.equal(Array.from({ length: 2000 }, (_, i) => i));
    expect(t.batches.length, "far fewer posts than messages").to.be.below(200);
    expect(Math.max(...t.batches.map((b) => b.length))).to.be.at.most(500);
  });

  it("uses sensible defaults: a normal app's messages are never held", () => {
    const t = setup();
    t.push(24);
    expect(t.batches).to.have.length(24);
  });

  it("defaults to performance.now() as its clock", () => {
    const posted: ForwardMsg[][] = [];
    const batcher = new DeltaBatcher((b) => posted.push(b));
    batcher.push(msg(1));
    expect(posted).to.deep.equal([[msg(1)]]);
  });
});
