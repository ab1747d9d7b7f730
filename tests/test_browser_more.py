"""End to end in a real browser, part 2: JupyterLab runs the second half of the notebooks; an edited table changes the
output.

The fixtures and the user's steps are in ``browser.py``; the other half of the notebooks is in
``test_browser.py``.
"""

from __future__ import annotations

import re

import pytest

from browser import (SECOND_HALF, browser, check_run_all, open_from_file_browser, run_all_and_wait,  # noqa: F401
                     server, workspace)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", SECOND_HALF, ids=[p.stem for p in SECOND_HALF])
def test_notebook_runs_in_jupyterlab(server, browser, path):
    check_run_all(server, browser, path)


def test_edited_table_updates_the_output(server, browser, workspace):
    """Drop a state from the data, rerun the membership notebook: the printed member list changes."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    memberships = workspace / "data" / "memberships.csv"
    original = memberships.read_text(encoding="utf-8")
    try:
        kept = [line for line in original.splitlines(keepends=True) if ",BLR," not in line]
        assert len(kept) < len(original.splitlines())
        memberships.write_text("".join(kept), encoding="utf-8")
        open_from_file_browser(page, server, "01-membership.ipynb")
        run_all_and_wait(page, server, "01-membership.ipynb")
        text = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").inner_text()
    finally:
        memberships.write_text(original, encoding="utf-8")
        page.close()
    # The committed notebook prints "Members on <date>: BLR, KAZ, KGZ, RUS, TJK"; the rerun must drop BLR.
    lines = [m.group(1) for m in re.finditer(r"^Members on \d{4}-\d{2}-\d{2}: (.*)$", text, flags=re.M)]
    assert lines == ["KAZ, KGZ, RUS, TJK"]
    assert "Traceback" not in text
