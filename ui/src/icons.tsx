/** Small inline SVG icons drawn for wasmlit (no icon font on first paint). */
import type { JSX } from "preact";

type IconProps = { size?: number };

function Svg({ size = 16, children }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const HelpCircle = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14" />
    <path d="M12 17.5h.01" />
  </Svg>
);

export const LinkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </Svg>
);

export const CopyIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" />
  </Svg>
);

export const CheckIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Svg>
);

export const CloseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 6l12 12M18 6L6 18" />
  </Svg>
);

export const ChevronDown = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 9l6 6 6-6" />
  </Svg>
);

export const ChevronLeft = (p: IconProps) => (
  <Svg {...p}>
    <path d="M15 6l-6 6 6 6" />
  </Svg>
);

export const ChevronRight = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 6l6 6-6 6" />
  </Svg>
);

export const Plus = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 5v14M5 12h14" />
  </Svg>
);

export const Minus = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12h14" />
  </Svg>
);

// A few Material Symbols names mapped to text glyphs until an icon chunk exists.
const MATERIAL_GLYPHS: Record<string, string> = {
  check: "✓",
  check_circle: "✓",
  done: "✓",
  info: "ℹ",
  warning: "⚠",
  error: "⛔",
  close: "✕",
  star: "★",
  favorite: "♥",
  home: "⌂",
  search: "⌕",
  settings: "⚙",
};

/** A user icon: an emoji, or ":material/name:" (shown as a glyph or a dot). */
export function UserIcon({ icon, testId }: { icon: string; testId?: string }) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  const text = material ? (MATERIAL_GLYPHS[material[1] ?? ""] ?? "•") : icon;
  return (
    <span data-testid={testId} class="user-icon" aria-hidden="true" title={material ? material[1] : undefined}>
      {text}
    </span>
  );
}
