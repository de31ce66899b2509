/**
 * File rules shared by st.file_uploader and st.chat_input (pure functions).
 * `types` are already normalized by Python (wasmlit.runtime.file_types):
 * ".csv" extensions, "image/png" MIME types, "image/*" wildcards; empty
 * means any file. Python checks the same rules again on its side.
 *
 *   fileAllowed("a.JPG", "image/jpeg", [".jpg"])      // true
 *   checkFile(file, name, [".csv"], 1)               // null or an error message
 */

export const BYTES_PER_MB = 1024 * 1024;

export function fileAllowed(name: string, mimeType: string, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const lowerName = name.toLowerCase();
  const mime = mimeType.toLowerCase();
  return types.some((spec) => {
    if (spec.endsWith("/*")) return mime.startsWith(spec.slice(0, -1));
    if (spec.includes("/")) return mime === spec;
    return lowerName.endsWith(spec);
  });
}

/** The `<input accept>` value: the specifiers as they are (the browser knows all three forms). */
export function acceptAttribute(types: readonly string[]): string | undefined {
  return types.length === 0 ? undefined : types.join(",");
}

/** "8.0B", "1.5KB", "200.0MB": sizes as Streamlit's uploader shows them. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)}${units[unit]}`;
}

/** The name a picked file goes by: its path inside the chosen folder for directory picks. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
}

/** Why a file is refused, or null when it may be uploaded. */
export function checkFile(file: Blob, name: string, types: readonly string[], maxMb: number): string | null {
  if (!fileAllowed(name, file.type, types)) {
    const kind = file.type || extensionOf(name) || name;
    return `${kind} files are not allowed.`;
  }
  if (file.size > maxMb * BYTES_PER_MB) return `File must be ${formatBytes(maxMb * BYTES_PER_MB)} or smaller.`;
  return null;
}

/** The dropzone hint: "Limit 200MB per file • CSV, PNG". */
export function limitText(types: readonly string[], maxMb: number): string {
  const names = types.map((t) => (t.startsWith(".") ? t.slice(1) : t).toUpperCase());
  return `Limit ${maxMb}MB per file${names.length > 0 ? ` • ${names.join(", ")}` : ""}`;
}
