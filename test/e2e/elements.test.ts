/** Every text and status element renders from Python with Streamlit's test id. */
import { expect } from "@esm-bundle/chai";
import { bootApp, byTestId, py, settle, waitFor, type StApp } from "./harness.js";

const APP = py`
  import streamlit as st

  st.title("The title")
  st.header("A header", divider="blue")
  st.subheader("A subheader", anchor="custom-anchor", help="Subheader help")
  st.markdown("Some **bold** text :smile: and :red[red] with $x^2$", help="Markdown help")
  st.caption("A caption")
  st.text("  fixed   width  ")
  st.code("print('hi')", language="python", line_numbers=True)
  st.latex(r"\\int_0^1 x\\,dx")
  st.divider()
  with st.echo():
      echoed = 40 + 2
  st.json({"a": 1, "b": [1, 2]}, expanded=False)
  st.html("<p class='from-html'>html <b>bold</b></p>")
  st.help(len)
  st.write("joined", 1, "text")
  st.write({"k": "v"})
  st.exception(ValueError("shown on purpose"))
  st.success("yay", icon="✅")
  st.info("fyi")
  st.warning("careful")
  st.error("oops")
  st.button("Press me", help="Button help")
  st.checkbox("Tick me")
  st.toggle("Switch me")
  st.sidebar.markdown("In the sidebar")
`;

describe("text and status elements", () => {
  let app: StApp;

  before(async () => {
    app = await bootApp(APP);
  });

  after(() => app.remove());

  it("renders headings with anchors and dividers", () => {
    const headings = byTestId(app, "stHeading");
    expect(headings.map((h) => h.querySelector("h1,h2,h3")!.tagName)).to.deep.equal(["H1", "H2", "H3"]);
    expect(headings[0].querySelector("h1")!.id).to.equal("the-title");
    expect(headings[2].querySelector("h3")!.id).to.equal("custom-anchor");
    expect(byTestId(headings[1], "stHeadingDivider")).to.have.length(1);
    expect(byTestId(headings[2], "stTooltipIcon")).to.have.length(1);
  });

  it("renders markdown with emoji, colors, math and help", async () => {
    const md = byTestId(app, "stMarkdown").find((el) => el.textContent!.includes("Some"))!;
    expect(md.querySelector("strong")!.textContent).to.equal("bold");
    expect(md.textContent).to.contain("😄");
    expect(md.querySelector(".st-md-color-red")!.textContent).to.equal("red");
    await waitFor(() => md.querySelector(".katex"), 20_000, "KaTeX");
    expect(byTestId(md, "stTooltipIcon")).to.have.length(1);
  });

  it("renders caption, text, code, latex and divider", async () => {
    expect(byTestId(app, "stCaptionContainer")[0].textContent!.trim()).to.equal("A caption");
    const text = byTestId(app, "stText")[0];
    expect(text.textContent).to.contain("  fixed   width  ");
    const code = byTestId(app, "stCode")[0];
    expect(code.querySelector("code")!.className).to.contain("language-python");
    expect(code.querySelectorAll(".st-code-line-number")).to.have.length(1);
    await waitFor(() => app.querySelector('[data-testid="stMarkdown"] .katex-display'), 20_000, "display math");
    expect(app.querySelectorAll('[data-testid="stMarkdown"] hr').length).to.be.greaterThan(0);
  });

  it("echoes the code of the with block above its output", () => {
    const codes = byTestId(app, "stCode").map((c) => c.querySelector("code")!.textContent);
    expect(codes).to.include("echoed = 40 + 2");
  });

  it("renders json collapsed, html, help", () => {
    const json = byTestId(app, "stJson")[0];
    expect(json.querySelector("details")!.open).to.equal(false);
    expect(byTestId(app, "stHtml")[0].querySelector("p.from-html b")!.textContent).to.equal("bold");
    const help = byTestId(app, "stHelp")[0];
    expect(help.textContent).to.contain("len");
    expect(help.textContent).to.contain("builtin_function_or_method");
  });

  it("st.write joins strings and scalars and sends dicts to st.json", () => {
    const joined = byTestId(app, "stMarkdown").find((el) => el.textContent!.includes("joined"))!;
    expect(joined.textContent!.trim()).to.equal("joined 1 text");
    expect(joined.querySelector("code")!.textContent).to.equal("1");
    expect(byTestId(app, "stJson")).to.have.length(2);
  });

  it("renders exception and alerts", () => {
    const exc = byTestId(app, "stException")[0];
    expect(byTestId(exc, "stExceptionMessage")[0].textContent).to.contain("ValueError");
    expect(byTestId(exc, "stExceptionMessage")[0].textContent).to.contain("shown on purpose");
    const alerts = byTestId(app, "stAlert");
    expect(alerts.map((a) => a.querySelector("[data-kind]")!.getAttribute("data-kind"))).to.deep.equal([
      "success",
      "info",
      "warning",
      "error",
    ]);
    expect(alerts[0].textContent).to.contain("✅");
    expect(byTestId(alerts[3], "stAlertContainer")).to.have.length(1);
  });

  it("renders the first widgets and the sidebar", () => {
    const button = byTestId(app, "stButton")[0];
    expect(byTestId(button, "stBaseButton-secondary")[0].textContent!.trim()).to.equal("Press me");
    expect(byTestId(app, "stCheckbox")).to.have.length(2);
    expect(app.querySelector('[data-testid="stCheckbox"] input[role="switch"]')).to.exist;
    const sidebar = byTestId(app, "stSidebar")[0];
    expect(sidebar.textContent).to.contain("In the sidebar");
    expect(byTestId(app, "stSidebarContent")).to.have.length(1);
  });

  it("wraps every element in stElementContainer inside the main stVerticalBlock", async () => {
    await settle(app);
    const main = byTestId(app, "stMainBlockContainer")[0];
    const block = main.querySelector(':scope > [data-testid="stVerticalBlock"]')!;
    expect(block).to.exist;
    const containers = block.querySelectorAll(':scope > [data-testid="stElementContainer"]');
    expect(containers.length).to.be.greaterThan(20);
    expect(byTestId(app, "stApp")[0].dataset.testScriptState).to.equal("notRunning");
    expect(app.status).to.equal("idle");
  });
});
