"""Extra pure-Python wheels and a derived Pyodide lock for offline charts.

Pyodide 0.27.7's lock lists altair, but the wheels we can verify offline do not
cover its closure (markupsafe and rpds-py are wasm builds), and plotly and
graphviz are not in it at all. ``scripts/offline_wheels.json`` pins pure wheels
from PyPI by version and sha256; this module fetches them with pip, verifies
them, assembles markupsafe from its pinned sdist without the C speedups, and
writes ``offline-lock.json``: the official lock with those entries replaced or
added. A page passes it to Pyodide as ``lockFileURL`` (``lock-file-url``).

    from offline_wheels import provision
    provision(dist_dir, downloads_dir)      # idempotent; no network once done
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parent / "offline_wheels.json"
PURE_TAGS = ("py3-none-any", "py2.py3-none-any")
# Fixed zip metadata so a wheel assembled from the same sdist is byte-identical
# on every machine (and its pinned sha256 holds): no timestamps, no compression
# (deflate output may differ between zlib builds).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class OfflineWheelError(RuntimeError):
    """A pinned file is missing or does not verify: never write a partial distribution."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical(name: str) -> str:
    """PEP 503 name, the key form of pyodide-lock.json."""
    return re.sub(r"[-_.]+", "-", name).lower()


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(path.read_text())
    for wheel in spec["wheels"]:
        if not wheel["file_name"].endswith(tuple(f"-{t}.whl" for t in PURE_TAGS)):
            raise OfflineWheelError(f"{wheel['file_name']} is not a pure-Python wheel")
    return spec


def verify(data: bytes, expected: str, what: str) -> None:
    got = sha256(data)
    if got != expected:
        raise OfflineWheelError(f"sha256 mismatch for {what}: pinned {expected}, got {got}")


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode()


def build_pure_wheel(sdist: bytes, wheel: dict[str, Any]) -> bytes:
    """A py3-none-any wheel of the sdist's Python files only (C sources left out).

    Deterministic: same sdist in, same bytes out, so its sha256 can be pinned.
    """
    info = wheel["sdist"]
    dist = wheel["file_name"].split("-")[0]
    root = f"{dist}-{wheel['version']}/"
    dist_info = f"{dist}-{wheel['version']}.dist-info/"
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(sdist), mode="r:gz") as tar:
        files = {m.name: m for m in tar.getmembers() if m.isfile()}

        def read(name: str) -> bytes:
            handle = tar.extractfile(files[root + name])
            assert handle is not None
            return handle.read()

        for src, dest in info["packages"].items():
            for name in sorted(files):
                rel = name[len(root + src) :]
                if not name.startswith(root + src) or rel.rsplit("/", 1)[-1] in info["exclude"]:
                    continue
                if rel.endswith((".c", ".h", ".so", ".pyd")):
                    raise OfflineWheelError(f"{name}: native file not listed in 'exclude'")
                members[dest + rel] = read(name[len(root) :])
        if not members:
            raise OfflineWheelError(f"no package files in {info['file_name']}")
        members[dist_info + "METADATA"] = read("PKG-INFO")
        members[dist_info + info["license"]] = read(info["license"])
    members[dist_info + "WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: wasmlit offline_wheels\n"
        b"Root-Is-Purelib: true\nTag: py3-none-any\n"
    )
    members[dist_info + "top_level.txt"] = ("\n".join(info["top_level"]) + "\n").encode()
    record = [f"{n},{_record_hash(d)},{len(d)}" for n, d in members.items()]
    members[dist_info + "RECORD"] = ("\n".join([*record, f"{dist_info}RECORD,,"]) + "\n").encode()

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            entry = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            entry.external_attr = 0o644 << 16
            zf.writestr(entry, data)
    return out.getvalue()


def lock_entry(wheel: dict[str, Any]) -> dict[str, Any]:
    """One ``packages`` entry of pyodide-lock.json, in the official entries' shape."""
    return {
        "depends": [canonical(d) for d in wheel["depends"]],
        "file_name": wheel["file_name"],
        "imports": list(wheel["imports"]),
        "install_dir": "site",
        "name": wheel["name"],
        "package_type": "package",
        "sha256": wheel["sha256"],
        "unvendored_tests": False,
        "version": wheel["version"],
    }


def derived_lock(official: dict[str, Any], wheels: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The official lock with each pinned wheel replacing (or adding) its package."""
    packages = dict(official["packages"])
    for wheel in wheels:
        packages[canonical(wheel["name"])] = lock_entry(wheel)
    return {**official, "packages": dict(sorted(packages.items()))}


def depends_closure(lock: dict[str, Any], names: Iterable[str]) -> set[str]:
    """Every package (lock key) that loading ``names`` pulls in, themselves included."""
    packages = lock["packages"]
    seen: set[str] = set()
    todo = [canonical(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in packages:
            raise OfflineWheelError(f"{name} is a dependency but not in the lock")
        seen.add(name)
        todo.extend(canonical(d) for d in packages[name]["depends"])
    return seen


def _pip_download(args: list[str], downloads: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(downloads), *args]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def _verified_download(path: Path, expected: str) -> bytes | None:
    """The file's bytes if present and matching; a bad copy is removed so a retry re-fetches."""
    if not path.is_file():
        return None
    data = path.read_bytes()
    if sha256(data) == expected:
        return data
    path.unlink()
    got = sha256(data)
    raise OfflineWheelError(f"sha256 mismatch for {path.name}: pinned {expected}, got {got}")


def fetch(spec: dict[str, Any], downloads: Path) -> dict[str, bytes]:
    """Bytes of every pinned wheel (and sdist), downloading only what is missing."""
    downloads.mkdir(parents=True, exist_ok=True)
    wheels = [w for w in spec["wheels"] if "sdist" not in w]
    sdists = [w for w in spec["wheels"] if "sdist" in w]
    missing = [w for w in wheels if not (downloads / w["file_name"]).is_file()]
    if missing:
        # Pure wheels only, whatever this machine's own platform is.
        pure = ["--only-binary", ":all:", "--platform", "any", "--python-version", "3.12"]
        pure += ["--implementation", "py", "--abi", "none"]
        _pip_download(pure + [f"{w['name']}=={w['version']}" for w in missing], downloads)
    for w in sdists:
        if not (downloads / w["sdist"]["file_name"]).is_file():
            _pip_download(["--no-binary", ":all:", f"{w['name']}=={w['version']}"], downloads)
    out: dict[str, bytes] = {}
    for w in wheels:
        data = _verified_download(downloads / w["file_name"], w["sha256"])
        if data is None:
            raise OfflineWheelError(f"pip download gave no {w['file_name']}")
        out[w["file_name"]] = data
    for w in sdists:
        sdist = _verified_download(downloads / w["sdist"]["file_name"], w["sdist"]["sha256"])
        if sdist is None:
            raise OfflineWheelError(f"pip download gave no {w['sdist']['file_name']}")
        built = build_pure_wheel(sdist, w)
        verify(built, w["sha256"], f"{w['file_name']} (assembled from {w['sdist']['file_name']})")
        out[w["file_name"]] = built
    return out


def _verified(path: Path, expected: str) -> bool:
    return path.is_file() and sha256(path.read_bytes()) == expected


def provision(dest: Path, downloads: Path, spec_path: Path = SPEC_PATH) -> tuple[int, bool]:
    """Put the pinned wheels and the derived lock into ``dest``.

    Returns (number of wheels, whether anything was written). Files already in
    ``dest`` with the pinned sha256 are kept, so a finished run is hash checks only.
    """
    spec = load_spec(spec_path)
    official = json.loads((dest / "pyodide-lock.json").read_text())
    if official["info"]["version"] != spec["pyodide"]:
        got = official["info"]["version"]
        raise OfflineWheelError(f"lock is Pyodide {got}, spec wants {spec['pyodide']}")
    wheels = spec["wheels"]
    present = {w["file_name"] for w in wheels if _verified(dest / w["file_name"], w["sha256"])}
    changed = False
    if len(present) < len(wheels):
        todo = [w for w in wheels if w["file_name"] not in present]
        fetched = fetch({**spec, "wheels": todo}, downloads)
        for name, data in fetched.items():
            (dest / name).write_bytes(data)
        changed = True
    lock = derived_lock(official, wheels)
    closure = depends_closure(lock, [w["name"] for w in wheels])
    absent = sorted(n for n in closure if not (dest / lock["packages"][n]["file_name"]).is_file())
    if absent:
        raise OfflineWheelError(f"{spec['lock_name']}: no file in {dest} for {absent}")
    text = json.dumps(lock, indent=1, sort_keys=True) + "\n"
    lock_path = dest / spec["lock_name"]
    if not lock_path.is_file() or lock_path.read_text() != text:
        lock_path.write_text(text)
        changed = True
    return len(wheels), changed
