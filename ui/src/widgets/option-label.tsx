/**
 * An option label: inline Markdown whose ":material/name:" icons become icons.
 *
 *   <OptionLabel text=":material/star: Favorites" />
 */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";

const ICON = /:material\/[a-z0-9_]+:/g;

/** The label split into text and icon parts, in order. */
export function splitIcons(text: string): { icon?: string; text?: string }[] {
  const parts: { icon?: string; text?: string }[] = [];
  let at = 0;
  for (const m of text.matchAll(ICON)) {
    const before = text.slice(at, m.index).trim();
    if (before) parts.push({ text: before });
    parts.push({ icon: m[0] });
    at = m.index + m[0].length;
  }
  const rest = text.slice(at).trim();
  if (rest) parts.push({ text: rest });
  return parts;
}

export function OptionLabel({ text }: { text: string }) {
  return (
    <>
      {splitIcons(text).map((p, i) => (p.icon ? <UserIcon key={i} icon={p.icon} /> : <Markdown key={i} inline body={p.text ?? ""} />))}
    </>
  );
}
