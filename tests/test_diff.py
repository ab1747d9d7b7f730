"""`python -m csto diff OLD NEW` (the data contract's third verb): rows added, removed and changed per table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import edit
from csto.diff import diff


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "csto", "diff", *args], capture_output=True, text=True)


def test_same_directory_has_no_differences(nato):
    assert not any(diff(nato, nato))


def test_added_removed_and_changed_rows_are_named(nato, tmp_path):
    new = tmp_path / "new"
    import shutil

    shutil.copytree(nato, new)
    edit(new / "states.csv", "CAN,Canada,20,", "CAN,Dominion of Canada,20,")
    text = (new / "states.csv").read_text(encoding="utf-8")
    tur = next(line for line in text.splitlines() if line.startswith("TUR,"))
    (new / "states.csv").write_text(text.replace(tur + "\n", ""), encoding="utf-8")
    with (new / "sources.csv").open("a", encoding="utf-8") as f:
        f.write("new-source,A new source,Publisher,2020-01-01,https://example.org/,2026-12-04\n")
    result = {d.table: d for d in diff(nato, new)}
    assert result["states"].changed == {"CAN": ["name"]}
    assert result["states"].removed == ["TUR"] and result["sources"].added == ["new-source"]
    assert not result["memberships"]


def test_command_line_prints_per_table_and_exits_0(nato, tmp_path):
    import shutil

    new = tmp_path / "new"
    shutil.copytree(nato, new)
    edit(new / "states.csv", "CAN,Canada,20,", "CAN,Dominion of Canada,20,")
    done = _run(str(nato), str(new))
    assert done.returncode == 0, done.stderr
    assert "states.csv: 0 added, 0 removed, 1 changed (key iso3)\n  ~ CAN: name" in done.stdout
    assert "memberships.csv: 0 added, 0 removed, 0 changed" in done.stdout


def test_bad_directory_gets_the_validators_messages_and_exit_1(nato, tmp_path):
    import shutil

    new = tmp_path / "new"
    shutil.copytree(nato, new)
    edit(new / "states.csv", "CAN,Canada,20,", "CAN,Canada,twenty,")
    done = _run(str(nato), str(new))
    assert done.returncode == 1
    assert f"{new}/states.csv:4: cow_code: 'twenty' is not a valid integer" in done.stdout
    assert "Traceback" not in done.stderr
    missing = _run(str(nato), str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "not a directory" in missing.stderr


def test_shipped_data_against_itself_is_empty():
    root = Path(__file__).resolve().parents[1] / "data"
    assert not any(diff(root, root))


def test_a_table_new_in_this_version_is_all_added(nato, tmp_path):
    import shutil

    new = tmp_path / "new"
    shutil.copytree(nato, new)
    (new / "evidence.csv").write_text("table,row,field,source_id,quote\nstates,CAN,row,cow-states,Canada 20\n",
                                      encoding="utf-8")
    result = {d.table: d for d in diff(nato, new)}
    assert result["evidence"].key == ["table", "row", "field", "source_id"]
    assert result["evidence"].added == ["states|CAN|row|cow-states"]
