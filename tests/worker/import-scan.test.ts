import { describe, expect, test } from "vitest";
import { importScanSource } from "../../worker/src/files";

const file = (path: string, text: string) => ({ path, data: new TextEncoder().encode(text) });

describe("importScanSource (what Pyodide scans for packages)", () => {
  test("joins the app's Python files and skips other files", () => {
    const source = importScanSource([file("app.py", "import numpy"), file("data.csv", "import os"), file("lib/x.py", "import six")]);
    expect(source).toBe("import numpy\nimport six");
  });

  test("a pandas app using .style also loads jinja2, which pandas imports lazily", () => {
    const source = importScanSource([file("app.py", "import pandas as pd\nst.dataframe(df.style.format('{:.1f}'))")]);
    expect(source.split("\n")).toContain("import jinja2");
  });

  test("pandas alone, or .style without pandas, adds nothing", () => {
    expect(importScanSource([file("app.py", "import pandas as pd\ndf = pd.DataFrame()")])).not.toContain("jinja2");
    expect(importScanSource([file("app.py", "el.style.color = 1")])).not.toContain("jinja2");
  });

  test("pandas imported in one module and .style used in another still counts", () => {
    const source = importScanSource([file("app.py", "from helpers import styled"), file("helpers.py", "from pandas import DataFrame\ns = d.style")]);
    expect(source).toContain("import jinja2");
  });

  test("st.connection of type sql loads SQLAlchemy and pandas, which it imports lazily", () => {
    for (const code of ['st.connection("sql")', 'st.connection("db", type="sql")', "st.connections.SQLConnection"]) {
      expect(importScanSource([file("app.py", code)]).split("\n")).toContain("import sqlalchemy");
    }
    const secrets = file(".streamlit/secrets.toml", '[connections.db]\nurl = "sqlite:///data.db"\n');
    const source = importScanSource([file("app.py", 'conn = st.connection("db")'), secrets]);
    expect(source).toContain("import sqlalchemy");
    expect(source).toContain("import pandas");
  });

  test("a connection of another type, or no connection, loads no SQLAlchemy", () => {
    expect(importScanSource([file("app.py", 'st.connection("kv", type=KV)')])).not.toContain("sqlalchemy");
    const secrets = file(".streamlit/secrets.toml", 'url = "https://example.com"\n');
    expect(importScanSource([file("app.py", "st.write(1)"), secrets])).not.toContain("sqlalchemy");
  });
});
