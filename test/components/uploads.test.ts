/** SentFiles: an uploaded file's bytes go to the worker in one request only. */
import { expect } from "@esm-bundle/chai";
import { SentFiles } from "../../components/app/uploads.js";
import type { WidgetStates } from "../../packages/protocol/index.js";

const file = (fileId: string) => ({ fileId, name: `${fileId}.txt`, type: "text/plain", size: 1, data: new Uint8Array([1]) });

describe("SentFiles", () => {
  it("sends a file's bytes once, then only its description", () => {
    const sent = new SentFiles();
    const states: WidgetStates = { up: { value: [file("a")] }, other: { value: 3 } };
    expect(sent.strip(states)).to.deep.equal(states);
    const later = sent.strip({ up: { value: [file("a"), file("b")] }, other: { value: 4 } })!;
    expect(later.up.value).to.deep.equal([{ fileId: "a", name: "a.txt", type: "text/plain", size: 1 }, file("b")]);
    expect(later.other.value).to.equal(4);
    // The page's own copy keeps its bytes.
    expect(states.up.value).to.deep.equal([file("a")]);
  });

  it("sends everything again after reset (a new worker)", () => {
    const sent = new SentFiles();
    sent.strip({ up: { value: [file("a")] } });
    sent.reset();
    expect(sent.strip({ up: { value: [file("a")] } })!.up.value).to.deep.equal([file("a")]);
  });

  it("leaves other values and null alone", () => {
    const sent = new SentFiles();
    expect(sent.strip(null)).to.equal(null);
    const states: WidgetStates = { list: { value: ["a", "b"] }, chat: { value: { text: "hi", files: [] }, trigger: true } };
    expect(sent.strip(states)).to.deep.equal(states);
  });
});
