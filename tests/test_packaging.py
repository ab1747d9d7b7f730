"""A plain (non-editable) install works from any folder: build a wheel, install it into a fresh virtual
environment, and run the contract's verbs and ``csto.load()`` from a temporary directory.

Uses uv (installed beside the project by ``make``) for speed, and the lock file as constraints so the fresh
environment gets the same versions; without uv, pip does the same, more slowly.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UV = Path(sys.executable).with_name("uv")


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def constraints(folder: Path) -> Path:
    """The lock's pins without their hashes (pip turns hash checking on for everything when one line has one)."""
    lines = [line.rstrip(" \\") for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith((" ", "#"))]
    path = folder / "constraints.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """Python of a fresh venv holding only the wheel of this checkout and its locked dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    pins = constraints(work)
    source = work / "source"  # build from a copy: the build must not write into the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "test-output",
                                                                "reports", "notebooks", "__pycache__"))
    if UV.exists():
        built = run(UV, "build", "--wheel", "--out-dir", work / "dist", source, cwd=work)
        assert built.returncode == 0, built.stderr
        made = run(UV, "venv", "--python", sys.executable, work / "venv", cwd=work)
        assert made.returncode == 0, made.stderr
        python = work / "venv" / "bin" / "python"
        wheel = next((work / "dist").glob("csto-*.whl"))
        done = run(UV, "pip", "install", "--python", python, wheel, "-c", pins, cwd=work)
    else:
        built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", work / "dist", source, cwd=work)
        assert built.returncode == 0, built.stderr
        made = run(sys.executable, "-m", "venv", work / "venv", cwd=work)
        assert made.returncode == 0, made.stderr
        python = work / "venv" / "bin" / "python"
        wheel = next((work / "dist").glob("csto-*.whl"))
        done = run(python, "-m", "pip", "install", wheel, "-c", pins, cwd=work)
    assert done.returncode == 0, done.stderr
    return python


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    """One validation cache for the installed copy: the first test validates, the others reuse the result
    (keyed by the tables' bytes, so this is what a user's second command does too)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def elsewhere(tmp_path, cache) -> tuple[Path, dict[str, str]]:
    """An unrelated folder and an environment without any pointer to the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("CSTO_DATA_DIR", "PYTHONPATH", "VIRTUAL_ENV")}
    env["CSTO_CACHE_DIR"] = str(cache)
    return tmp_path, env


def test_load_uses_the_shipped_data(installed, elsewhere):
    cwd, env = elsewhere
    code = ("import csto; ds = csto.load(); print(ds.data_dir.parent.name, ds.data_dir.name, len(ds.memberships) > 0, "
            "csto.members_on(ds.memberships, '2022-01-06', 'CSTO', ds.organizations))")
    done = run(installed, "-c", code, cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "csto data True ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']\n"


def test_validate_verb(installed, elsewhere):
    cwd, env = elsewhere
    done = run(installed, "-m", "csto", "validate", cwd=cwd, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.endswith(" data lines)\n") and ": valid (" in done.stdout


def test_members_verb(installed, elsewhere):
    cwd, env = elsewhere
    done = run(installed, "-m", "csto", "members", "2022-01-06", cwd=cwd, env=env)
    assert (done.returncode, done.stdout) == (0, "ARM\nBLR\nKAZ\nKGZ\nRUS\nTJK\n"), done.stderr


def test_load_another_copy_and_the_shipped_nato_directory(installed, elsewhere):
    cwd, env = elsewhere
    shutil.copytree(ROOT / "tests" / "fixtures" / "nato", cwd / "mine")
    code = ("import csto; ds = csto.load('mine'); print(csto.members_on(ds.memberships, '1952-02-18'));"
            "nato = csto.load(csto.default_data_dir() / 'nato'); print(len(nato.appeals) > 0)")
    done = run(installed, "-c", code, cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "['CAN', 'FRA', 'GBR', 'GRC', 'TUR', 'USA']\nTrue\n"


def test_missing_data_is_a_clear_message_not_a_traceback(installed, elsewhere):
    cwd, env = elsewhere
    done = run(installed, "-m", "csto", "validate", "no-such-dir", cwd=cwd, env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == "no-such-dir: not a directory\n"


def test_the_external_extracts_ship_with_the_wheel(installed, elsewhere):
    """Notebook 06's measures run on a plain install: the extracts of data/external/ are inside the wheel."""
    cwd, env = elsewhere
    code = ("from csto import alignment; e = alignment.load_external(); "
            "t = alignment.agreement_with(e.votes, e.roll_calls, 'RUS', ['BLR']); "
            "print(len(e.roll_calls), len(e.votes), int(t['year'].min()), int(t['year'].max()))")
    done = run(installed, "-c", code, cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "2491 105498 1992 2020\n"  # the counts data/external/README.md gives


def test_version_is_the_one_pyproject_gives():
    import tomllib

    import csto

    with (Path(__file__).resolve().parents[1] / "pyproject.toml").open("rb") as f:
        assert csto.__version__ == tomllib.load(f)["project"]["version"]


def test_one_version_everywhere_it_is_written():
    """pyproject.toml, the data descriptor, CITATION.cff and the codebook's citation line name the same version."""
    import json
    import re
    import tomllib

    root = Path(__file__).resolve().parents[1]
    with (root / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert json.loads((root / "data" / "datapackage.json").read_text(encoding="utf-8"))["version"] == version
    assert re.search(r"^version: (\S+)$", (root / "CITATION.cff").read_text(encoding="utf-8"), re.M)[1] == version
    assert f"(data version {version})" in (root / "data" / "README.md").read_text(encoding="utf-8")
