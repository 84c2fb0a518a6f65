/// <reference types="mocha" />
/* Unit tests for worker/python-package.ts: the packed `streamlit` package the build writes
 * (scripts/python-sources.mjs packPythonFiles) and what the worker reads back from it. */
import { expect } from "@esm-bundle/chai";
import { unpackPythonFiles } from "../../worker/python-package.js";

/** Packs like scripts/python-sources.mjs does. */
function pack(files: [string, string][]): Uint8Array {
  const encoder = new TextEncoder();
  const bodies = files.map(([, text]) => encoder.encode(text));
  const index = encoder.encode(JSON.stringify(files.map(([path], i) => [path, bodies[i].length])));
  const out = new Uint8Array(4 + index.length + bodies.reduce((n, b) => n + b.length, 0));
  new DataView(out.buffer).setUint32(0, index.length, true);
  out.set(index, 4);
  let offset = 4 + index.length;
  for (const body of bodies) {
    out.set(body, offset);
    offset += body.length;
  }
  return out;
}

const text = (data: string | Uint8Array) => (typeof data === "string" ? data : new TextDecoder().decode(data));

describe("packed streamlit package", () => {
  it("reads back the package the build packed", async () => {
    const worker = await (await fetch("/dist/worker.js")).text();
    const name = worker.match(/streamlit-python-[\w-]+\.bin/)?.[0];
    expect(name, "worker.js names the packed package").to.be.a("string");
    const files = unpackPythonFiles(new Uint8Array(await (await fetch(`/dist/assets/${name}`)).arrayBuffer()));
    const init = files.find((f) => f.path === "streamlit/__init__.py");
    expect(init, "streamlit/__init__.py").to.exist;
    expect(text(init!.data)).to.equal(await (await fetch("/packages/streamlit/streamlit/__init__.py")).text());
    expect(files.every((f) => f.data instanceof Uint8Array)).to.equal(true);
  });

  it("keeps paths, non-ASCII text and empty files", () => {
    const files = unpackPythonFiles(
      pack([
        ["pkg/__init__.py", ""],
        ["pkg/ünïcode.py", "NAME = 'Grüße ✓'\n"],
      ]),
    );
    expect(files.map((f) => [f.path, text(f.data)])).to.deep.equal([
      ["pkg/__init__.py", ""],
      ["pkg/ünïcode.py", "NAME = 'Grüße ✓'\n"],
    ]);
  });

  it("says the package is damaged rather than installing part of it", () => {
    const good = pack([["a.py", "x = 1\n"]]);
    expect(() => unpackPythonFiles(good.subarray(0, 2))).to.throw(/damaged: it has only 2 bytes/);
    expect(() => unpackPythonFiles(good.subarray(0, good.length - 1))).to.throw(/damaged: a\.py runs past its end/);
    expect(() => unpackPythonFiles(new Uint8Array([...good, 0]))).to.throw(/damaged: 1 bytes follow its last file/);
    const notJson = new Uint8Array([3, 0, 0, 0, 0x7b, 0x7b, 0x7b]);
    expect(() => unpackPythonFiles(notJson)).to.throw(/damaged: its index is not JSON/);
    const tooLong = new Uint8Array([99, 0, 0, 0, 0x5b, 0x5d]);
    expect(() => unpackPythonFiles(tooLong)).to.throw(/damaged: its index runs past its end/);
  });
});
