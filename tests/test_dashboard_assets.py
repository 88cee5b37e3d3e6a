"""The vendored front-end files match their manifest, package.json and package-lock.json."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "heron" / "api" / "static"


def _vendor_script():
    spec = importlib.util.spec_from_file_location(
        "vendor_assets", ROOT / "scripts" / "vendor_assets.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("vendor_assets", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_manifest_matches_the_files():
    assert _vendor_script().check() == []


def test_manifest_matches_the_pinned_versions():
    manifest = json.loads((STATIC / "vendor" / "MANIFEST.json").read_text("utf-8"))
    pinned = json.loads((ROOT / "package.json").read_text("utf-8"))["dependencies"]
    locked = json.loads((ROOT / "package-lock.json").read_text("utf-8"))["packages"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in pinned.values())  # exact versions
    for name, package in manifest["packages"].items():
        assert package["version"] == pinned[name] == locked[f"node_modules/{name}"]["version"]
        assert (STATIC / "vendor" / package["licence_file"]).is_file()


def test_pages_use_only_vendored_or_own_files():
    for page in ("index.html", "docs.html"):
        html = (STATIC / page).read_text("utf-8")
        for path in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert (STATIC / path.removeprefix("/static/")).is_file(), path
