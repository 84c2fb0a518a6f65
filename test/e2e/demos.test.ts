/**
 * Every demo of the playground's gallery runs through the real worker, offline, without an
 * exception box (but where it shows one on purpose) and draws its title.
 */
import { expect } from "@esm-bundle/chai";
import { appForSuite, byTestId, runScript, type StApp } from "./harness.js";

interface Demo {
  file: string;
  title: string;
}

/** Demos that call st.exception or raise on purpose. */
const SHOWS_EXCEPTIONS = new Set(["errors.py", "text_elements.py"]);

const gallery: Demo[] = await (await fetch("/demo/gallery.json")).json();

describe("the gallery's demos", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("lists demos that exist", async () => {
    expect(gallery.length).to.be.greaterThan(5);
    for (const demo of gallery) expect((await fetch(`/demo/${demo.file}`)).status, demo.file).to.equal(200);
  });

  for (const demo of gallery) {
    it(`${demo.file} runs`, async () => {
      const source = await (await fetch(`/demo/${demo.file}`)).text();
      const detail = await runScript(app, source);
      expect(detail.outcome, `${demo.file}: ${detail.error?.message ?? ""}`).to.equal("success");
      if (!SHOWS_EXCEPTIONS.has(demo.file)) {
        const boxes = byTestId(app, "stException").map((b) => b.textContent!.trim().slice(0, 300));
        expect(boxes, `${demo.file} raised`).to.deep.equal([]);
      }
      expect(byTestId(app, "stHeading").length, `${demo.file} draws a heading`).to.be.greaterThan(0);
    });
  }
});
