/**
 * The `streamlit` package as the build ships it: one file (scripts/python-sources.mjs
 * packPythonFiles), fetched while Python boots and written into Pyodide's file system as bytes.
 * (A JS module of strings, as before, cost its parse and then a UTF-8 encode on the worker's
 * thread, which is what Python's boot waits for.)
 *
 * Layout: a 32-bit little-endian length, a UTF-8 JSON index [[path, byteLength], ...] of that
 * length, then every file's bytes in index order.
 */
import type { AppFile } from "../packages/protocol/index.js";

/** The files in a packed package; throws when the bytes are not one. */
export function unpackPythonFiles(packed: Uint8Array): AppFile[] {
  const broken = (why: string) => new Error(`The packed streamlit package is damaged: ${why}.`);
  if (packed.length < 4) throw broken(`it has only ${packed.length} bytes`);
  const indexLength = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0, true);
  if (4 + indexLength > packed.length) throw broken("its index runs past its end");
  let index: unknown;
  try {
    index = JSON.parse(new TextDecoder().decode(packed.subarray(4, 4 + indexLength)));
  } catch {
    throw broken("its index is not JSON");
  }
  if (!Array.isArray(index)) throw broken("its index is not a list");
  const files: AppFile[] = [];
  let offset = 4 + indexLength;
  for (const entry of index) {
    const [path, length] = Array.isArray(entry) ? entry : [];
    if (typeof path !== "string" || !Number.isInteger(length) || length < 0) throw broken("its index has an entry that is not [path, length]");
    if (offset + length > packed.length) throw broken(`${path} runs past its end`);
    files.push({ path, data: packed.subarray(offset, offset + length) });
    offset += length;
  }
  if (offset !== packed.length) throw broken(`${packed.length - offset} bytes follow its last file`);
  return files;
}

/** Fetches and unpacks the package at `url`. */
export async function fetchPythonFiles(url: string): Promise<AppFile[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch the streamlit package from ${url} (HTTP ${response.status}).`);
  return unpackPythonFiles(new Uint8Array(await response.arrayBuffer()));
}
