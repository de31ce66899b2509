/**
 * st.chat_message: an avatar beside a vertical block holding the message.
 * "user" and "assistant" get the preset icons on Streamlit's colours; other
 * avatars (emoji, Material icon, spinner, image, or the name's first letter)
 * share the "custom" look. The name is the accessible label.
 */
import { UserIcon } from "../icons";
import { SourceImage } from "../media/sourceImage";
import { keyClass, type BlockOf, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const PersonIcon = () => (
  <svg viewBox="0 0 24 24" width={20} height={20} aria-hidden="true">
    <circle cx="12" cy="8" r="4" fill="currentColor" />
    <path d="M4 20c0-4 3.6-6.5 8-6.5s8 2.5 8 6.5z" fill="currentColor" />
  </svg>
);

const BotIcon = () => (
  <svg viewBox="0 0 24 24" width={20} height={20} aria-hidden="true">
    <rect x="4" y="7" width="16" height="12" rx="3" fill="currentColor" />
    <path d="M12 3v4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    <circle cx="9" cy="13" r="1.6" fill="#fff" />
    <circle cx="15" cy="13" r="1.6" fill="#fff" />
  </svg>
);

/** The first character of the name (a whole code point, so emoji-safe), upper-cased. */
export function initialOf(name: string): string {
  const first = Array.from(name.trim())[0] ?? "";
  return first.toUpperCase();
}

function Avatar({ props }: { props: BlockOf<"chat_message">["props"] }) {
  switch (props.avatar_kind) {
    case "user":
      return (
        <div data-testid="stChatMessageAvatarUser" class="chat-avatar avatar-user" aria-hidden="true">
          <PersonIcon />
        </div>
      );
    case "assistant":
      return (
        <div data-testid="stChatMessageAvatarAssistant" class="chat-avatar avatar-assistant" aria-hidden="true">
          <BotIcon />
        </div>
      );
    case "image":
      return props.avatar_image ? (
        <div data-testid="stChatMessageAvatarCustom" class="chat-avatar avatar-custom avatar-image" aria-hidden="true">
          <SourceImage source={props.avatar_image} alt="" testId="stChatMessageAvatarImage" />
        </div>
      ) : null;
    case "spinner":
      return (
        <div data-testid="stChatMessageAvatarCustom" class="chat-avatar avatar-custom" aria-hidden="true">
          <span class="chat-avatar-spinner" />
        </div>
      );
    case "emoji":
    case "icon":
      return (
        <div data-testid="stChatMessageAvatarCustom" class="chat-avatar avatar-custom" aria-hidden="true">
          <UserIcon icon={props.avatar ?? ""} />
        </div>
      );
    default:
      return (
        <div data-testid="stChatMessageAvatarCustom" class="chat-avatar avatar-custom avatar-initial" aria-hidden="true">
          {initialOf(props.name)}
        </div>
      );
  }
}

export const chat_message: BlockRenderer<"chat_message"> = ({ node, children }) => {
  const { props } = node;
  const role = props.avatar_kind === "user" ? " from-user" : "";
  return (
    <div
      data-testid="stChatMessage"
      class={`stChatMessage${role} ${keyClass(node.key)}`.trim()}
      style={widthStyle(props.width)}
      role="article"
      aria-label={`Chat message from ${props.name}`}
    >
      <Avatar props={props} />
      <div data-testid="stChatMessageContent" class="stChatMessageContent">
        <div data-testid="stVerticalBlock" class="stVerticalBlock">
          {children}
        </div>
      </div>
    </div>
  );
};
