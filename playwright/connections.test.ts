/**
 * st.secrets and st.connection in real Chromium + real Pyodide: `wasmlit run` serves
 * .streamlit/secrets.toml to the local page, whose [connections.pets] section points
 * st.connection at a SQLite file among the app's files (SQLAlchemy from the offline
 * lock, sqlite3 from Pyodide). A `wasmlit build` of the same folder leaves secrets out.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import { BOOT_TIMEOUT, ROOT, buildSite, waitForRuns, writeApp } from "./harness.ts";

const APP = `import streamlit as st

st.text(f"greeting {st.secrets.greeting}")
conn = st.connection("pets")
df = conn.query("select name from pets where kind = :kind order by id", params={"kind": "cat"})
st.text(f"cats {', '.join(df['name'])} via {conn.driver}")
other = st.connection("sql", type="sql", url="sqlite:///data.db")
st.text(f"count {other.query('select count(*) as n from pets').n[0]}")
`;

const SECRETS = `greeting = "hello from secrets"

[connections.pets]
type = "sql"
url = "sqlite:///data.db"
`;

const MAKE_DB = `import sqlite3, sys
with sqlite3.connect(sys.argv[1]) as db:
    db.execute("create table pets (id integer primary key, name text, kind text)")
    db.executemany("insert into pets values (?, ?, ?)", [(1, "Rex", "dog"), (2, "Tom", "cat"), (3, "Kit", "cat")])
`;

describe("secrets and SQL connections", () => {
  let appDir: string;
  let dev: DevServer;
  let browser: LaunchedBrowser;

  before(async () => {
    appDir = writeApp({ "app.py": APP, ".streamlit/secrets.toml": SECRETS });
    execFileSync(join(ROOT, ".venv", "bin", "python"), ["-c", MAKE_DB, join(appDir, "data.db")]);
    dev = await startDevServer(join(appDir, "app.py"));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await dev?.stop();
  });

  test("wasmlit run: st.secrets and st.connection query a SQLite file", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(dev.url);
    const app = page.locator("wasmlit-app");
    await waitForRuns(app, 1, BOOT_TIMEOUT);
    const texts = (await app.locator('[data-testid="stText"]').allTextContents()).map((s) => s.trim());
    const failures = await app.locator('[data-testid="stException"]').allTextContents();
    assert.deepEqual(failures, []);
    assert.deepEqual(texts, ["greeting hello from secrets", "cats Tom, Kit via pysqlite", "count 3"]);
    assert.deepEqual(errors, []);
  });

  test("wasmlit build: the published site never contains secrets.toml", () => {
    const site = buildSite(join(appDir, "app.py"));
    const manifest = JSON.parse(readFileSync(join(site, "app", "wasmlit.json"), "utf8")) as { files: string[] };
    assert.deepEqual(manifest.files, ["app.py", "data.db"]);
  });
});
