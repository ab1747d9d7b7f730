"""Fixtures: the shipped data directory and a writable copy of the small NATO fixture organization."""

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NATO = ROOT / "tests" / "fixtures" / "nato"


@pytest.fixture
def nato(tmp_path: Path) -> Path:
    """A fresh, valid copy of the NATO fixture that a test may break."""
    target = tmp_path / "nato"
    shutil.copytree(NATO, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of text in a file (the test fails if it is not there exactly once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8", newline="")
