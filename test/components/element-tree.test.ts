/// <reference types="mocha" />
/* Unit tests for components/app/element-tree.ts and components/app/widget-store.ts. */
import { expect } from "@esm-bundle/chai";
import { ElementTree, plainContainer, type BlockNode, type TreeNode } from "../../components/app/element-tree.js";
import { mergeStates, WidgetStore } from "../../components/app/widget-store.js";
import type {
  BlockPayload,
  ButtonPayload,
  CheckboxPayload,
  Delta,
  DeltaPath,
  ElementPayload,
  MarkdownPayload,
} from "../../packages/protocol/index.js";
import { RootContainer } from "../../packages/protocol/index.js";

const md = (body: string): MarkdownPayload => ({ type: "markdown", body, allowHtml: false, variant: "markdown" });
const vertical = (key: string | null = null, border = false): BlockPayload => ({ ...plainContainer(), border, key });
const el = (path: DeltaPath, element: ElementPayload): Delta => ({ kind: "newElement", path, element });
const block = (path: DeltaPath, b: BlockPayload = vertical()): Delta => ({ kind: "addBlock", path, block: b });

/** The node at `[root, ...indices]`. */
function at(tree: ElementTree, path: DeltaPath): TreeNode | undefined {
  const [root, ...rest] = path;
  let node: TreeNode | undefined = tree.roots[root!];
  for (const i of rest) node = node?.kind === "block" ? node.children[i] : undefined;
  return node;
}

/** Bodies of markdown elements in a block, in order, "[...]" for nested blocks. */
function shape(node: TreeNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === "element") return node.payload.type === "markdown" ? node.payload.body : node.payload.type;
  return node.children.map((c) => shape(c));
}

describe("ElementTree.apply", () => {
  it("starts with four empty roots", () => {
    const tree = new ElementTree();
    expect(tree.roots).to.have.length(4);
    for (const root of Object.values(RootContainer)) expect(tree.hasContent(root)).to.equal(false);
  });

  it("puts a new element at its path in its root", () => {
    const tree = new ElementTree();
    tree.apply(el([RootContainer.MAIN, 0], md("a")), 1);
    tree.apply(el([RootContainer.MAIN, 1], md("b")), 1);
    tree.apply(el([RootContainer.SIDEBAR, 0], md("side")), 1);
    expect(shape(tree.roots[RootContainer.MAIN])).to.deep.equal(["a", "b"]);
    expect(shape(tree.roots[RootContainer.SIDEBAR])).to.deep.equal(["side"]);
    expect(tree.hasContent(RootContainer.MAIN)).to.equal(true);
    expect(tree.hasContent(RootContainer.BOTTOM)).to.equal(false);
    const node = at(tree, [0, 1]);
    expect(node).to.deep.equal({ kind: "element", payload: md("b"), runId: 1 });
  });

  it("a new element at a taken index replaces the old one", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 0], md("old")), 1);
    tree.apply(el([0, 0], md("new")), 1);
    expect(shape(tree.roots[0])).to.deep.equal(["new"]);
  });

  it("adds blocks and elements inside blocks at nested paths", () => {
    const tree = new ElementTree();
    tree.apply(block([0, 0], vertical("outer")), 1);
    tree.apply(el([0, 0, 0], md("in outer")), 1);
    tree.apply(block([0, 0, 1], vertical("inner")), 1);
    tree.apply(el([0, 0, 1, 0], md("in inner")), 1);
    tree.apply(el([0, 1], md("after")), 1);
    expect(shape(tree.roots[0])).to.deep.equal([["in outer", ["in inner"]], "after"]);
    expect((at(tree, [0, 0]) as BlockNode).payload).to.deep.equal(vertical("outer"));
    expect((at(tree, [0, 0, 1]) as BlockNode).payload).to.deep.equal(vertical("inner"));
  });

  it("keeps children sparse: an index can be written before the ones before it", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 2], md("third")), 1);
    const root = tree.roots[0]!;
    expect(root.children[0]).to.equal(undefined);
    expect(shape(root.children[2])).to.equal("third");
    expect(tree.hasContent(0)).to.equal(true);
  });

  it("rejects a path without an index or with an unknown root", () => {
    const tree = new ElementTree();
    expect(() => tree.apply(el([0], md("x")), 1)).to.throw(/Bad delta path/);
    expect(() => tree.apply(el([9, 0], md("x")), 1)).to.throw(/Bad delta path/);
    expect(() => tree.apply(el([], md("x")), 1)).to.throw(/Bad delta path/);
  });

  it("the same kind of block at the same place keeps its children and takes the new payload", () => {
    const tree = new ElementTree();
    tree.apply(block([0, 0], vertical("a")), 1);
    tree.apply(el([0, 0, 0], md("child")), 1);
    const before = at(tree, [0, 0]);
    tree.apply(block([0, 0], vertical("b", true)), 2);
    const after = at(tree, [0, 0]) as BlockNode;
    expect(after, "same node object").to.equal(before);
    expect(after.payload).to.deep.equal(vertical("b", true));
    expect(after.runId).to.equal(2);
    expect(shape(after)).to.deep.equal(["child"]);
    // The child is still from run 1 until the new run rewrites or drops it.
    expect(after.children[0]!.runId).to.equal(1);
  });

  it("a different kind at the same place replaces the node and drops its children", () => {
    const tree = new ElementTree();
    // element → block
    tree.apply(el([0, 0], md("was an element")), 1);
    tree.apply(block([0, 0]), 2);
    expect(shape(at(tree, [0, 0]))).to.deep.equal([]);

    // block → element
    tree.apply(el([0, 0, 0], md("child")), 2);
    tree.apply(el([0, 0], md("now an element")), 3);
    expect(shape(at(tree, [0, 0]))).to.equal("now an element");

    // block of another type → a fresh block (no children carried over)
    tree.apply(block([0, 1]), 3);
    tree.apply(el([0, 1, 0], md("child")), 3);
    const otherKind = { type: "horizontal", gap: "small" } as unknown as BlockPayload; // a future block type
    tree.apply(block([0, 1], otherKind), 4);
    const replaced = at(tree, [0, 1]) as BlockNode;
    expect(replaced.payload).to.deep.equal(otherKind);
    expect(replaced.children).to.deep.equal([]);
  });

  it("an element under a missing parent gets a block to live in, marked with the run", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 0], md("leaf")), 1);
    tree.apply(el([0, 0, 0], md("deeper")), 2);
    const parent = at(tree, [0, 0]) as BlockNode;
    expect(parent.kind).to.equal("block");
    expect(parent.runId).to.equal(2);
    expect(shape(parent)).to.deep.equal(["deeper"]);
  });

  it("writing inside a block marks the block (and its ancestors) as written by the run", () => {
    const tree = new ElementTree();
    tree.apply(block([0, 0]), 1);
    tree.apply(block([0, 0, 0]), 1);
    tree.apply(el([0, 0, 0, 0], md("x")), 2);
    expect(at(tree, [0, 0])!.runId).to.equal(2);
    expect(at(tree, [0, 0, 0])!.runId).to.equal(2);
  });
});

describe("ElementTree.clearStale", () => {
  it("drops nodes of older runs, recursively, and keeps the current run's", () => {
    const tree = new ElementTree();
    // Run 1: main [a, [b, c], d], sidebar [s]
    tree.apply(el([0, 0], md("a")), 1);
    tree.apply(block([0, 1]), 1);
    tree.apply(el([0, 1, 0], md("b")), 1);
    tree.apply(el([0, 1, 1], md("c")), 1);
    tree.apply(el([0, 2], md("d")), 1);
    tree.apply(el([1, 0], md("s")), 1);

    // Run 2 writes a2, the block and b2 only.
    tree.apply(el([0, 0], md("a2")), 2);
    tree.apply(block([0, 1]), 2);
    tree.apply(el([0, 1, 0], md("b2")), 2);

    // Before cleanup, stale nodes are still there (faded by the page during the run).
    expect(shape(tree.roots[0])).to.deep.equal(["a2", ["b2", "c"], "d"]);

    tree.clearStale(2);
    expect(shape(tree.roots[0])).to.deep.equal(["a2", ["b2"]]);
    expect(tree.roots[0]!.children).to.have.length(2);
    expect((at(tree, [0, 1]) as BlockNode).children).to.have.length(1);
    expect(shape(tree.roots[1])).to.deep.equal([]);
    expect(tree.hasContent(1)).to.equal(false);
  });

  it("drops a stale block with everything in it", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 0], md("keep")), 2);
    tree.apply(block([0, 1]), 1);
    tree.apply(el([0, 1, 0], md("inside stale block")), 1);
    tree.clearStale(2);
    expect(shape(tree.roots[0])).to.deep.equal(["keep"]);
  });

  it("keeps everything the current run wrote, including sparse positions", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 0], md("x")), 1);
    tree.apply(el([0, 3], md("y")), 1);
    tree.clearStale(1);
    expect(tree.roots[0]!.children[3]).to.deep.include({ runId: 1 });
    expect(shape(tree.roots[0]!.children[0])).to.equal("x");
    expect(shape(tree.roots[0]!.children[3])).to.equal("y");
  });

  it("clears every root when the run wrote nothing", () => {
    const tree = new ElementTree();
    tree.apply(el([0, 0], md("x")), 1);
    tree.apply(el([3, 0], md("bottom")), 1);
    tree.clearStale(2);
    for (const root of Object.values(RootContainer)) expect(tree.hasContent(root)).to.equal(false);
  });
});

const checkbox = (id: string, value: boolean, setValue = false): CheckboxPayload => ({
  type: "checkbox",
  id,
  label: id,
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
  style: "checkbox",
  default: false,
  value,
  setValue,
});
const button = (id: string): ButtonPayload => ({
  type: "button",
  id,
  label: id,
  help: null,
  disabled: false,
  labelVisibility: "visible",
  formId: "",
  kind: "secondary",
  icon: null,
  useContainerWidth: false,
});

describe("WidgetStore", () => {
  it("takes the value of a widget it has not seen", () => {
    const store = new WidgetStore();
    store.onElement(checkbox("cb", true));
    expect(store.get("cb")).to.equal(true);
  });

  it("keeps the page's value when Python sends the widget again without setValue", () => {
    const store = new WidgetStore();
    store.onElement(checkbox("cb", false));
    store.set("cb", true); // the user checked it
    store.onElement(checkbox("cb", false));
    expect(store.get("cb")).to.equal(true);
  });

  it("takes over the value when Python set it (setValue)", () => {
    const store = new WidgetStore();
    store.onElement(checkbox("cb", false));
    store.set("cb", true);
    store.onElement(checkbox("cb", false, true));
    expect(store.get("cb")).to.equal(false);
  });

  it("ignores elements that hold no value (markdown, buttons)", () => {
    const store = new WidgetStore();
    store.onElement(md("x"));
    store.onElement(button("btn"));
    expect(store.takeStates()).to.deep.equal({});
  });

  it("takeStates returns values and consumes triggers", () => {
    const store = new WidgetStore();
    store.onElement(checkbox("cb", true));
    store.trigger("btn");
    expect(store.takeStates()).to.deep.equal({ cb: { value: true }, btn: { value: true, trigger: true } });
    expect(store.takeStates(), "trigger is true for exactly one run").to.deep.equal({ cb: { value: true } });
  });

  it("takeStates returns a fresh object each time", () => {
    const store = new WidgetStore();
    store.set("a", 1);
    const first = store.takeStates();
    first.a = { value: 99 };
    expect(store.takeStates()).to.deep.equal({ a: { value: 1 } });
  });

  it("retainOnly forgets widgets no longer on the page", () => {
    const store = new WidgetStore();
    store.set("a", 1);
    store.set("b", 2);
    store.set("c", 3);
    store.retainOnly(new Set(["b", "zzz"]));
    expect(store.takeStates()).to.deep.equal({ b: { value: 2 } });
    expect(store.get("a")).to.equal(undefined);
  });

  it("a forgotten widget that comes back takes Python's value again", () => {
    const store = new WidgetStore();
    store.onElement(checkbox("cb", false));
    store.set("cb", true);
    store.retainOnly(new Set());
    store.onElement(checkbox("cb", false));
    expect(store.get("cb")).to.equal(false);
  });

  it("clear drops values and pending triggers", () => {
    const store = new WidgetStore();
    store.set("a", 1);
    store.trigger("btn");
    store.clear();
    expect(store.takeStates()).to.deep.equal({});
  });
});

describe("mergeStates", () => {
  it("null on either side gives the other", () => {
    const s = { a: { value: 1 } };
    expect(mergeStates(null, s)).to.equal(s);
    expect(mergeStates(s, null)).to.equal(s);
    expect(mergeStates(null, null)).to.equal(null);
  });

  it("the newest value wins", () => {
    expect(mergeStates({ a: { value: 1 }, b: { value: "old" } }, { a: { value: 2 }, c: { value: true } })).to.deep.equal({
      a: { value: 2 },
      b: { value: "old" },
      c: { value: true },
    });
  });

  it("a trigger from the older request is kept", () => {
    const merged = mergeStates({ btn: { value: true, trigger: true }, a: { value: 1 } }, { a: { value: 2 } });
    expect(merged).to.deep.equal({ btn: { value: true, trigger: true }, a: { value: 2 } });
  });

  it("a trigger survives a newer request that has the same id without one", () => {
    const merged = mergeStates({ btn: { value: true, trigger: true } }, { btn: { value: false } });
    expect(merged).to.deep.equal({ btn: { value: true, trigger: true } });
  });

  it("a trigger in the newer request is kept", () => {
    const merged = mergeStates({ a: { value: 1 } }, { btn: { value: true, trigger: true } });
    expect(merged).to.deep.equal({ a: { value: 1 }, btn: { value: true, trigger: true } });
  });

  it("does not modify its inputs", () => {
    const older = { btn: { value: true, trigger: true }, a: { value: 1 } };
    const newer = { a: { value: 2 } };
    mergeStates(older, newer);
    expect(older).to.deep.equal({ btn: { value: true, trigger: true }, a: { value: 1 } });
    expect(newer).to.deep.equal({ a: { value: 2 } });
  });
});
