"""The sentence behind each row: joining rows to the quotes of ``evidence.csv`` and measuring coverage."""

from __future__ import annotations

import pandas as pd

from . import schema as sch
from .io import Dataset
from .validate import KEY_JOIN

# The tables whose every row should carry a quote (issue #22); the others may.
RECORD_TABLES = ("memberships", "events", "appeals", "assistance", "relations")


def _text(column: pd.Series) -> pd.Series:
    """A typed column back to the text it was written as (dates YYYY-MM-DD, missing as empty)."""
    if column.dtype.kind == "M":
        return column.dt.strftime("%Y-%m-%d").fillna("")
    return column.astype("string").fillna("")


def row_keys(ds: Dataset, table: str) -> pd.Series:
    """The key by which ``evidence.csv`` names each row of ``table``: its primary key values joined by ``|``.

    >>> import csto
    >>> row_keys(csto.load(), "memberships").iloc[0]
    'CST|ARM|member|1992-05-15'
    """
    key = sch.resource(ds.schema, table)["schema"].get("primaryKey")
    if not key:
        raise ValueError(f"{table} has no primary key, so its rows cannot be quoted")
    key = [key] if isinstance(key, str) else list(key)
    frame = ds[table]
    text = _text(frame[key[0]])
    for name in key[1:]:
        text = text + KEY_JOIN + _text(frame[name])
    return text.rename("row")


def quotes(ds: Dataset, table: str) -> pd.DataFrame:
    """Every row of ``table`` beside its quotes: one line per (row, quote), rows without a quote kept once with
    empty quote columns. The row's own columns come first, then ``row``, ``field``, ``source_id``, ``quote``,
    ``quote_en`` and ``quote_notes``.

    >>> import csto
    >>> q = quotes(csto.load(), "appeals")
    >>> q.loc[(q["appeal_id"] == "KAZ-2022-01") & (q["field"] == "decision"), "quote"].notna().any()
    np.True_
    """
    rows = ds[table].assign(row=row_keys(ds, table))
    evidence = ds["evidence"]
    mine = evidence.loc[evidence["table"] == table, ["row", "field", "source_id", "quote", "quote_en", "notes"]]
    mine = mine.rename(columns={"notes": "quote_notes"}).astype({"row": "string"})
    return rows.merge(mine, on="row", how="left", sort=False)


def coverage(ds: Dataset, tables: tuple[str, ...] = RECORD_TABLES) -> pd.DataFrame:
    """Per table: rows, rows with at least one quote, and their share; the rows without one are in
    :func:`unquoted`.

    >>> import csto
    >>> c = coverage(csto.load())
    >>> list(c.columns)
    ['table', 'rows', 'quoted', 'share_quoted']
    """
    out = []
    for table in tables:
        keys = row_keys(ds, table)
        quoted = set(ds["evidence"].loc[ds["evidence"]["table"] == table, "row"])
        n = int(keys.isin(quoted).sum())
        out.append({"table": table, "rows": len(keys), "quoted": n,
                    "share_quoted": round(n / len(keys), 3) if len(keys) else float("nan")})
    return pd.DataFrame(out)


def unquoted(ds: Dataset, table: str) -> list[str]:
    """The keys of the rows of ``table`` that have no quote yet.

    >>> import csto
    >>> isinstance(unquoted(csto.load(), "memberships"), list)
    True
    """
    keys = row_keys(ds, table)
    quoted = set(ds["evidence"].loc[ds["evidence"]["table"] == table, "row"])
    return [k for k in keys if k not in quoted]


def support(ds: Dataset, tables: tuple[str, ...] = RECORD_TABLES, count_copies: bool = False) -> pd.DataFrame:
    """Per table, what its rows rest on: the share citing an official record (``official``), the share citing an
    original written on or after the row's main date (``post_event_original``: published on or after it at the
    source's precision, and read on the publisher's own page, not in a copy), and the share with either.

    Previews and schedules (published before the row's date), undated pages and copies count for neither;
    ``count_copies=True`` counts a dated report read in a copy too (the alternative reading of notebook 00).

    >>> import csto
    >>> list(support(csto.load()).columns)
    ['table', 'rows', 'official', 'post_event_original', 'either']
    """
    from .overview import MAIN_DATE

    sources = ds["sources"].set_index("source_id")
    width = {"day": 10, "month": 7, "year": 4}
    published = _text(sources["published"])
    precision = sources["published_precision"].astype("object").fillna("day")
    original = sources["copy_url"].isna() | (sources["copy_url"].astype("string") == "") | count_copies
    official = sources["source_type"].astype("object") == "official"
    out = []
    for table in tables:
        frame = ds[table]
        dates = _text(frame[MAIN_DATE[table]])
        flags = []
        for cited, date in zip(frame["source_ids"].astype(str), dates):
            ids = [s for s in cited.split(";") if s in sources.index]
            is_official = any(official[s] for s in ids)
            later = any(published[s] and original[s] and published[s][:width[precision[s]]] >= date[:width[precision[s]]]
                        for s in ids) if date else False
            flags.append((is_official, later))
        n = len(flags)
        share = (lambda k: round(sum(k(f) for f in flags) / n, 3)) if n else (lambda k: float("nan"))
        out.append({"table": table, "rows": n, "official": share(lambda f: f[0]),
                    "post_event_original": share(lambda f: f[1]), "either": share(lambda f: f[0] or f[1])})
    return pd.DataFrame(out)
