"""Where a notebook's time goes: run notebooks in a kernel, as the build does, and print each one's slowest cells.

    .venv/bin/python benchmarks/cells.py notebooks/03-state-relations.ipynb [more notebooks]

A cell's time runs from the kernel receiving it to its reply, so it includes drawing and encoding the cell's
figures; kernel start and exit are outside it (``benchmarks/run.py notebooks`` times whole runs against the floor).
Prints figures only; nothing is written.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from build import local_kernel  # noqa: E402


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def slowest_cells(path: Path, top: int = 8) -> None:
    nb = nbformat.read(path, as_version=4)
    km = local_kernel()
    start = time.perf_counter()
    try:
        NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        if km.has_kernel:
            km.shutdown_kernel()
    total = time.perf_counter() - start
    cells = []
    for i, cell in enumerate(nb.cells):
        timing = cell.metadata.get("execution", {}) if cell.cell_type == "code" else {}
        if "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            took = _seconds(timing["shell.execute_reply"]) - _seconds(timing["iopub.execute_input"])
            cells.append((took, i, (cell.source.splitlines() or [""])[0][:70]))
    print(f"{path.name}: {total:.2f} s with kernel start and exit; cells {sum(c[0] for c in cells):.2f} s")
    for took, i, first_line in sorted(cells, reverse=True)[:top]:
        print(f"  {took:5.2f} s  cell {i:2d}  {first_line}")


if __name__ == "__main__":
    for arg in sys.argv[1:] or sorted(str(p) for p in Path("notebooks").glob("[0-9]*.ipynb")):
        slowest_cells(Path(arg))
