"""What a data directory holds: rows per table, date precision, coverage by year, sources cited."""

from __future__ import annotations

import pandas as pd

from . import schema as sch
from .io import Dataset

# The column that dates a row of each contract table (for coverage by year).
MAIN_DATE = {"memberships": "start_date", "events": "start_date", "appeals": "date", "assistance": "start_date",
             "relations": "start_date", "sources": "published", "organizations": "founded"}


def tables(ds: Dataset) -> pd.DataFrame:
    """One row per table: rows, columns, dated rows and the share of their main date known to the day.

    >>> from csto import load
    >>> t = tables(load())
    >>> t.loc[t["table"] == "memberships", "rows"].item() > 0
    True
    """
    rows = []
    for res in ds.schema["resources"]:
        name = res["name"]
        frame = ds[name]
        date = MAIN_DATE.get(name)
        pairs = dict(sch.date_pairs(res))
        if date in frame.columns:
            known = frame[date].notna()
            day = (frame.loc[known, pairs[date]].astype("object") == "day").sum()
            dated, share = int(known.sum()), (float(day) / known.sum() if known.sum() else float("nan"))
        else:
            dated, share = 0, float("nan")
        rows.append({"table": name, "rows": len(frame), "columns": len(frame.columns), "dated_rows": dated,
                     "share_day_precision": share})
    return pd.DataFrame(rows)


def precision(ds: Dataset) -> pd.DataFrame:
    """Counts of ``day``/``month``/``year`` precision for every date column of every table.

    >>> from csto import load
    >>> list(precision(load()).columns)
    ['table', 'column', 'day', 'month', 'year']
    """
    rows = []
    for res in ds.schema["resources"]:
        frame = ds[res["name"]]
        for date, prec in sch.date_pairs(res):
            counts = frame[prec].astype("object").value_counts()
            rows.append({"table": res["name"], "column": date,
                         **{p: int(counts.get(p, 0)) for p in ("day", "month", "year")}})
    return pd.DataFrame(rows, columns=["table", "column", "day", "month", "year"])


def coverage_by_year(ds: Dataset, names: tuple[str, ...] = ("memberships", "events", "appeals", "relations"),
                     ) -> pd.DataFrame:
    """Rows per year (by each table's main date) for the chosen tables; years without rows are 0.

    >>> from csto import load
    >>> c = coverage_by_year(load())
    >>> int(c.index.min()) <= 1992
    True
    """
    counts = {}
    for name in names:
        dates = ds[name][MAIN_DATE[name]].dropna()
        counts[name] = dates.dt.year.value_counts()
    table = pd.DataFrame(counts).fillna(0).astype(int).sort_index()
    if len(table):
        table = table.reindex(range(int(table.index.min()), int(table.index.max()) + 1), fill_value=0)
    table.index.name = "year"
    return table


def citations(ds: Dataset) -> pd.DataFrame:
    """How often each source is cited across all tables, with its publisher and type; most cited first.

    >>> from csto import load
    >>> c = citations(load())
    >>> bool((c["cited"] >= 0).all())
    True
    """
    counts: dict[str, int] = {}
    for name, frame in ds.tables.items():
        if "source_ids" not in frame.columns:
            continue
        for cell in frame["source_ids"].dropna():
            for sid in str(cell).split(";"):
                counts[sid] = counts.get(sid, 0) + 1
    sources = ds.sources[["source_id", "title", "publisher", "source_type"]].copy()
    sources["source_type"] = sources["source_type"].astype("object")
    sources["cited"] = sources["source_id"].map(counts).fillna(0).astype(int)
    return sources.sort_values(["cited", "source_id"], ascending=[False, True]).reset_index(drop=True)
