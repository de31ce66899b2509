/**
 * printf-style number formatting as Streamlit's sliders and number inputs use.
 *
 *   sprintf("%0.2f", 3.14159)   // "3.14"
 *   sprintf("%d%%", 42)         // "42%"
 *   sprintf("$%,d", 1234)       // "$1,234"
 */

const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([diufFeEgGs%])/g;

/** Format one number with a printf pattern; text around the spec is kept. */
export function sprintf(format: string, value: number): string {
  if (!format) return String(value);
  let used = false;
  const out = format.replace(SPEC, (_m, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === "%") return "%";
    if (used) return _m; // only one value to format
    used = true;
    return pad(convert(value, conv ?? "s", precision, flags), flags, width);
  });
  return used ? out : format;
}

function convert(value: number, conv: string, precision: string | undefined, flags: string): string {
  const digits = precision === undefined ? undefined : Number(precision);
  let text: string;
  switch (conv) {
    case "d":
    case "i":
    case "u":
      text = Math.trunc(value).toString();
      break;
    case "f":
    case "F":
      text = value.toFixed(digits ?? 6);
      break;
    case "e":
    case "E":
      text = value.toExponential(digits ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      if (conv === "E") text = text.toUpperCase();
      break;
    case "g":
    case "G":
      text = String(Number(value.toPrecision(digits || 6)));
      break;
    default:
      text = String(value);
  }
  if (flags.includes(",")) text = groupThousands(text);
  if (flags.includes("+") && value >= 0) text = `+${text}`;
  else if (flags.includes(" ") && value >= 0) text = ` ${text}`;
  return text;
}

function groupThousands(text: string): string {
  const [int = "", frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function pad(text: string, flags: string, width: string | undefined): string {
  const w = width ? Number(width) : 0;
  if (text.length >= w) return text;
  if (flags.includes("-")) return text.padEnd(w);
  if (flags.includes("0")) {
    const sign = /^[+\- ]/.test(text) ? text.charAt(0) : "";
    return sign + text.slice(sign.length).padStart(w - sign.length, "0");
  }
  return text.padStart(w);
}

/** Decimal places implied by a step (0.01 -> 2), for default formats. */
export function decimalsOf(step: number): number {
  const text = String(step);
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.includes(".") ? (text.split(".")[1] ?? "").length : 0;
}
