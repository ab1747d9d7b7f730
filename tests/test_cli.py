"""The command line of the data contract: exit codes and output, run as a user runs it."""

import subprocess
import sys

from conftest import edit


def run(*args):
    return subprocess.run([sys.executable, "-m", "csto", *map(str, args)], capture_output=True, text=True)


def test_validate_valid_directory(nato):
    result = run("validate", nato)
    assert result.returncode == 0
    assert result.stdout == f"{nato}: valid (9 tables, 57 data lines)\n"


def test_validate_invalid_directory_prints_one_line_per_problem(nato):
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    result = run("validate", nato)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{nato}/memberships.csv:11: status: 'ally' is not one of: member, observer, suspended, frozen",
        f"{nato}/states.csv:4: cow_code: 'twenty' is not a valid integer (a whole number such as 42)"]
    assert "Traceback" not in result.stderr


def test_validate_missing_directory(tmp_path):
    result = run("validate", tmp_path / "nowhere")
    assert result.returncode == 1 and "not a directory" in result.stderr


def test_validate_default_is_the_repository_data():
    result = run("validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith(str(__import__("csto").default_data_dir()))


def test_members_of_the_fixture(nato):
    result = run("members", "1953-01-01", "--data", nato, "--organization", "NATO")
    assert (result.returncode, result.stdout) == (0, "CAN\nFRA\nGBR\nGRC\nTUR\nUSA\n")


def test_members_before_founding_is_empty(nato):
    assert run("members", "1940-01-01", "--data", nato).stdout == ""


def test_members_bad_date(nato):
    result = run("members", "1953-13-01", "--data", nato)
    assert result.returncode == 2 and "DATE must be YYYY-MM-DD" in result.stderr


def test_members_on_invalid_data_gives_the_validators_message(nato):
    edit(nato / "memberships.csv", "NATO,GBR,member,", "NATO,GBR,ally,")
    result = run("members", "1953-01-01", "--data", nato)
    assert result.returncode == 1
    assert "memberships.csv:11: status: 'ally' is not one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exit_code():
    assert run("frobnicate").returncode == 2


def test_validate_remembers_a_pass_and_only_a_pass(nato, tmp_path, monkeypatch, capsys):
    """`make` validates before running the notebooks; a remembered pass lets their `csto.load()` skip it."""
    from csto.cli import main

    cache = tmp_path / "cache"
    monkeypatch.setenv("CSTO_CACHE_DIR", str(cache))
    edit(nato / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    assert main(["validate", str(nato)]) == 1
    assert not (cache / "validated").exists()
    edit(nato / "states.csv", "CAN,Canada,twenty,", "CAN,Canada,20,")
    assert main(["validate", str(nato)]) == 0
    assert len(list((cache / "validated").iterdir())) == 1
    capsys.readouterr()
