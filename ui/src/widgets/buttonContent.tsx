/**
 * The inside of every button-like element (button, download/link button, page
 * link): the icon on the `icon_position` side of the label, and `wrap`.
 *
 *   <button class={...}><ButtonContent icon={p.icon} iconPosition={p.icon_position} label={p.label} /></button>
 */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import type { Width } from "../elements/width";

type Props = { icon: string | null; iconPosition?: "left" | "right"; label: string; wrap?: boolean | null };

export function ButtonContent({ icon, iconPosition = "left", label, wrap = null }: Props) {
  const iconNode = icon ? <UserIcon icon={icon} /> : null;
  return (
    <>
      {iconPosition === "left" ? iconNode : null}
      <span class={`button-label${wrap === false ? " nowrap" : ""}`}>
        <Markdown inline body={label} />
      </span>
      {iconPosition === "right" ? iconNode : null}
    </>
  );
}

/** Stretched and fixed-width buttons fill the element container that carries the width. */
export function fillsContainer(width: Width): boolean {
  return width !== "content";
}
