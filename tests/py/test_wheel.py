"""The wheel carries the UI and worker bundles, so CLI users need no Node.js."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_the_bundles_and_the_cli(tmp_path: Path) -> None:
    assert (ROOT / "py" / "wasmlit" / "static" / "wasmlit.js").exists(), "run npm run build"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("wasmlit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "wasmlit/static/wasmlit.js",
        "wasmlit/static/worker.js",
        "wasmlit/cli/main.py",
        "wasmlit/host/pyodide_host.py",
        "wasmlit/testing/v1/__init__.py",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "wasmlit = wasmlit.cli.main:main" in text
