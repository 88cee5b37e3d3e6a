"""Vendor the dashboard's front-end libraries into heron/api/static/vendor/.

The versions are pinned in package.json and package-lock.json at the repository
root. This script installs exactly those (`npm ci --ignore-scripts`, in a
temporary directory, so the work tree gets no node_modules/), copies each
package's built files and licence, and writes vendor/MANIFEST.json with the
sha256 of every file. The vendored files are committed, so `pip install heron`
needs no Node; tests/test_dashboard_assets.py checks the manifest.

    python scripts/vendor_assets.py                  # npm ci, copy, write the manifest
    python scripts/vendor_assets.py --node-modules node_modules   # use an installed tree
    python scripts/vendor_assets.py --check          # verify the vendored files only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "heron" / "api" / "static" / "vendor"
MANIFEST = VENDOR / "MANIFEST.json"


@dataclass(frozen=True)
class Asset:
    package: str
    files: tuple[str, ...]  # paths inside the npm package
    licence: str  # the licence file inside the npm package


ASSETS = (
    Asset("leaflet", ("dist/leaflet.js", "dist/leaflet.css"), "LICENSE"),
    Asset(
        "leaflet.markercluster",
        (
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ),
        "MIT-LICENCE.txt",
    ),
    Asset("uplot", ("dist/uPlot.iife.min.js", "dist/uPlot.min.css"), "LICENSE"),
    Asset("cytoscape", ("dist/cytoscape.min.js",), "LICENSE"),
    Asset("topojson-client", ("dist/topojson-client.min.js",), "LICENSE"),
    Asset("world-atlas", ("countries-110m.json",), "LICENSE"),
    Asset(
        "swagger-ui-dist",
        ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-bundle.js.LICENSE.txt", "NOTICE"),
        "LICENSE",
    ),
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def npm_ci(workdir: Path) -> Path:
    """Install the locked packages into workdir (no install scripts run) and return node_modules."""
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, workdir / name)
    subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=workdir, check=True
    )
    return workdir / "node_modules"


def _strip_source_map(data: bytes) -> bytes:
    # the .map files are not vendored; a dangling sourceMappingURL makes devtools fetch them
    lines = data.split(b"\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].startswith((b"//# sourceMappingURL=", b"/*# sourceMappingURL=")):
        lines.pop()
    return b"\n".join(lines) + b"\n"


def copy_assets(node_modules: Path) -> dict[str, object]:
    locked = json.loads((ROOT / "package.json").read_text("utf-8"))["dependencies"]
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    packages: dict[str, object] = {}
    files: dict[str, str] = {}
    for asset in ASSETS:
        source = node_modules / asset.package
        meta = json.loads((source / "package.json").read_text("utf-8"))
        if meta["version"] != locked[asset.package]:
            raise SystemExit(
                f"{asset.package} {meta['version']} installed, package.json pins {locked[asset.package]}"
            )
        target = VENDOR / asset.package
        target.mkdir(parents=True)
        for name in (*asset.files, asset.licence):
            data = (source / name).read_bytes()
            if name.endswith((".js", ".css")):
                data = _strip_source_map(data)
            out = target / Path(name).name
            out.write_bytes(data)
            files[out.relative_to(VENDOR).as_posix()] = sha256(out)
        packages[asset.package] = {
            "version": meta["version"],
            "license": meta.get("license"),
            "licence_file": f"{asset.package}/{Path(asset.licence).name}",
        }
    manifest = {
        "about": "Written by scripts/vendor_assets.py from package-lock.json; do not edit.",
        "packages": packages,
        "files": dict(sorted(files.items())),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


def check() -> list[str]:
    """Problems with the vendored files: missing, changed or unlisted."""
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    problems = []
    for name, digest in manifest["files"].items():
        path = VENDOR / name
        if not path.is_file():
            problems.append(f"missing: {name}")
        elif sha256(path) != digest:
            problems.append(f"changed: {name}")
    listed = set(manifest["files"]) | {"MANIFEST.json"}
    for path in VENDOR.rglob("*"):
        if path.is_file() and path.relative_to(VENDOR).as_posix() not in listed:
            problems.append(f"not in the manifest: {path.relative_to(VENDOR).as_posix()}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", type=Path, help="use this installed node_modules")
    parser.add_argument("--check", action="store_true", help="only verify the vendored files")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.node_modules:
        manifest = copy_assets(args.node_modules)
    else:
        with tempfile.TemporaryDirectory(prefix="heron-vendor-") as tmp:
            manifest = copy_assets(npm_ci(Path(tmp)))
    print(f"vendored {len(manifest['files'])} files into {VENDOR.relative_to(ROOT)}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
