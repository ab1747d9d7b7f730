"""Benchmarks: print figures, never fail. Run with ``make benchmark`` (or ``.venv/bin/python benchmarks/run.py``).

1. import time of csto against importing its dependencies alone (fresh interpreters, best of 5);
2. validation and loading of the shipped data;
3. the state-year panel on 10k, 100k and 1M synthetic spells (must stay linear; goal: 1M under 2 s);
4. executing each notebook against the floor, a kernel that only imports pandas, matplotlib, networkx, csto
   (medians of five rounds, each running the floor and then every notebook: timings on a shared machine vary
   by 10-20 %, and interleaving makes a slow minute slow the floor and the notebooks alike);
5. a new user's first minutes: `make` and then `make test` in a fresh clone of the current commit (uv's package
   cache is warm after the first install on a machine; the first ever install also downloads).

`python benchmarks/run.py [imports] [data] [panel] [notebooks] [setup]` runs only the sections named.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5
sys.path.insert(0, str(ROOT / "scripts"))


def best_of(command: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def imports() -> None:
    py = sys.executable
    bare = best_of([py, "-c", "pass"])
    deps = best_of([py, "-c", "import pandas, numpy, matplotlib.pyplot, networkx"])
    pkg = best_of([py, "-c", "import csto, csto.plot, csto.relations, csto.assistance"])
    with tempfile.TemporaryDirectory() as cold:
        # a fresh cache directory per run: every load validates
        cold_load = best_of([py, "-c", "import csto, os, tempfile; os.environ['CSTO_CACHE_DIR'] = tempfile.mkdtemp("
                                       f"dir={cold!r}); csto.load()"])
    full = best_of([py, "-c", "import csto; csto.load()"])
    print(f"python start-up                      {bare:6.2f} s")
    print(f"import pandas+matplotlib+networkx    {deps:6.2f} s")
    print(f"import csto (all modules)            {pkg:6.2f} s   (+{pkg - deps:.2f} s over its dependencies)")
    print(f"import csto + load(), validating     {cold_load:6.2f} s")
    print(f"import csto + load(), cached check   {full:6.2f} s")


def validation() -> None:
    import csto

    for label, func in (("validate shipped data", csto.validate), ("load shipped data (cached check + parse)", csto.load)):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        print(f"{label:37s}{min(times):6.2f} s")


def synthetic_spells(n: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = np.datetime64("1950-01-01") + rng.integers(0, 70 * 365, n).astype("timedelta64[D]")
    length = rng.integers(1, 10 * 365, n).astype("timedelta64[D]")
    end = (start + length).astype("datetime64[s]")
    open_end = rng.random(n) < 0.2
    return pd.DataFrame({
        "organization": "X",
        "state": np.char.add("S", (np.arange(n) % 5000).astype(str)),
        "status": rng.choice(["member", "observer", "suspended", "frozen"], n),
        "start_date": start.astype("datetime64[s]"),
        "end_date": pd.Series(end).where(~open_end),
    })


def panel() -> None:
    from csto import state_year_panel

    previous = None
    for n in (10_000, 100_000, 1_000_000):
        spells = synthetic_spells(n)
        times = []
        for _ in range(3 if n < 1_000_000 else 2):
            start = time.perf_counter()
            rows = len(state_year_panel(spells, until="2030-12-31"))
            times.append(time.perf_counter() - start)
        best = min(times)
        ratio = f"  x{best / previous:4.1f} for x10 spells" if previous else ""
        print(f"state_year_panel {n:>9,} spells     {best:6.2f} s  ({rows:,} rows){ratio}")
        previous = best


def notebooks() -> None:
    import nbformat
    from build import KERNEL, local_kernel
    from nbclient import NotebookClient

    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import pandas, matplotlib.pyplot, networkx, csto")])
    floor_nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "CSTO in Data", "language": "python"}

    def run(nb: nbformat.NotebookNode, cwd: Path) -> tuple[float, float]:
        """(whole run, run without the kernel's exit): kernel start, every cell, then shutdown."""
        start = time.perf_counter()
        km = local_kernel()
        try:
            NotebookClient(nb, km=km, timeout=600, resources={"metadata": {"path": str(cwd)}}).execute()
            cells_done = time.perf_counter()
        finally:
            if km.has_kernel:
                km.shutdown_kernel()
        return time.perf_counter() - start, cells_done - start

    # Rounds interleave the floor with the notebooks, so a shared machine's slow minute slows both alike.
    paths = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
    floors: list[tuple[float, float]] = []
    took: dict[Path, list[tuple[float, float]]] = {path: [] for path in paths}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(ROUNDS):
            floors.append(run(floor_nb, Path(tmp)))
            for path in paths:
                took[path].append(run(nbformat.read(path, as_version=4), path.parent))
    # Two ratios: the whole run (what a rebuild costs), and without the kernel's exit. The second matters because
    # csto.notebook.setup() freezes the imports' objects for the garbage collector, which also spares the
    # notebooks' kernels most of the final collection at exit (~0.3 s) that the floor's kernel still makes.
    floor = statistics.median(t for t, _ in floors)
    floor_cells = statistics.median(c for _, c in floors)
    print(f"notebook floor (kernel + imports)    {floor:6.2f} s  (runs {min(t for t, _ in floors):.2f}-"
          f"{max(t for t, _ in floors):.2f} s; {floor_cells:.2f} s without the kernel's exit)")
    for path in paths:
        whole = statistics.median(t for t, _ in took[path])
        cells = statistics.median(c for _, c in took[path])
        print(f"  {path.name:34s} {whole:6.2f} s  ({whole / floor:.2f} x floor; without the exit "
              f"{cells:.2f} s, {cells / floor_cells:.2f} x)")


def setup() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "CSTO_DATA_DIR")}
        for target in ("all", "test"):
            start = time.perf_counter()
            done = subprocess.run(["make", target], cwd=clone, env=env, capture_output=True, text=True)
            took = time.perf_counter() - start
            status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
            print(f"fresh clone: make {target:5s}              {took:6.1f} s  {status}")
            if done.returncode:
                print(done.stdout[-2000:], done.stderr[-2000:])
                return


SECTIONS = {
    "imports": ("imports (fresh interpreter, best of 5)", imports),
    "data": ("data", validation),
    "panel": ("state-year panel", panel),
    "notebooks": ("notebooks (nbclient, one kernel each)", notebooks),
    "setup": ("setup from a fresh clone", setup),
}

if __name__ == "__main__":
    for name in sys.argv[1:] or SECTIONS:
        title, run = SECTIONS[name]
        print(f"== {title}")
        run()
