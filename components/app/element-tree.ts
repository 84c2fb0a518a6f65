/**
 * The page's copy of the app: one tree per root container, built from deltas
 * (behaviour.md §1.8–§1.10). Nodes remember the run that last wrote them so stale
 * ones can be faded during a run and dropped when it finishes.
 */
import type { BlockPayload, Delta, DeltaPath, ElementPayload, VerticalBlock } from "../../packages/protocol/index.js";
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
        child = newBlock(plainContainer(), runId);
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

  /**
   * A run starts. A fragment run writes only inside `scope` (the fragment's container
   * path, behaviour.md §1.8): everything outside it counts as written by this run too,
   * so it is neither drawn stale nor dropped.
   */
  beginRun(runId: number, scope?: DeltaPath | null): void {
    if (!scope || scope.length < 2) return;
    this.roots.forEach((root, index) => {
      if (index === scope[0]) touchOutside(root, scope.slice(1), runId);
      else touchAll(root, runId);
    });
  }

  /** Drop everything not written by `runId` (after a successful run); only inside `scope` when given. */
  clearStale(runId: number, scope?: DeltaPath | null): void {
    if (scope && scope.length >= 2) {
      const node = this.nodeAt(scope);
      if (node?.kind === "block") pruneBlock(node, runId);
      return;
    }
    for (const root of this.roots) pruneBlock(root, runId);
  }

  /** The node at a delta path, if any. */
  nodeAt(path: DeltaPath): TreeNode | undefined {
    let node: TreeNode | undefined = this.roots[path[0]];
    for (const index of path.slice(1)) {
      if (node?.kind !== "block") return undefined;
      node = node.children[index];
    }
    return node;
  }

  /** True when a root container has something to show. */
  hasContent(root: RootContainer): boolean {
    return this.roots[root].children.some((c) => c !== undefined);
  }
}

/** A plain `st.container()`: the parent made up for a delta whose parent is missing. */
export function plainContainer(): VerticalBlock {
  return {
    type: "vertical",
    allowEmpty: false,
    border: false,
    key: null,
    width: "stretch",
    height: "content",
    horizontal: false,
    horizontalAlignment: "left",
    verticalAlignment: "top",
    gap: "small",
  };
}

function touchAll(node: TreeNode, runId: number): void {
  node.runId = runId;
  if (node.kind === "block") for (const child of node.children) if (child) touchAll(child, runId);
}

/** Mark everything but the subtree at `rest` (a path below `block`) as written by `runId`. */
function touchOutside(block: BlockNode, rest: number[], runId: number): void {
  block.runId = runId;
  block.children.forEach((child, index) => {
    if (!child) return;
    if (index !== rest[0]) touchAll(child, runId);
    else if (rest.length > 1 && child.kind === "block") touchOutside(child, rest.slice(1), runId);
  });
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
