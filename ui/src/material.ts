/**
 * `:material/name:` icons without an icon font. The Material Symbols font is
 * about 300 KB-3 MB and would need the network on first paint, so wasmlit
 * draws the common names as Unicode glyphs and any other name as a small
 * neutral square; the icon's name stays available as its title and
 * accessible label, so nothing is silently lost.
 *
 *   materialGlyph("check")        // "✓"
 *   materialGlyph("rocket_launch") // "🚀"
 *   materialGlyph("unknown_name")  // null: draw the fallback
 */
const GLYPHS: Record<string, string> = {
  add: "+",
  add_circle: "⊕",
  arrow_back: "←",
  arrow_downward: "↓",
  arrow_forward: "→",
  arrow_upward: "↑",
  bolt: "⚡",
  bookmark: "🔖",
  calendar_month: "📅",
  calendar_today: "📅",
  call: "📞",
  chat: "💬",
  check: "✓",
  check_circle: "✓",
  close: "✕",
  cloud: "☁",
  delete: "🗑",
  description: "📄",
  done: "✓",
  download: "⤓",
  edit: "✎",
  error: "⛔",
  favorite: "♥",
  filter_list: "⏷",
  flag: "⚑",
  folder: "📁",
  help: "?",
  home: "⌂",
  image: "🖼",
  info: "ℹ",
  language: "🌐",
  lightbulb: "💡",
  link: "🔗",
  lock: "🔒",
  login: "⇥",
  logout: "⇤",
  mail: "✉",
  map: "🗺",
  menu: "☰",
  mood: "☺",
  music_note: "♪",
  notifications: "🔔",
  person: "👤",
  photo_camera: "📷",
  play_arrow: "▶",
  refresh: "↻",
  remove: "−",
  rocket_launch: "🚀",
  save: "💾",
  search: "⌕",
  send: "➤",
  settings: "⚙",
  share: "⇪",
  shopping_cart: "🛒",
  star: "★",
  stop: "■",
  sync: "⟳",
  thumb_down: "👎",
  thumb_up: "👍",
  upload: "⤒",
  visibility: "👁",
  warning: "⚠",
};

/** The name inside `:material/name:`, or null when `icon` is not one. */
export function materialName(icon: string): string | null {
  return /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1] ?? null;
}

/** A glyph standing in for a Material Symbols name, or null when there is none. */
export function materialGlyph(name: string): string | null {
  return GLYPHS[name] ?? null;
}

/** Fallback for names without a glyph: a small square, clearly "an icon", never text. */
export const MATERIAL_FALLBACK = "▫";
