/**
 * Restoring a memory snapshot from a file straight into Python's memory.
 *
 * Pyodide restores a snapshot by copying it into the wasm memory (`API.restoreSnapshot`, called
 * by loadPyodide once the module is instantiated). Handing it the snapshot as one 31 MB buffer
 * means reading the whole file into fresh memory and then copying it into more fresh memory;
 * in a worker that is compiling the wasm meanwhile that took 0.4-0.6 s on the test machines.
 * Here loadPyodide gets a buffer of the right length holding only the header, and the memory is
 * read from the file into the wasm memory when Pyodide restores it (about 0.15 s). A downloaded
 * snapshot, already in memory, is copied the same way (snapshotInMemory).
 *
 * Not all of the image is read: the build lists where it is all zeros (snapshot.json
 * `zeroRuns`), and two parts of Python's memory need no zeros written: above the heap's break
 * (untouched since the module was made, so zero already) and the stack below its pointer (dead
 * memory, which C code never reads before writing; 10 MB of the image is that unused stack).
 * Together that is 14.5 of the image's 31 MB; each page not written is one the browser need not
 * map (restoring took 120-150 ms, now about 60).
 *
 * Relies on how Pyodide 314 lays out a snapshot (`API.makeSnapshot`): 32-bit words
 * [magic, offset of the memory image, length of the JSON config, ...], then the build id and the
 * config, then from that offset on the memory image, restored at address 0. Pyodide's own
 * restoreSnapshot still checks the magic and build id and parses the config.
 */
import type { SnapshotFile, SnapshotMeta } from "./boot-cache.js";

/** What Pyodide's pyodide.asm.mjs exports as default (its Emscripten module factory). */
export type CreatePyodideModule = (settings: object) => Promise<EmscriptenModule>;

interface EmscriptenModule {
  HEAPU8?: Uint8Array;
  HEAPU32?: Uint32Array;
  API?: { restoreSnapshot?: (snapshot: Uint8Array) => unknown };
  _emscripten_get_sbrk_ptr?: () => number;
  _emscripten_stack_get_base?: () => number;
  _emscripten_stack_get_end?: () => number;
  _emscripten_stack_get_current?: () => number;
}

/**
 * The parts of the module's memory where the image's zeros need not be written, as sorted
 * [start, end) ranges: the stack below its pointer, and above the heap's break and the stack.
 * None when the module does not say where those are.
 */
function needsNoZeros(module: EmscriptenModule): [number, number][] {
  const breakPointer = module._emscripten_get_sbrk_ptr?.();
  const stackTop = module._emscripten_stack_get_base?.(); // the stack grows down from here...
  const stackLimit = module._emscripten_stack_get_end?.(); // ...to here
  const stackPointer = module._emscripten_stack_get_current?.();
  const numbers = [breakPointer, stackTop, stackLimit, stackPointer];
  if (!module.HEAPU32 || !numbers.every((n) => typeof n === "number")) return [];
  const heapBreak = module.HEAPU32[breakPointer! >>> 2];
  const ranges: [number, number][] = [];
  if (stackLimit! <= stackPointer! && stackPointer! <= stackTop!) ranges.push([stackLimit!, stackPointer!]);
  ranges.push([Math.max(heapBreak, stackTop!, stackLimit!), Infinity]);
  return ranges;
}

/**
 * The [start, end) ranges of an image of `imageLength` bytes to read: all of it but where a zero
 * run (sorted [start, length] pairs) meets a range that needs no zeros (sorted [start, end)
 * pairs). Zero runs that are not sorted, overlap or leave the image make it read everything.
 */
export function rangesToRead(
  imageLength: number,
  zeroRuns: readonly (readonly number[])[] | undefined,
  noZerosNeeded: readonly (readonly [number, number])[],
): [number, number][] {
  const skipped: [number, number][] = [];
  let previousEnd = 0;
  for (const run of zeroRuns ?? []) {
    const [start, length] = run;
    const end = start + length;
    const valid = run.length === 2 && Number.isInteger(start) && Number.isInteger(length) && start >= previousEnd && length > 0 && end <= imageLength;
    if (!valid) return [[0, imageLength]];
    previousEnd = end;
    for (const [from, to] of noZerosNeeded) {
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      if (a < b) skipped.push([a, b]);
    }
  }
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const [a, b] of skipped) {
    if (a > cursor) ranges.push([cursor, a]);
    cursor = Math.max(cursor, b);
  }
  if (cursor < imageLength) ranges.push([cursor, imageLength]);
  return ranges;
}

/** A snapshot that cannot be restored from its file; the message says why. */
export class SnapshotFileError extends Error {
  override name = "SnapshotFileError";
}

/** A snapshot already in memory (downloaded, or read from Cache Storage), read like a stored file. */
export function snapshotInMemory(bytes: Uint8Array): SnapshotFile {
  return {
    size: bytes.length,
    readInto(target, offset) {
      if (offset + target.length > bytes.length) {
        throw new SnapshotFileError(`the snapshot has ${bytes.length} bytes, ${offset + target.length} were expected`);
      }
      target.set(bytes.subarray(offset, offset + target.length));
    },
    close: () => undefined,
  };
}

/**
 * The buffer loadPyodide gets for a snapshot read from `file`: as long as the snapshot (its
 * length sizes nothing in Pyodide 314, but it is what Pyodide expects), with only the header
 * read. The rest is never written, so the browser never commits memory for it.
 */
export function headerOnly(file: SnapshotFile): { bytes: Uint8Array<ArrayBuffer>; memoryOffset: number } {
  const bytes = new Uint8Array(file.size);
  if (file.size < 16) throw new SnapshotFileError(`the snapshot has only ${file.size} bytes`);
  file.readInto(bytes.subarray(0, 16), 0);
  const memoryOffset = new DataView(bytes.buffer).getUint32(4, true);
  if (memoryOffset < 16 || memoryOffset % 4 !== 0 || memoryOffset >= file.size) {
    throw new SnapshotFileError(`the snapshot's header is not a Pyodide snapshot header (memory at ${memoryOffset})`);
  }
  file.readInto(bytes.subarray(16, memoryOffset), 16);
  return { bytes, memoryOffset };
}

/**
 * Wraps Pyodide's module factory so that the module restores the snapshot's memory from `file`.
 * Throws SnapshotFileError from the restore when the module is not shaped as expected (then
 * loadPyodide fails and the caller boots normally).
 */
export function restoringFrom(
  create: CreatePyodideModule,
  file: SnapshotFile,
  memoryOffset: number,
  zeroRuns: SnapshotMeta["zeroRuns"],
  onStep: (name: "moduleCreated" | "memoryRestored") => void = () => undefined,
): CreatePyodideModule {
  return async (settings) => {
    const module = await create(settings);
    onStep("moduleCreated");
    const api = module.API;
    const restore = api?.restoreSnapshot;
    if (!api || typeof restore !== "function") throw new SnapshotFileError("this Pyodide has no API.restoreSnapshot");
    api.restoreSnapshot = (snapshot: Uint8Array) => {
      const heap = module.HEAPU8;
      const imageLength = snapshot.length - memoryOffset;
      if (!heap || heap.length < imageLength) {
        throw new SnapshotFileError(`Python's memory (${heap?.length} bytes) cannot hold the snapshot (${imageLength} bytes)`);
      }
      // Checks magic and build id and returns the config; copies nothing (no image after the header).
      const config = restore.call(api, snapshot.subarray(0, memoryOffset));
      for (const [start, end] of rangesToRead(imageLength, zeroRuns, needsNoZeros(module))) {
        file.readInto(heap.subarray(start, end), memoryOffset + start);
      }
      onStep("memoryRestored");
      return config;
    };
    return module;
  };
}
