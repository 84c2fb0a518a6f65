/// <reference types="mocha" />
/* Component tests for st.chat_input (components/elements/chat-input) and st.chat_message
 * (components/blocks/chat-message). */
import { expect } from "@esm-bundle/chai";
import { sendKeys } from "@web/test-runner-commands";
import { html, render } from "lit";
import { renderChatMessage } from "../../components/blocks/chat-message/chat-message.js";
import { acceptsType } from "../../components/lib/files.js";
import "../../components/elements/chat-input/st-chat-input.js";
import type { ChatInputPayload, ChatMessageBlock } from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, clickOn, makeContainer, mount, nextFrame, press, update } from "./fixtures.js";
import { runWidgetConformance } from "./widget-conformance.js";

function chatInputPayload(overrides: Partial<ChatInputPayload> = {}): ChatInputPayload {
  return {
    type: "chatInput",
    id: "$$ID-chat-1",
    label: "",
    help: null,
    disabled: false,
    labelVisibility: "visible",
    formId: "",
    placeholder: "Your message",
    maxChars: null,
    acceptFile: "none",
    fileType: [],
    maxUploadSize: 200,
    width: "stretch",
    position: "inline",
    ...overrides,
  };
}

const textarea = (el: HTMLElement) => el.querySelector<HTMLTextAreaElement>('[data-testid="stChatInputTextArea"]')!;
const sendButton = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[data-testid="stChatInputSubmitButton"]')!;

async function type(el: HTMLElement, text: string): Promise<void> {
  await clickOn(textarea(el));
  await sendKeys({ type: text });
}

runWidgetConformance<ChatInputPayload>({
  tag: "st-chat-input",
  testId: "stChatInput",
  makePayload: chatInputPayload,
  control: textarea,
  role: "textbox",
  interact: async (el) => {
    await type(el, "hi");
    await press("Enter");
  },
  expectedValue: "hi",
  trigger: true,
  keys: ["Enter"],
  beforeKey: async () => {
    await sendKeys({ type: "hi" });
  },
  // Streamlit's chat input has no visible label: the placeholder (or label) names it.
  skip: { labelVisibility: true },
});

describe("st-chat-input", () => {
  afterEach(cleanup);

  it("Enter sends the text as a trigger and empties the field; Shift+Enter adds a line", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ id: "chat" }));
    const capture = captureValueEvents();
    try {
      await type(el, "first");
      await sendKeys({ down: "Shift" });
      await press("Enter");
      await sendKeys({ up: "Shift" });
      await sendKeys({ type: "second" });
      expect(capture.events).to.have.length(0);
      await press("Enter");
      await nextFrame();
      expect(capture.events.map((e) => e.detail)).to.deep.equal([{ widgetId: "chat", value: "first\nsecond", trigger: true }]);
      expect(textarea(el).value).to.equal("");
      // An empty field sends nothing.
      await press("Enter");
      await nextFrame();
      expect(capture.events).to.have.length(1);
    } finally {
      capture.stop();
    }
  });

  it("the send button is enabled only with text, and sends it", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ id: "chat" }));
    expect(sendButton(el).disabled).to.equal(true);
    await type(el, "by click");
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(sendButton(el).disabled).to.equal(false);
    const capture = captureValueEvents();
    try {
      await clickOn(sendButton(el));
      await nextFrame();
      expect(capture.events.map((e) => e.detail.value)).to.deep.equal(["by click"]);
    } finally {
      capture.stop();
    }
  });

  it("shows the placeholder, names the field with it and keeps max_chars", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ placeholder: "Ask away", maxChars: 5 }));
    expect(textarea(el).placeholder).to.equal("Ask away");
    expect(textarea(el).getAttribute("aria-label")).to.equal("Ask away");
    await type(el, "abcdefgh");
    expect(textarea(el).value).to.equal("abcde");
    expect(el.textContent).to.contain("5/5");
  });

  it("disabled: nothing can be typed or sent", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ disabled: true }));
    expect(textarea(el).disabled).to.equal(true);
    expect(sendButton(el).disabled).to.equal(true);
  });

  it("with accept_file, files are attached and sent as {text, files}", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ id: "chat", acceptFile: "multiple", fileType: [".txt"] }));
    const upload = el.querySelector('[data-testid="stChatInputFileUploadButton"]')!;
    expect(upload.querySelector("button")).to.exist;
    const input = upload.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.equal(".txt");
    const files = new DataTransfer();
    files.items.add(new File(["hello"], "a.txt", { type: "text/plain" }));
    files.items.add(new File(["x"], "b.exe", { type: "application/octet-stream" }));
    el.querySelector(".st-chat-input")!.dispatchEvent(new DragEvent("drop", { dataTransfer: files, bubbles: true, cancelable: true }));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Only the allowed type is attached; it shows as a chip.
    expect([...el.querySelectorAll('[data-testid="stChatInputFile"]')].map((f) => f.textContent!.replace("×", "").trim())).to.deep.equal(["a.txt"]);
    const capture = captureValueEvents();
    try {
      await clickOn(sendButton(el));
      await new Promise((r) => setTimeout(r, 50));
      const [event] = capture.events;
      const value = event!.detail.value as { text: string; files: { name: string; type: string; size: number; data: Uint8Array }[] };
      expect(value.text).to.equal("");
      expect(value.files.map((f) => [f.name, f.type, f.size, new TextDecoder().decode(f.data)])).to.deep.equal([["a.txt", "text/plain", 5, "hello"]]);
      expect(el.querySelectorAll('[data-testid="stChatInputFile"]')).to.have.length(0);
    } finally {
      capture.stop();
    }
  });

  it("a single-file input keeps the last file only; without accept_file there is no upload button", async () => {
    const el = await mount("st-chat-input", chatInputPayload({ acceptFile: "single" }));
    expect(el.querySelector<HTMLInputElement>('input[type="file"]')!.multiple).to.equal(false);
    await update(el, chatInputPayload({ acceptFile: "none" }));
    expect(el.querySelector('[data-testid="stChatInputFileUploadButton"]')).to.equal(null);
  });

  it("acceptsType checks extensions and MIME types", () => {
    const f = (name: string, type: string) => ({ name, type });
    expect(acceptsType(f("a.CSV", "text/csv"), [".csv"])).to.equal(true);
    expect(acceptsType(f("a.png", "image/png"), ["image/*"])).to.equal(true);
    expect(acceptsType(f("a.png", "image/png"), ["text/plain", ".jpg"])).to.equal(false);
    expect(acceptsType(f("a.bin", ""), [])).to.equal(true);
  });
});

function chatMessage(overrides: Partial<ChatMessageBlock> = {}): ChatMessageBlock {
  return { type: "chatMessage", allowEmpty: true, name: "user", avatar: "user", avatarType: "icon", width: "stretch", ...overrides };
}

function renderMessage(block: ChatMessageBlock): HTMLElement {
  const container = makeContainer();
  render(renderChatMessage(block, html`<p class="body">Hello</p>`), container);
  return container.querySelector('[data-testid="stChatMessage"]')!;
}

describe("st.chat_message", () => {
  afterEach(cleanup);

  it("draws the avatar beside the content, labelled with the author", () => {
    const el = renderMessage(chatMessage());
    expect(el.querySelector('[data-testid="stChatMessageAvatarUser"] svg')).to.exist;
    const content = el.querySelector('[data-testid="stChatMessageContent"]')!;
    expect(content.getAttribute("aria-label")).to.equal("Chat message from user");
    expect(content.querySelector(".body")!.textContent).to.equal("Hello");
    expect(el.hasAttribute("data-user")).to.equal(true);
  });

  it("assistant, emoji, image, material icon and first-letter avatars", () => {
    expect(renderMessage(chatMessage({ name: "assistant", avatar: "assistant" })).querySelector('[data-testid="stChatMessageAvatarAssistant"]')).to.exist;
    expect(renderMessage(chatMessage({ name: "x", avatar: "🦖", avatarType: "emoji" })).textContent).to.contain("🦖");
    const img = renderMessage(chatMessage({ name: "bot", avatar: "data:image/png;base64,AA==", avatarType: "image" })).querySelector("img")!;
    expect(img.getAttribute("src")).to.equal("data:image/png;base64,AA==");
    expect(img.alt).to.equal("bot avatar");
    expect(renderMessage(chatMessage({ name: "w", avatar: ":material/thumb_up:" })).querySelector('[data-testid="stChatMessageAvatarCustom"]')!.textContent).to.contain("thumb_up");
    const letter = renderMessage(chatMessage({ name: "bob", avatar: "" }));
    expect(letter.querySelector(".st-chat-avatar")!.textContent!.trim()).to.equal("B");
    expect(letter.hasAttribute("data-user")).to.equal(false);
  });

  it("width: content fits the content", () => {
    const el = renderMessage(chatMessage({ width: "content" }));
    expect(el.style.width).to.equal("fit-content");
  });
});
