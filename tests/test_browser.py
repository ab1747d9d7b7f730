"""End to end in a real browser, part 1: JupyterLab opens the first half of the notebooks from the file browser and runs all
cells; a user who breaks a table sees the validator's message, one who edits a table sees the output change.
The rendered pages are checked in ``test_browser_site.py``.

The fixtures and the user's steps are in ``browser.py``; the other half of the notebooks is in
``test_browser_more.py``. The tests share one JupyterLab page, so the table tests rerun notebooks that are
already open, in their running kernels, as a user editing the data beside the notebook does.
"""

from __future__ import annotations

import re

import pytest

from browser import (FIRST_HALF, SHOTS, browser, check_run_all, lab, open_from_file_browser,  # noqa: F401
                     run_all_and_wait, server, workspace)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", FIRST_HALF, ids=[p.stem for p in FIRST_HALF])
def test_notebook_runs_in_jupyterlab(lab, server, path):
    check_run_all(lab, server, path)


def test_broken_table_shows_the_validators_message(lab, server, workspace):
    states = workspace / "data" / "states.csv"
    original = states.read_text(encoding="utf-8")
    try:
        states.write_text(original.replace("RUS,Russia,365", "RUS,Russia,three-six-five", 1), encoding="utf-8")
        open_from_file_browser(lab, server, "00-data-overview.ipynb")
        run_all_and_wait(lab, server, "00-data-overview.ipynb", cells="some")
        lab.screenshot(path=str(SHOTS / "broken-table.png"), full_page=True)
        text = lab.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").inner_text()
    finally:
        states.write_text(original, encoding="utf-8")
    assert "The data did not validate" in text
    assert "states.csv:" in text and "cow_code: 'three-six-five' is not a valid integer" in text
    assert "Traceback" not in text and 'File "' not in text


def test_edited_table_updates_the_output(lab, server, workspace):
    """Drop a state from the data, rerun the membership notebook: the printed member list changes.

    As a user removing rows must, the quotes for Belarus's spells go too (evidence.csv may only quote rows that
    exist)."""
    memberships = workspace / "data" / "memberships.csv"
    evidence = workspace / "data" / "evidence.csv"
    original, quotes = memberships.read_text(encoding="utf-8"), evidence.read_text(encoding="utf-8")
    try:
        kept = [line for line in original.splitlines(keepends=True) if ",BLR," not in line]
        assert len(kept) < len(original.splitlines())
        memberships.write_text("".join(kept), encoding="utf-8")
        kept_quotes = [line for line in quotes.splitlines(keepends=True)
                       if not (line.startswith("memberships,") and "|BLR|" in line.split(",")[1])]
        evidence.write_text("".join(kept_quotes), encoding="utf-8")
        open_from_file_browser(lab, server, "01-membership.ipynb")
        run_all_and_wait(lab, server, "01-membership.ipynb")
        text = lab.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").inner_text()
    finally:
        memberships.write_text(original, encoding="utf-8")
        evidence.write_text(quotes, encoding="utf-8")
    # The committed notebook prints "Members on <date>: BLR, KAZ, KGZ, RUS, TJK"; the rerun must drop BLR.
    lines = [m.group(1) for m in re.finditer(r"^Members on \d{4}-\d{2}-\d{2}: (.*)$", text, flags=re.M)]
    assert lines == ["KAZ, KGZ, RUS, TJK"]
    assert "Traceback" not in text
