"""Docs stay honest: every command has help and a README entry; __all__ is exact."""

from __future__ import annotations

from pathlib import Path

import heron
from heron.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_readme_opens_with_the_two_setup_commands():
    head = README.split("\n## ")[0]
    assert "make demo" in head and "make test" in head


def test_every_command_is_documented():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert command.callback.__doc__, name
        assert f"heron {name}" in README, name


def test_public_names_match_all():
    """Every public name of heron/__init__.py (other than its subpackages) is in __all__."""
    import inspect

    public = {
        n for n in dir(heron) if not n.startswith("_") and not inspect.ismodule(getattr(heron, n))
    }
    assert public <= set(heron.__all__)
    for name in heron.__all__:
        assert hasattr(heron, name)
