"""The "bring your own alliance" guide runs as written: its Python blocks in order, its printed output checked."""

import contextlib
import io
import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "bring-your-own-alliance.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)


def test_guide_runs_and_prints_what_it_says(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for code in blocks("python"):
            exec(compile(code, str(GUIDE), "exec"), namespace)
    [expected] = blocks("text")
    assert printed.getvalue() == expected


def test_guide_directory_works_with_the_timeline_chart(tmp_path, monkeypatch):
    import matplotlib.pyplot as plt

    import csto
    import csto.plot

    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for code in blocks("python"):
            exec(compile(code, str(GUIDE), "exec"), namespace)
    ds = csto.load(tmp_path / "my-alliance")
    ax = csto.plot.timeline(ds.memberships, until="2024-12-31")
    assert len(ax.patches) + len(ax.collections) > 0
    plt.close(ax.figure)
