"""The offline wheels + derived lock (scripts/offline_wheels.py); no network needed."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import offline_wheels as ow  # noqa: E402

NPM_LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"
DIST = ROOT / ".cache" / "pyodide" / "0.27.7"
CHART_LIBS = ["altair", "plotly", "graphviz", "pydeck"]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def official() -> dict[str, Any]:
    if not NPM_LOCK.is_file():
        pytest.skip("node_modules/pyodide missing: run `npm ci`")
    lock: dict[str, Any] = json.loads(NPM_LOCK.read_text())
    return lock


@pytest.fixture
def no_pip(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if provisioning tries to download anything."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected subprocess: {args}")

    monkeypatch.setattr(subprocess, "run", refuse)


def test_spec_pins_pure_wheels_with_full_hashes() -> None:
    spec = ow.load_spec()
    names = [ow.canonical(w["name"]) for w in spec["wheels"]]
    assert len(names) == len(set(names))
    for wheel in spec["wheels"]:
        assert len(wheel["sha256"]) == 64 and int(wheel["sha256"], 16) >= 0
        assert wheel["file_name"].endswith("-none-any.whl")
        assert f"-{wheel['version']}-" in wheel["file_name"]
    # The reason for the whole exercise: no wasm-only dependency left.
    jsonschema = next(w for w in spec["wheels"] if w["name"] == "jsonschema")
    assert jsonschema["version"] == "4.17.3"
    assert jsonschema["depends"] == ["attrs", "pyrsistent"]


def test_derived_lock_overrides_and_adds(official: dict[str, Any]) -> None:
    spec = ow.load_spec()
    lock = ow.derived_lock(official, spec["wheels"])
    pkgs = lock["packages"]
    assert lock["info"] == official["info"]
    # Overrides: PyPI file and hash instead of Pyodide's repacked/wasm builds.
    altair_pypi = "0fb130b8297a569d08991fb6fe763582e7569f8a04643bbd9212436e3be04aef"
    assert pkgs["altair"]["sha256"] == altair_pypi
    assert pkgs["altair"]["sha256"] != official["packages"]["altair"]["sha256"]
    assert pkgs["jsonschema"]["version"] == "4.17.3"
    assert pkgs["markupsafe"]["file_name"] == "MarkupSafe-2.1.5-py3-none-any.whl"
    assert pkgs["pyrsistent"]["file_name"] == "pyrsistent-0.20.0-py3-none-any.whl"
    # Additions: not in Pyodide's lock at all.
    for name in ("plotly", "tenacity", "graphviz", "pydeck"):
        assert name not in official["packages"]
        assert pkgs[name]["imports"][0] == name
        assert pkgs[name]["package_type"] == "package"
    # Everything else is untouched.
    untouched = set(official["packages"]) - {ow.canonical(w["name"]) for w in spec["wheels"]}
    assert all(pkgs[n] == official["packages"][n] for n in untouched)


def test_chart_closure_is_pinned_wheels_plus_packaging(official: dict[str, Any]) -> None:
    spec = ow.load_spec()
    lock = ow.derived_lock(official, spec["wheels"])
    closure = ow.depends_closure(lock, CHART_LIBS)
    pinned = {ow.canonical(w["name"]) for w in spec["wheels"]}
    # packaging and numpy (pydeck's) are verified lock files of the Pyodide distribution.
    assert closure - pinned == {"packaging", "numpy"}
    assert not closure & {"rpds-py", "referencing", "jsonschema-specifications"}
    # The official lock's altair closure needs wasm wheels we do not have.
    assert "rpds-py" in ow.depends_closure(official, ["altair"])


def test_provisioned_distribution_has_every_closure_file() -> None:
    lock_path = DIST / "offline-lock.json"
    if not lock_path.is_file():
        pytest.skip("run scripts/provision_pyodide.py first")
    lock = json.loads(lock_path.read_text())
    for name in ow.depends_closure(lock, CHART_LIBS):
        entry = lock["packages"][name]
        path = DIST / entry["file_name"]
        assert path.is_file(), name
        assert sha(path.read_bytes()) == entry["sha256"], name


def _sdist(files: dict[str, bytes], root: str = "Demo-1.0/") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(root + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


DEMO_WHEEL: dict[str, Any] = {
    "name": "demo",
    "version": "1.0",
    "file_name": "Demo-1.0-py3-none-any.whl",
    "sdist": {
        "file_name": "Demo-1.0.tar.gz",
        "packages": {"src/demo/": "demo/"},
        "exclude": ["_speedups.c"],
        "license": "LICENSE",
        "top_level": ["demo"],
    },
}
DEMO_FILES = {
    "PKG-INFO": b"Metadata-Version: 2.1\nName: Demo\nVersion: 1.0\n",
    "LICENSE": b"BSD\n",
    "src/demo/__init__.py": b"try:\n    from ._speedups import f\nexcept ImportError:\n    f = 1\n",
    "src/demo/_speedups.c": b"int f;\n",
    "tests/test_demo.py": b"",
}


def test_pure_wheel_from_sdist_is_deterministic_and_python_only() -> None:
    first = ow.build_pure_wheel(_sdist(DEMO_FILES), DEMO_WHEEL)
    # A re-packed sdist (other mtimes) gives the same bytes: the pinned hash holds anywhere.
    assert ow.build_pure_wheel(_sdist(dict(reversed(DEMO_FILES.items()))), DEMO_WHEEL) == first
    zf = zipfile.ZipFile(io.BytesIO(first))
    names = zf.namelist()
    assert "demo/__init__.py" in names
    assert not [n for n in names if n.endswith((".c", ".so")) or n.startswith("tests/")]
    assert "Tag: py3-none-any" in zf.read("Demo-1.0.dist-info/WHEEL").decode()
    record = zf.read("Demo-1.0.dist-info/RECORD").decode()
    assert all(n in record for n in names)


def test_native_source_not_excluded_is_refused() -> None:
    files = {**DEMO_FILES, "src/demo/_other.c": b"int g;\n"}
    with pytest.raises(ow.OfflineWheelError, match="native"):
        ow.build_pure_wheel(_sdist(files), DEMO_WHEEL)


def _fake_dist(tmp_path: Path, wheels: dict[str, bytes]) -> tuple[Path, Path]:
    """A distribution folder with a minimal official lock, and a spec pinning ``wheels``."""
    dest = tmp_path / "dist"
    dest.mkdir()
    official = {
        "info": {"version": "0.27.7"},
        "packages": {"packaging": {"depends": [], "file_name": "packaging-24.2-py3-none-any.whl"}},
    }
    (dest / "pyodide-lock.json").write_text(json.dumps(official))
    (dest / "packaging-24.2-py3-none-any.whl").write_bytes(b"p")
    spec = {
        "pyodide": "0.27.7",
        "lock_name": "offline-lock.json",
        "wheels": [
            {
                "name": name,
                "version": "1.0",
                "file_name": f"{name}-1.0-py3-none-any.whl",
                "sha256": sha(data),
                "depends": ["packaging"] if name == "lib" else [],
                "imports": [name],
            }
            for name, data in wheels.items()
        ],
    }
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(spec))
    return dest, spec_path


def test_provision_uses_verified_downloads_and_is_idempotent(tmp_path: Path, no_pip: None) -> None:
    dest, spec_path = _fake_dist(tmp_path, {"lib": b"lib bytes", "other": b"other"})
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "lib-1.0-py3-none-any.whl").write_bytes(b"lib bytes")
    (downloads / "other-1.0-py3-none-any.whl").write_bytes(b"other")
    assert ow.provision(dest, downloads, spec_path) == (2, True)
    lock = json.loads((dest / "offline-lock.json").read_text())
    assert lock["packages"]["lib"]["depends"] == ["packaging"]
    assert lock["packages"]["lib"]["sha256"] == sha(b"lib bytes")
    assert (dest / "lib-1.0-py3-none-any.whl").read_bytes() == b"lib bytes"
    # Second run: hash checks only, nothing written, no download even if the cache is gone.
    for f in downloads.iterdir():
        f.unlink()
    before = (dest / "offline-lock.json").stat().st_mtime_ns
    assert ow.provision(dest, downloads, spec_path) == (2, False)
    assert (dest / "offline-lock.json").stat().st_mtime_ns == before


def test_provision_refuses_a_wrong_hash(tmp_path: Path, no_pip: None) -> None:
    dest, spec_path = _fake_dist(tmp_path, {"lib": b"the pinned bytes"})
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    bad = downloads / "lib-1.0-py3-none-any.whl"
    bad.write_bytes(b"tampered bytes")
    with pytest.raises(ow.OfflineWheelError, match="sha256 mismatch for lib-1.0"):
        ow.provision(dest, downloads, spec_path)
    assert not bad.exists()  # removed, so the next run downloads it again
    assert not (dest / "lib-1.0-py3-none-any.whl").exists()
    assert not (dest / "offline-lock.json").exists()


def test_provision_replaces_a_corrupted_distribution_file(tmp_path: Path, no_pip: None) -> None:
    dest, spec_path = _fake_dist(tmp_path, {"lib": b"good"})
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "lib-1.0-py3-none-any.whl").write_bytes(b"good")
    (dest / "lib-1.0-py3-none-any.whl").write_bytes(b"truncated")
    assert ow.provision(dest, downloads, spec_path) == (1, True)
    assert (dest / "lib-1.0-py3-none-any.whl").read_bytes() == b"good"


def test_a_dependency_missing_from_the_distribution_fails(tmp_path: Path, no_pip: None) -> None:
    dest, spec_path = _fake_dist(tmp_path, {"lib": b"x"})
    (dest / "packaging-24.2-py3-none-any.whl").unlink()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "lib-1.0-py3-none-any.whl").write_bytes(b"x")
    with pytest.raises(ow.OfflineWheelError, match="packaging"):
        ow.provision(dest, downloads, spec_path)


def test_impure_wheel_in_spec_is_refused(tmp_path: Path) -> None:
    spec = {"wheels": [{"file_name": "markupsafe-2.1.5-cp312-cp312-pyodide_2024_0_wasm32.whl"}]}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    with pytest.raises(ow.OfflineWheelError, match="not a pure-Python wheel"):
        ow.load_spec(path)
