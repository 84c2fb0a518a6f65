/**
 * The page's copy of the app: one tree per root container, built from deltas
 * (behaviour.md §1.8–§1.10). Nodes remember the run that last wrote them so stale
 * ones can be faded during a run and dropped when it finishes.
 */
import type { BlockPayload, Delta, ElementPayload } from "../../packages/protocol/index.js";
import { RootContainer } from "../../packages/protocol/index.js";

export interface ElementNode {
  kind: "element";
  payload: ElementPayload;
  runId: number;
}

export interface BlockNode {
  kind: "block";
  /** null for the four root containers. */
  payload: BlockPayload | null;
  runId: number;
  /** Sparse: indices are path indices. */
  children: (TreeNode | undefined)[];
}

export type TreeNode = ElementNode | BlockNode;

const ROOT_COUNT = Object.keys(RootContainer).length;

export class ElementTree {
  readonly roots: BlockNode[] = Array.from({ length: ROOT_COUNT }, () => newBlock(null, 0));

  /** Apply one delta written by run `runId`. */
  apply(delta: Delta, runId: number): void {
    const [rootIndex, ...rest] = delta.path;
    const root = this.roots[rootIndex];
    if (!root || rest.length === 0) throw new Error(`Bad delta path ${JSON.stringify(delta.path)}`);
    let parent: BlockNode = root;
    for (const index of rest.slice(0, -1)) {
      let child = parent.children[index];
      if (child?.kind !== "block") {
        // A parent that was replaced by an element: recreate it so the child has a home.
        child = newBlock({ type: "vertical", border: false, key: null }, runId);
        parent.children[index] = child;
      }
      child.runId = runId;
      parent = child;
    }
    const index = rest[rest.length - 1];
    if (delta.kind === "newElement") {
      parent.children[index] = { kind: "element", payload: delta.element, runId };
      return;
    }
    const existing = parent.children[index];
    if (existing?.kind === "block" && existing.payload?.type === delta.block.type) {
      // Same kind of block at the same place keeps its children until stale cleanup.
      existing.payload = delta.block;
      existing.runId = runId;
    } else {
      parent.children[index] = newBlock(delta.block, runId);
    }
  }

  /** Drop everything not written by `runId` (after a successful run). */
  clearStale(runId: number): void {
    for (const root of this.roots) pruneBlock(root, runId);
  }

  /** True when a root container has something to show. */
  hasContent(root: RootContainer): boolean {
    return this.roots[root].children.some((c) => c !== undefined);
  }
}

function newBlock(payload: BlockPayload | null, runId: number): BlockNode {
  return { kind: "block", payload, runId, children: [] };
}

function pruneBlock(block: BlockNode, runId: number): void {
  const kept: (TreeNode | undefined)[] = [];
  block.children.forEach((child, index) => {
    if (child === undefined || child.runId !== runId) return;
    if (child.kind === "block") pruneBlock(child, runId);
    kept[index] = child;
  });
  block.children = kept;
}
