/**
 * st.chat_message: an avatar beside the message's content; any element inside. User
 * messages get a tinted background, as in Streamlit.
 */
import { html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { ChatMessageBlock } from "../../../packages/protocol/index.js";
import { iconTemplate } from "../../lib/icon.js";
import { adoptStyles } from "../../lib/st-element.js";
import { widthStyle } from "../layout-utils.js";

const css = `
st-app .stChatMessage { display: flex; align-items: flex-start; gap: 0.5rem; padding: 1rem; border-radius: var(--st-radius); min-width: 0; }
st-app .stChatMessage[data-user] { background: rgba(240, 242, 246, 0.5); }
st-app .st-chat-avatar { flex: none; display: flex; align-items: center; justify-content: center; width: 2rem; height: 2rem; border-radius: 0.5rem; background: var(--st-bg-secondary); font-size: 1.25rem; line-height: 1; user-select: none; }
st-app .st-chat-avatar svg { width: 1.25rem; height: 1.25rem; }
st-app .st-chat-avatar[data-kind="user"] { background: #ff4b4b; color: #fff; }
st-app .st-chat-avatar[data-kind="assistant"] { background: #ffbd45; color: #fff; }
st-app .st-chat-avatar[data-kind="letter"] { font-size: 1rem; font-weight: 600; }
st-app img.st-chat-avatar { object-fit: cover; padding: 0; }
st-app .stChatMessageContent { flex: 1; min-width: 0; padding-top: 0.125rem; }
`;

/** Material "face" (user) and "smart_toy" (assistant), as Streamlit's default avatars. */
const USER_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M9 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zm6 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8 0-.29.02-.58.05-.86 2.36-1.05 4.23-2.98 5.21-5.37a9.97 9.97 0 0 0 10.41 3.97c.21.71.33 1.47.33 2.26 0 4.41-3.59 8-8 8z"/></svg>`;
const ASSISTANT_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M20 9V7c0-1.1-.9-2-2-2h-3c0-1.66-1.34-3-3-3S9 3.34 9 5H6c-1.1 0-2 .9-2 2v2c-1.66 0-3 1.34-3 3s1.34 3 3 3v4c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-4c1.66 0 3-1.34 3-3s-1.34-3-3-3zm-2 10H6V7h12v12zm-9-6c-.83 0-1.5-.67-1.5-1.5S8.17 10 9 10s1.5.67 1.5 1.5S9.83 13 9 13zm7.5-1.5c0 .83-.67 1.5-1.5 1.5s-1.5-.67-1.5-1.5.67-1.5 1.5-1.5 1.5.67 1.5 1.5zM8 15h8v2H8v-2z"/></svg>`;

function avatar(block: ChatMessageBlock): TemplateResult {
  const { avatar, avatarType, name } = block;
  if (avatar && avatarType === "image") return html`<img class="st-chat-avatar" src=${avatar} alt="${name} avatar" />`;
  if (avatar && avatarType === "emoji") return html`<div class="st-chat-avatar" aria-hidden="true">${avatar}</div>`;
  if (avatar === "user") {
    return html`<div class="st-chat-avatar" data-kind="user" data-testid="stChatMessageAvatarUser">${USER_ICON}</div>`;
  }
  if (avatar === "assistant") {
    return html`<div class="st-chat-avatar" data-kind="assistant" data-testid="stChatMessageAvatarAssistant">${ASSISTANT_ICON}</div>`;
  }
  if (avatar.startsWith(":material")) {
    return html`<div class="st-chat-avatar" data-testid="stChatMessageAvatarCustom">${iconTemplate(avatar)}</div>`;
  }
  // The first letter of the name when nothing else matches.
  return html`<div class="st-chat-avatar" data-kind="letter" aria-hidden="true">${name ? [...name][0]!.toUpperCase() : "🧑‍💻"}</div>`;
}

export function renderChatMessage(block: ChatMessageBlock, children: TemplateResult): TemplateResult {
  adoptStyles(css);
  const isUser = ["user", "human"].includes(block.name.toLowerCase());
  return html`<div class="stChatMessage" data-testid="stChatMessage" ?data-user=${isUser} style=${styleMap(widthStyle(block.width))}>
    ${avatar(block)}
    <div class="stChatMessageContent" data-testid="stChatMessageContent" aria-label="Chat message from ${block.name}">
      <div class="stVerticalBlock" data-testid="stVerticalBlock">${children}</div>
    </div>
  </div>`;
}
