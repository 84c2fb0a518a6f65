/**
 * Restoring a memory snapshot from a file straight into Python's memory.
 *
 * Pyodide restores a snapshot by copying it into the wasm memory (`API.restoreSnapshot`, called
 * by loadPyodide once the module is instantiated). Handing it the snapshot as one 31 MB buffer
 * means reading the whole file into fresh memory and then copying it into more fresh memory;
 * in a worker that is compiling the wasm meanwhile that took 0.4-0.6 s on the test machines.
 * Here loadPyodide gets a buffer of the right length holding only the header, and the memory is
 * read from the file into the wasm memory when Pyodide restores it (about 0.15 s).
 *
 * Relies on how Pyodide 314 lays out a snapshot (`API.makeSnapshot`): 32-bit words
 * [magic, offset of the memory image, length of the JSON config, ...], then the build id and the
 * config, then from that offset on the memory image, restored at address 0. Pyodide's own
 * restoreSnapshot still checks the magic and build id and parses the config.
 */
import type { SnapshotFile } from "./boot-cache.js";

/** What Pyodide's pyodide.asm.mjs exports as default (its Emscripten module factory). */
export type CreatePyodideModule = (settings: object) => Promise<EmscriptenModule>;

interface EmscriptenModule {
  HEAPU8?: Uint8Array;
  API?: { restoreSnapshot?: (snapshot: Uint8Array) => unknown };
}

/** A snapshot that cannot be restored from its file; the message says why. */
export class SnapshotFileError extends Error {
  override name = "SnapshotFileError";
}

/**
 * The buffer loadPyodide gets for a snapshot read from `file`: as long as the snapshot (its
 * length sizes nothing in Pyodide 314, but it is what Pyodide expects), with only the header
 * read. The rest is never written, so the browser never commits memory for it.
 */
export function headerOnly(file: SnapshotFile): { bytes: Uint8Array<ArrayBuffer>; memoryOffset: number } {
  const bytes = new Uint8Array(file.size);
  if (file.size < 16) throw new SnapshotFileError(`the stored snapshot has only ${file.size} bytes`);
  file.readInto(bytes.subarray(0, 16), 0);
  const memoryOffset = new DataView(bytes.buffer).getUint32(4, true);
  if (memoryOffset < 16 || memoryOffset % 4 !== 0 || memoryOffset >= file.size) {
    throw new SnapshotFileError(`the stored snapshot's header is not a Pyodide snapshot header (memory at ${memoryOffset})`);
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
      file.readInto(heap.subarray(0, imageLength), memoryOffset);
      onStep("memoryRestored");
      return config;
    };
    return module;
  };
}
