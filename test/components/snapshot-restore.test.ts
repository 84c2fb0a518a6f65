/// <reference types="mocha" />
/* Unit tests for worker/snapshot-restore.ts: which parts of a snapshot's memory image are read. */
import { expect } from "@esm-bundle/chai";
import { rangesToRead } from "../../worker/snapshot-restore.js";

describe("snapshot restore: ranges to read", () => {
  it("skips zero runs above the heap's break and reads the rest", () => {
    // Zeros at 100-200 (below the break: memory there may have been written) and 600-800.
    expect(rangesToRead(1000, [[100, 100], [600, 200]], [[500, Infinity]])).to.deep.equal([
      [0, 600],
      [800, 1000],
    ]);
  });

  it("reads the part of a zero run that lies below the break", () => {
    expect(rangesToRead(1000, [[400, 300]], [[500, Infinity]])).to.deep.equal([
      [0, 500],
      [700, 1000],
    ]);
  });

  it("skips zero runs in the unused stack and above the break, not between", () => {
    // Stack unused from 100 to 300 (its pointer), break at 700; zeros at 0-400 and 600-1000.
    expect(rangesToRead(1000, [[0, 400], [600, 400]], [[100, 300], [700, Infinity]])).to.deep.equal([
      [0, 100],
      [300, 700],
    ]);
  });

  it("reads nothing after a zero run that ends the image", () => {
    expect(rangesToRead(1000, [[200, 100], [900, 100]], [[0, Infinity]])).to.deep.equal([
      [0, 200],
      [300, 900],
    ]);
  });

  it("reads everything when it cannot tell where zeros are not needed or has no runs", () => {
    expect(rangesToRead(1000, [[600, 200]], [])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, undefined, [[0, Infinity]])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, [], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
  });

  it("reads everything when the runs are not sorted, overlap or leave the image", () => {
    expect(rangesToRead(1000, [[600, 200], [100, 100]], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, [[100, 200], [250, 100]], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, [[900, 200]], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, [[100, -5]], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
    expect(rangesToRead(1000, [[100]], [[0, Infinity]])).to.deep.equal([[0, 1000]]);
  });
});
