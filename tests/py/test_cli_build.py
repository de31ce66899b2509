"""`wasmlit build`: site layout, relative paths, manifest, config and core.zip."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from wasmlit.cli import site
from wasmlit.cli.corezip import core_zip_bytes
from wasmlit.cli.main import main
from wasmlit.cli.manifest import build_manifest, flatten_options, parse_requirements


@pytest.fixture
def bundles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stand-in UI/worker bundles, so these tests never depend on `npm run build`."""
    static = tmp_path / "static"
    (static / "chunks").mkdir(parents=True)
    (static / "wasmlit.js").write_text("export {};\n")
    (static / "worker.js").write_text("export {};\n")
    (static / "chunks" / "lazy-ABC.js").write_text("export {};\n")
    monkeypatch.setattr(site, "static_dir", lambda: static)
    return static


def make_app(root: Path) -> Path:
    """A multi-file app with config, requirements and things that must be skipped."""
    files = {
        "app.py": "import streamlit as st\nfrom helpers.greet import hi\nst.write(hi())\n",
        "helpers/__init__.py": "",
        "helpers/greet.py": "def hi():\n    return 'hi'\n",
        "data/people.csv": "name\nAda\n",
        "requirements.txt": "streamlit==1.40\n# tools\nrich>=13  # pretty\n-r dev.txt\n\n",
        ".streamlit/config.toml": (
            "[runner]\nmagicEnabled = false\n[theme]\nprimaryColor = '#f00'\n"
            "[theme.sidebar]\nbase = 'dark'\n"
        ),
        ".streamlit/secrets.toml": "token = 'never publish'\n",
        ".env": "SECRET=1\n",
        ".git/config": "",
        "__pycache__/app.cpython-311.pyc": "",
        "venv/pyvenv.cfg": "",
        "myenv/pyvenv.cfg": "",
        "myenv/lib/x.py": "",
    }
    app = root / "myapp"
    for rel, text in files.items():
        path = app / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return app / "app.py"


APP_FILES = [
    ".streamlit/config.toml",
    "app.py",
    "data/people.csv",
    "helpers/__init__.py",
    "helpers/greet.py",
    "requirements.txt",
]


def test_manifest_lists_app_files_requirements_and_flat_options(tmp_path: Path) -> None:
    script = make_app(tmp_path)
    assert build_manifest(script) == {
        "entrypoint": "app.py",
        "files": APP_FILES,
        "requirements": ["rich>=13"],
        "options": {
            "runner.magicEnabled": False,
            "theme.primaryColor": "#f00",
            "theme.sidebar.base": "dark",
        },
    }


def test_requirements_parsing_drops_comments_options_and_streamlit() -> None:
    text = "Streamlit[extra]>=1\nnumpy==2.0.2 ; python_version>'3'\n  # c\n--index-url x\npandas\n"
    assert parse_requirements(text) == ["numpy==2.0.2 ; python_version>'3'", "pandas"]


def test_config_flattening_nests_with_dots() -> None:
    assert flatten_options({"a": {"b": {"c": 1}, "d": [1, 2]}, "e": "x"}) == {
        "a.b.c": 1,
        "a.d": [1, 2],
        "e": "x",
    }


def test_build_writes_a_relative_static_site(tmp_path: Path, bundles: Path) -> None:
    script = make_app(tmp_path)
    out = tmp_path / "out"
    assert main(["build", str(script), "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted(
        [
            "index.html",
            "404.html",
            "wasmlit/wasmlit.js",
            "wasmlit/worker.js",
            "wasmlit/chunks/lazy-ABC.js",
            "wasmlit/core.zip",
            "app/wasmlit.json",
            *[f"app/{f}" for f in APP_FILES],
        ]
    )
    manifest = json.loads((out / "app" / "wasmlit.json").read_text())
    assert manifest == build_manifest(script)
    page = (out / "index.html").read_text()
    # Deep links to app pages: static hosts serve 404.html for unknown paths.
    assert (out / "404.html").read_text() == page
    assert '<script type="module" src="./wasmlit/wasmlit.js"></script>' in page
    assert (
        '<wasmlit-app src="./app/" pyodide-url="https://cdn.jsdelivr.net/pyodide/v0.27.7/full/">'
        in page
    )
    # Relative only: no root-absolute or file-system paths anywhere in the page.
    assert not re.search(r'(src|href)="/', page)
    assert str(tmp_path) not in page


def test_build_inside_the_app_folder_skips_its_own_output(tmp_path: Path, bundles: Path) -> None:
    script = make_app(tmp_path)
    out = script.parent / "site"
    main(["build", str(script), "--out", str(out)])
    main(["build", str(script), "--out", str(out)])  # again: old output must not leak in
    assert json.loads((out / "app" / "wasmlit.json").read_text())["files"] == APP_FILES


def test_rebuild_drops_stale_app_files(tmp_path: Path, bundles: Path) -> None:
    script = make_app(tmp_path)
    out = tmp_path / "out"
    main(["build", str(script), "--out", str(out)])
    (script.parent / "data" / "people.csv").unlink()
    main(["build", str(script), "--out", str(out)])
    assert not (out / "app" / "data" / "people.csv").exists()


def test_pyodide_dir_is_copied_and_referenced_relatively(tmp_path: Path, bundles: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in ("pyodide.mjs", "pyodide.asm.wasm", "pyodide-lock.json", ".packages"):
        (dist / name).write_text("x")
    out = tmp_path / "out"
    main(["build", str(make_app(tmp_path)), "--out", str(out), "--pyodide-dir", str(dist)])
    assert sorted(p.name for p in (out / "pyodide").iterdir()) == [
        "pyodide-lock.json",
        "pyodide.asm.wasm",
        "pyodide.mjs",
    ]
    assert 'pyodide-url="./pyodide/"' in (out / "index.html").read_text()


def test_pyodide_dir_with_offline_lock_uses_it(tmp_path: Path, bundles: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in ("pyodide.mjs", "pyodide-lock.json", "offline-lock.json", "altair-5.4.1.whl"):
        (dist / name).write_text("x")
    out = tmp_path / "out"
    main(["build", str(make_app(tmp_path)), "--out", str(out), "--pyodide-dir", str(dist)])
    # The extra lock and its wheels travel with the bundle, and the page points at the lock.
    assert (out / "pyodide" / "offline-lock.json").is_file()
    assert (out / "pyodide" / "altair-5.4.1.whl").is_file()
    assert 'lock-file-url="./pyodide/offline-lock.json"' in (out / "index.html").read_text()


def test_lock_file_url_option(tmp_path: Path, bundles: Path) -> None:
    out = tmp_path / "out"
    main(["build", str(make_app(tmp_path)), "--out", str(out), "--pyodide-url", "/py/"])
    assert "lock-file-url" not in (out / "index.html").read_text()  # Pyodide's own lock
    args = ["--pyodide-url", "/py/", "--lock-file-url", "/py/my-lock.json"]
    main(["build", str(make_app(tmp_path)), "--out", str(out), *args])
    assert 'lock-file-url="/py/my-lock.json"' in (out / "index.html").read_text()


def test_custom_pyodide_url(tmp_path: Path, bundles: Path) -> None:
    out = tmp_path / "out"
    main(["build", str(make_app(tmp_path)), "--out", str(out), "--pyodide-url", "/py/"])
    assert 'pyodide-url="/py/"' in (out / "index.html").read_text()


def test_missing_script_and_missing_bundles_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["build", str(tmp_path / "nope.py"), "--out", str(tmp_path / "o")]) == 2
    assert "no such script" in capsys.readouterr().err
    monkeypatch.setattr(site, "package_dir", lambda: tmp_path)
    assert main(["build", str(make_app(tmp_path)), "--out", str(tmp_path / "o")]) == 2
    assert "npm run build" in capsys.readouterr().err


def test_core_zip_has_the_browser_core_but_no_cli_or_static() -> None:
    data = core_zip_bytes()
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "wasmlit/__init__.py" in names
    assert "wasmlit/host/pyodide_host.py" in names
    assert "wasmlit/protocol/messages.py" in names
    assert not [n for n in names if n.startswith(("wasmlit/cli/", "wasmlit/static/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert core_zip_bytes() == data  # deterministic: same sources, same bytes
