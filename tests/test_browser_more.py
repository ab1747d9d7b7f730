"""End to end in a real browser, part 2: JupyterLab opens the second half of the notebooks from the file browser and
runs all cells.

The fixtures and the user's steps are in ``browser.py``; the first half, and the tests that edit or break a
table, are in ``test_browser.py``.
"""

from __future__ import annotations

import pytest

from browser import SECOND_HALF, browser, check_run_all, lab, server, workspace  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", SECOND_HALF, ids=[p.stem for p in SECOND_HALF])
def test_notebook_runs_in_jupyterlab(lab, server, path):
    check_run_all(lab, server, path)
