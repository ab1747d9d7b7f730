"""Fixtures: the shipped data directory and a writable copy of the small NATO fixture organization."""

import os
import random
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


# `make test` runs on every core with `--dist loadfile --no-loadscope-reorder`: each module (or notebook) goes
# whole to one worker, in collection order. Starting the longest ones first (measured with --durations) keeps
# a long module from starting last and running alone at the end. Only the order changes, never what runs.
LONGEST_FIRST = ("tests/test_browser_more.py", "tests/test_browser.py", "tests/test_packaging.py", "tests/test_damage.py",
                 "notebooks/04-", "notebooks/03-", "notebooks/05-", "tests/test_browser_site.py", "tests/test_cli.py",
                 "tests/test_validate.py", "notebooks/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::")[0]
        return next((i for i, prefix in enumerate(LONGEST_FIRST) if path.startswith(prefix)), len(LONGEST_FIRST))

    items.sort(key=rank)  # stable: within a rank, collection order


def pytest_configure(config: pytest.Config) -> None:
    """One seed per run for the generated damage of tests/test_damage.py, shared by every xdist worker (they
    inherit the environment) so that all collect the same tests; set CSTO_DAMAGE_SEED to replay a run."""
    os.environ.setdefault("CSTO_DAMAGE_SEED", str(random.SystemRandom().randrange(2**32)))


def pytest_report_header(config: pytest.Config) -> str:
    return f"csto damage seed: {os.environ['CSTO_DAMAGE_SEED']} (CSTO_DAMAGE_SEED={os.environ['CSTO_DAMAGE_SEED']} replays it)"
