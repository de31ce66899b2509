/**
 * The `files` stage: fetch `wasmlit.json`, check it, and copy every app file
 * into the Pyodide file system under APP_DIR.
 *
 *   const manifest = await fetchManifest(appUrl, "no-cache");
 *   const written = await writeAppFiles(pyodide.FS, appUrl, manifest, "no-cache");
 */
import type { AppManifest } from "../../ui/src/protocol/generated";
import { PROTOCOL_SCHEMA } from "../../ui/src/protocol/generated";
import { validate, type JsonSchema } from "../../ui/src/protocol/validate";
import { BootError } from "./errors";
import type { PyodideFS } from "./python";

/** Where the app's files live inside Pyodide (the script's folder and cwd). */
export const APP_DIR = "/home/pyodide/app";
export const MANIFEST_NAME = "wasmlit.json";

/** An app file as fetched: its relative path and bytes. */
export interface AppFile {
  path: string;
  data: Uint8Array;
}

async function fetchBytes(url: string, cache: RequestCache): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { cache });
  } catch (err) {
    throw new Error(`network error fetching ${url}: ${String(err)}`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText} at ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Reject absolute paths and `..` so a manifest cannot write outside APP_DIR. */
export function checkRelativePath(path: string): string | null {
  if (path === "" || path.startsWith("/") || path.includes("\\")) return `bad path ${JSON.stringify(path)}`;
  if (path.split("/").some((part) => part === ".." || part === "")) {
    return `bad path ${JSON.stringify(path)}`;
  }
  return null;
}

/** Problems with a parsed manifest (empty when usable). */
export function manifestErrors(value: unknown): string[] {
  const errors = validate(PROTOCOL_SCHEMA.app_manifest as JsonSchema, value);
  if (errors.length) return errors;
  const manifest = value as AppManifest;
  for (const path of manifest.files) {
    const bad = checkRelativePath(path);
    if (bad) errors.push(`files: ${bad}`);
  }
  if (!manifest.files.includes(manifest.entrypoint)) {
    errors.push(
      `the entrypoint script "${manifest.entrypoint}" is not among the app's files ` +
        `(expected ${manifest.entrypoint} beside ${MANIFEST_NAME}; files: ` +
        `${manifest.files.length ? manifest.files.join(", ") : "none"})`,
    );
  }
  return errors;
}

/** Fetch and check `wasmlit.json`; throws a `files` BootError when unusable. */
export async function fetchManifest(appUrl: string, cache: RequestCache): Promise<AppManifest> {
  const url = appUrl + MANIFEST_NAME;
  let text: string;
  try {
    text = new TextDecoder().decode(await fetchBytes(url, cache));
  } catch (err) {
    throw new BootError("files", `could not load the app manifest ${MANIFEST_NAME}`, String(err));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new BootError("files", `${MANIFEST_NAME} is not valid JSON`, `${url}: ${String(err)}`);
  }
  const errors = manifestErrors(value);
  if (errors.length) {
    throw new BootError("files", `${MANIFEST_NAME} is invalid: ${errors[0]}`, errors.join("\n"));
  }
  return value as AppManifest;
}

/** Fetch every listed file (in parallel); a missing one fails naming it. */
export async function fetchAppFiles(
  appUrl: string,
  manifest: AppManifest,
  cache: RequestCache,
): Promise<AppFile[]> {
  return Promise.all(
    manifest.files.map(async (path) => {
      const url = appUrl + path.split("/").map(encodeURIComponent).join("/");
      try {
        return { path, data: await fetchBytes(url, cache) };
      } catch (err) {
        const what = path === manifest.entrypoint ? "the entrypoint script" : "app file";
        throw new BootError("files", `could not fetch ${what} ${path}`, String(err));
      }
    }),
  );
}

/** Write files under APP_DIR, creating folders; remove `stale` paths that were dropped. */
export function writeAppFiles(fs: PyodideFS, files: readonly AppFile[], stale: readonly string[] = []): void {
  fs.mkdirTree(APP_DIR);
  for (const { path, data } of files) {
    const full = `${APP_DIR}/${path}`;
    fs.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    fs.writeFile(full, data);
  }
  for (const path of stale) {
    const full = `${APP_DIR}/${path}`;
    if (fs.analyzePath(full).exists) fs.unlink(full);
  }
}

/** The source of every Python file. */
export function pythonSources(files: readonly AppFile[]): string[] {
  const decoder = new TextDecoder();
  return files.filter((f) => f.path.endsWith(".py")).map((f) => decoder.decode(f.data));
}

// pandas imports jinja2 only inside `DataFrame.style`, so Pyodide's import scan
// never sees it, and a Styler then fails with "Missing optional dependency
// 'Jinja2'". Streamlit's own environment always has jinja2; here it loads
// (about 0.1 MB with markupsafe) only for apps that use pandas and `.style`.
const USES_PANDAS = /^\s*(?:import|from)\s+pandas\b/m;
const USES_STYLER = /\.style\b/;

// st.connection(..., type="sql") imports SQLAlchemy (which brings sqlite3) and pandas
// only when it runs, so the scan never sees them. The app names the type in its code
// (the name or type "sql", SQLConnection) or in `[connections.<name>]` of secrets.toml.
const SQL_IN_CODE = /\bconnection\(\s*["']sql["']|\btype\s*=\s*["']sql["']|\bSQLConnection\b/;
const CALLS_CONNECTION = /\bconnection\(/;
const SQL_IN_SECRETS = /^\s*(?:type\s*=\s*["']sql["']|url\s*=|dialect\s*=)/m;
const SECRETS_FILE = ".streamlit/secrets.toml";

function usesSqlConnection(files: readonly AppFile[], python: string): boolean {
  if (SQL_IN_CODE.test(python)) return true;
  const secrets = files.find((f) => f.path === SECRETS_FILE);
  return !!secrets && CALLS_CONNECTION.test(python) && SQL_IN_SECRETS.test(new TextDecoder().decode(secrets.data));
}

/** What `loadPackagesFromImports` scans: the app's Python, plus the imports it hides. */
export function importScanSource(files: readonly AppFile[]): string {
  const sources = pythonSources(files);
  const all = sources.join("\n");
  const hidden = USES_PANDAS.test(all) && USES_STYLER.test(all) ? ["import jinja2"] : [];
  if (usesSqlConnection(files, all)) hidden.push("import sqlalchemy", "import pandas");
  return [...sources, ...hidden].join("\n");
}
