"""Put another dataset's coding of membership beside ours: spells, state-years and dyad-years.

The other dataset's coding comes in as a spell table, like ``memberships.csv``: ``state``, ``start_date``,
``end_date`` (half-open: ``end_date`` is the first day, month or year no longer coded; empty when still coded
at the end of that dataset's coverage) and, if known, ``start_precision``/``end_precision``. :func:`atop_spells`
builds such a table from ATOP's member-level layout; :func:`dyads_from_codes` turns COW-coded dyad-years
(ATOP's, for instance) into our ISO3 pairs.

Three levels of comparison:

- :func:`compare_spells`: each of their spells beside the one of ours it overlaps most, with a flag saying
  whether both ends match at the coarser of the two precisions (the rule of ``crosswalk.csv``).
- :func:`compare_state_years`: member or not, state by state and year by year (the general form of
  :func:`compare_years`, which reads year-precision crosswalk rows).
- :func:`compare_dyad_years`: tied or not, pair by pair and year by year.

:func:`summarise` counts a state-year or dyad-year comparison, :func:`by_year` counts it per year and
:func:`explain` labels its disagreeing cells with the treaty (or other reason) that accounts for them.

Years are counted under one of two rules, the same on both sides: ``"any_day"`` (a state is a member in a year
if it was one on at least one day of it; a pair is tied if each state was, the rule of
:func:`csto.membership.dyad_year_panel`) or ``"dec31"`` (member on 31 December of the year).
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from .membership import dyad_year_panel, state_year_panel

PRECISIONS = ("day", "month", "year")
RULES = ("any_day", "dec31")
SPELL_COMPARISON_COLUMNS = ["state", "dataset_start", "dataset_start_precision", "dataset_end",
                            "dataset_end_precision", "our_start", "our_end", "start_agrees", "end_agrees", "agrees"]
# Open spells are closed on this day when measuring overlaps; it lies beyond any coverage.
_FAR = pd.Timestamp("2200-01-01")


def atop_spells(members: pd.DataFrame, states: pd.DataFrame | None = None) -> pd.DataFrame:
    """Turn ATOP member-level rows (``yrent``, ``moent``, ``dayent``, ``yrexit``...) into a spell table.

    An exit year of 0 means the state was still a member at the end of ATOP's coverage (empty ``end_date``); a
    month or day of 0 or missing lowers the precision to the year or month. ``atopid`` and ``phase`` are kept.
    ``state`` is taken from ``members`` if present, otherwise mapped from ``member`` (a COW code) with
    ``states`` (columns ``iso3``, ``cow_code``).

    >>> rows = pd.DataFrame({"atopid": [4220, 4220], "phase": [1, 2], "state": ["UZB", "UZB"],
    ...     "yrent": [1992, 2006], "moent": [5, 8], "dayent": [15, 17],
    ...     "yrexit": [1999, 0], "moexit": [4, 0], "dayexit": [20, 0]})
    >>> atop_spells(rows)
       atopid  phase state start_date start_precision   end_date end_precision
    0    4220      1   UZB 1992-05-15             day 1999-04-20           day
    1    4220      2   UZB 2006-08-17             day        NaT          None
    """
    keep = [c for c in ("atopid", "phase") if c in members.columns]
    out = members[keep].copy().reset_index(drop=True)
    if "state" in members.columns:
        out["state"] = members["state"].astype("object").to_numpy()
    else:
        if states is None:
            raise ValueError("members has no state column: pass states to map the COW codes in member")
        out["state"] = _iso3(members["member"], states).to_numpy()
    for side, (yr, mo, dy) in {"start": ("yrent", "moent", "dayent"), "end": ("yrexit", "moexit", "dayexit")}.items():
        dates, precisions = zip(*(_atop_date(y, m, d) for y, m, d in zip(members[yr], members[mo], members[dy])))
        out[f"{side}_date"] = pd.to_datetime(pd.Series(dates, dtype="object"))
        out[f"{side}_precision"] = pd.Series(precisions, dtype="object")
    return out


def _atop_date(year: float, month: float, day: float) -> tuple[pd.Timestamp, str | None]:
    known = [pd.notna(v) and int(v) != 0 for v in (year, month, day)]
    if not known[0]:
        return pd.NaT, None
    if not known[1]:
        return pd.Timestamp(int(year), 1, 1), "year"
    if not known[2]:
        return pd.Timestamp(int(year), int(month), 1), "month"
    return pd.Timestamp(int(year), int(month), int(day)), "day"


def _iso3(codes: pd.Series, states: pd.DataFrame) -> pd.Series:
    mapping = {int(c): s for c, s in zip(states["cow_code"], states["iso3"]) if pd.notna(c)}
    unknown = sorted({int(c) for c in codes} - set(mapping))
    if unknown:
        raise KeyError(f"COW codes not in states: {unknown}")
    return codes.astype("int64").map(mapping).astype("object")


def dyads_from_codes(dyads: pd.DataFrame, states: pd.DataFrame, a: str = "ccode1",
                     b: str = "ccode2") -> pd.DataFrame:
    """Turn COW-coded dyad-years into undirected ISO3 pairs: ``state_a < state_b``, one row per pair and year.

    Other columns are kept and, where a directed pair appears both ways in a year, combined by their maximum
    (a pledge made in either direction counts, as peacesciencer's ``add_atop_alliance(ndir = TRUE)``).

    >>> states = pd.DataFrame({"iso3": ["RUS", "ARM"], "cow_code": [365, 371]})
    >>> ddy = pd.DataFrame({"ccode1": [365, 371], "ccode2": [371, 365], "year": [1993, 1993],
    ...     "atop_defense": [1, 0]})
    >>> dyads_from_codes(ddy, states)
      state_a state_b  year  atop_defense
    0     ARM     RUS  1993             1
    """
    first, second = _iso3(dyads[a], states), _iso3(dyads[b], states)
    out = dyads.drop(columns=[a, b]).reset_index(drop=True)
    swap = (first > second).to_numpy()
    out.insert(0, "state_a", first.where(~swap, second).to_numpy())
    out.insert(1, "state_b", second.where(~swap, first).to_numpy())
    keys = ["state_a", "state_b", "year"]
    rest = [c for c in out.columns if c not in keys]
    if rest:
        out = out.groupby(keys, as_index=False, sort=True)[rest].max()
    else:
        out = out.drop_duplicates(keys).sort_values(keys)
    return out.reset_index(drop=True)


def _truncate(date: pd.Timestamp, precision: str) -> pd.Timestamp:
    if pd.isna(date):
        return pd.NaT
    date = pd.Timestamp(date)
    if precision == "year":
        return pd.Timestamp(date.year, 1, 1)
    if precision == "month":
        return pd.Timestamp(date.year, date.month, 1)
    return date.normalize()


def _coarser(*precisions: str | None) -> str:
    known = [p for p in precisions if isinstance(p, str) and p in PRECISIONS]
    return max(known, key=PRECISIONS.index) if known else "day"


def _overlap(a_start: pd.Timestamp, a_end: pd.Timestamp, b_start: pd.Timestamp, b_end: pd.Timestamp) -> int:
    ends = min(_FAR if pd.isna(a_end) else a_end, _FAR if pd.isna(b_end) else b_end)
    return (ends - max(a_start, b_start)).days


def compare_spells(ours: pd.DataFrame, theirs: pd.DataFrame, precision: str = "day",
                   coverage_end: str | pd.Timestamp | None = None, status: str | None = "member") -> pd.DataFrame:
    """Each of their spells beside the one of ours (same state) it overlaps most, ends compared.

    Dates are compared at the coarser of ``precision`` and the spell's own ``*_precision`` (if ``theirs`` has
    those columns). Their open end matches our open end, and also our end after ``coverage_end`` (the last
    day the other dataset covers: it could not see the exit). A spell of ours that none of theirs overlaps gets
    a row of its own with empty ``dataset_*`` columns, as does a spell of theirs with no overlapping spell of
    ours; both disagree. With ``status``, only our spells of that status are used. Their other columns (e.g.
    ``phase``) are kept in front; rows are sorted by state and start.

    >>> theirs = pd.DataFrame({"state": ["AAA", "BBB"], "start_date": pd.to_datetime(["2006-08-17", "2002-01-01"]),
    ...     "start_precision": ["day", "year"], "end_date": pd.to_datetime(["2012-06-28", None])})
    >>> ours = pd.DataFrame({"state": ["AAA", "BBB"], "start_date": pd.to_datetime(["2006-08-16", "2002-10-07"]),
    ...     "end_date": pd.to_datetime(["2012-06-20", "2024-02-22"])})
    >>> table = compare_spells(ours, theirs, coverage_end="2014-12-31")
    >>> table[["state", "dataset_start", "our_start", "start_agrees", "end_agrees", "agrees"]]
      state dataset_start  our_start  start_agrees  end_agrees  agrees
    0   AAA    2006-08-17 2006-08-16         False       False   False
    1   BBB    2002-01-01 2002-10-07          True        True    True
    """
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    horizon = None if coverage_end is None else pd.Timestamp(coverage_end)
    mine = ours if status is None or "status" not in ours.columns else ours[ours["status"] == status]
    mine = mine.sort_values(["state", "start_date"], kind="stable").reset_index(drop=True)
    extra = [c for c in theirs.columns
             if c not in ("state", "start_date", "end_date", "start_precision", "end_precision")]
    used: set[int] = set()
    rows: list[dict] = []
    for their in theirs.sort_values(["state", "start_date"], kind="stable").to_dict("records"):
        candidates = [(i, _overlap(their["start_date"], their["end_date"], r.start_date, r.end_date))
                      for i, r in enumerate(mine.itertuples(index=False)) if r.state == their["state"]]
        candidates = [(i, days) for i, days in candidates if days > 0]
        row = {c: their[c] for c in extra}
        row.update(state=their["state"], dataset_start=their["start_date"],
                   dataset_start_precision=their.get("start_precision"), dataset_end=their["end_date"],
                   dataset_end_precision=their.get("end_precision"), our_start=pd.NaT, our_end=pd.NaT,
                   start_agrees=False, end_agrees=False)
        if candidates:
            best = max(candidates, key=lambda c: (c[1], -c[0]))[0]
            used.add(best)
            row.update(our_start=mine.at[best, "start_date"], our_end=mine.at[best, "end_date"])
            p_start = _coarser(precision, row["dataset_start_precision"])
            p_end = _coarser(precision, row["dataset_end_precision"])
            row["start_agrees"] = _truncate(row["dataset_start"], p_start) == _truncate(row["our_start"], p_start)
            row["end_agrees"] = _ends_agree(row["dataset_end"], row["our_end"], p_end, horizon)
        rows.append(row)
    for i, r in enumerate(mine.itertuples(index=False)):
        if i not in used:
            rows.append({c: None for c in extra} | dict(state=r.state, dataset_start=pd.NaT,
                        dataset_start_precision=None, dataset_end=pd.NaT, dataset_end_precision=None,
                        our_start=r.start_date, our_end=r.end_date, start_agrees=False, end_agrees=False))
    table = pd.DataFrame(rows, columns=[*extra, *SPELL_COMPARISON_COLUMNS[:-1]])
    for col in ("dataset_start", "dataset_end", "our_start", "our_end"):
        table[col] = pd.to_datetime(table[col])
    for col in ("start_agrees", "end_agrees"):
        table[col] = table[col].astype(bool)
    table["agrees"] = table["start_agrees"] & table["end_agrees"]
    first = table["dataset_start"].fillna(table["our_start"])
    order = table.assign(_first=first).sort_values(["state", "_first"], kind="stable").index
    return table.loc[order].reset_index(drop=True)


def _ends_agree(theirs: pd.Timestamp, ours: pd.Timestamp, precision: str, horizon: pd.Timestamp | None) -> bool:
    if pd.isna(theirs):
        return bool(pd.isna(ours) or (horizon is not None and ours > horizon))
    return bool(pd.notna(ours) and _truncate(theirs, precision) == _truncate(ours, precision))


def _spell_frame(spells: pd.DataFrame, status: str | None, rule: str) -> pd.DataFrame:
    """Minimal memberships table for the panels: one status, dates as datetimes, shifted for ``dec31``."""
    if rule not in RULES:
        raise ValueError(f"rule must be one of {RULES}, not {rule!r}")
    rows = spells if status is None or "status" not in spells.columns else spells[spells["status"] == status]
    frame = pd.DataFrame({
        "organization": rows["organization"].astype("object") if "organization" in rows.columns else "-",
        "state": rows["state"].astype("object"),
        "status": "member",
        "start_date": pd.to_datetime(rows["start_date"]),
        "end_date": pd.to_datetime(rows["end_date"]),
    }).reset_index(drop=True)
    if rule == "dec31":
        # A spell holds on 31 December of the years from its start year to the year before its end year:
        # shrink it to [31 Dec of the start year, 1 Jan of the end year) and count any day of that.
        frame["start_date"] = pd.to_datetime([pd.Timestamp(d.year, 12, 31) for d in frame["start_date"]])
        frame["end_date"] = pd.to_datetime([pd.NaT if pd.isna(d) else pd.Timestamp(d.year, 1, 1)
                                            for d in frame["end_date"]])
        frame = frame[frame["end_date"].isna() | (frame["end_date"] > frame["start_date"])]
    return frame.reset_index(drop=True)


def member_years(spells: pd.DataFrame, first_year: int, last_year: int, rule: str = "any_day",
                 status: str | None = "member", organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """The state-years, ``first_year`` to ``last_year``, in which a state was a member under ``rule``.

    Counted with :func:`csto.membership.state_year_panel`; spells of any organization count (with
    ``organizations``, predecessors are folded into successors first). Columns ``state``, ``year``, sorted.

    >>> spells = pd.DataFrame({"state": ["AAA", "BBB"], "start_date": pd.to_datetime(["1992-05-15", "1993-12-31"]),
    ...     "end_date": pd.to_datetime(["1994-04-20", None])})
    >>> member_years(spells, 1992, 1994).values.tolist()
    [['AAA', 1992], ['AAA', 1993], ['AAA', 1994], ['BBB', 1993], ['BBB', 1994]]
    >>> member_years(spells, 1992, 1994, rule="dec31").values.tolist()
    [['AAA', 1992], ['AAA', 1993], ['BBB', 1993], ['BBB', 1994]]
    """
    frame = _spell_frame(spells, status, rule)
    if frame.empty:
        return pd.DataFrame({"state": pd.Series(dtype="object"), "year": pd.Series(dtype="int64")})
    panel = state_year_panel(frame, until=f"{last_year}-12-31", organizations=organizations)
    held = panel.loc[(panel["days_member"] > 0) & panel["year"].between(first_year, last_year), ["state", "year"]]
    held = held.drop_duplicates().astype({"state": "object", "year": "int64"})
    return held.sort_values(["state", "year"]).reset_index(drop=True)


def member_dyad_years(spells: pd.DataFrame, first_year: int, last_year: int, rule: str = "any_day",
                      status: str | None = "member", organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """The pairs of states both members of the same organization in a year under ``rule``.

    Counted with :func:`csto.membership.dyad_year_panel`. Under ``"any_day"`` a pair counts if each state was a
    member on some day of the year (not necessarily the same day); under ``"dec31"`` both on 31 December.
    Columns ``state_a``, ``state_b`` (``state_a < state_b``), ``year``, sorted.

    >>> spells = pd.DataFrame({"state": ["AAA", "BBB", "CCC"],
    ...     "start_date": pd.to_datetime(["1992-05-15", "1992-05-15", "1993-12-31"]),
    ...     "end_date": pd.to_datetime(["1994-04-20", None, None])})
    >>> member_dyad_years(spells, 1993, 1994, rule="dec31")
      state_a state_b  year
    0     AAA     BBB  1993
    1     AAA     CCC  1993
    2     BBB     CCC  1993
    3     BBB     CCC  1994
    """
    frame = _spell_frame(spells, status, rule)
    columns = ["state_a", "state_b", "year"]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "year" else "object") for c in columns})
    pairs = dyad_year_panel(frame, until=f"{last_year}-12-31", organizations=organizations)
    pairs = pairs.loc[pairs["year"].between(first_year, last_year), columns].drop_duplicates()
    pairs = pairs.astype({"state_a": "object", "state_b": "object", "year": "int64"})
    return pairs.sort_values(columns).reset_index(drop=True)


def compare_state_years(ours: pd.DataFrame, theirs: pd.DataFrame, first_year: int, last_year: int,
                        rule: str = "any_day", organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Member or not, each state and year from ``first_year`` to ``last_year``: ours beside theirs.

    Both arguments are spell tables (our memberships, with ``status``; theirs as from :func:`atop_spells`),
    counted by :func:`member_years` under the same ``rule`` (``organizations`` applies to ours). Every state
    that either side counts in the window gets every year. Columns ``state``, ``year``, ``ours``, ``theirs``,
    ``agree``. With year-precision spells of theirs this gives what :func:`compare_years`
    gives from the same crosswalk rows.

    >>> ours = pd.DataFrame({"state": ["AAA"], "status": ["member"], "start_date": pd.to_datetime(["2006-08-16"]),
    ...     "end_date": pd.to_datetime(["2012-06-20"])})
    >>> theirs = pd.DataFrame({"state": ["AAA"], "start_date": pd.to_datetime(["2002-01-01"]),
    ...     "end_date": pd.to_datetime(["2012-01-01"])})
    >>> table = compare_state_years(ours, theirs, 2005, 2012)
    >>> table[~table["agree"]]
      state  year   ours  theirs  agree
    0   AAA  2005  False    True  False
    7   AAA  2012   True   False  False
    """
    mine = member_years(ours, first_year, last_year, rule, organizations=organizations)
    other = member_years(theirs, first_year, last_year, rule, status=None)
    states = sorted(set(mine["state"]) | set(other["state"]))
    table = pd.DataFrame([(s, y) for s in states for y in range(first_year, last_year + 1)],
                         columns=["state", "year"]).astype({"state": "object", "year": "int64"})
    return _flag(table, mine, other, ["state", "year"])


def compare_dyad_years(ours: pd.DataFrame, theirs: pd.DataFrame, first_year: int, last_year: int,
                       states: list[str] | None = None) -> pd.DataFrame:
    """Tied or not, each unordered pair of ``states`` and each year: our dyad-years beside theirs.

    ``ours`` and ``theirs`` list the tied pair-years (columns ``state_a``, ``state_b``, ``year``, in either
    order; from :func:`member_dyad_years` or :func:`dyads_from_codes`). ``states`` defaults to every state on
    either side. Columns ``state_a``, ``state_b``, ``year``, ``ours``, ``theirs``, ``agree``.

    >>> ours = pd.DataFrame({"state_a": ["AAA"], "state_b": ["BBB"], "year": [1999]})
    >>> theirs = pd.DataFrame({"state_a": ["BBB", "AAA"], "state_b": ["AAA", "CCC"], "year": [1999, 2000]})
    >>> compare_dyad_years(ours, theirs, 1999, 2000, states=["AAA", "BBB"])
      state_a state_b  year   ours  theirs  agree
    0     AAA     BBB  1999   True    True   True
    1     AAA     BBB  2000  False   False   True
    """
    mine, other = _undirected(ours), _undirected(theirs)
    if states is None:
        states = sorted(set(mine["state_a"]) | set(mine["state_b"]) | set(other["state_a"]) | set(other["state_b"]))
    table = pd.DataFrame([(a, b, y) for a, b in combinations(sorted(set(states)), 2)
                          for y in range(first_year, last_year + 1)], columns=["state_a", "state_b", "year"])
    table = table.astype({"state_a": "object", "state_b": "object", "year": "int64"})
    return _flag(table, mine, other, ["state_a", "state_b", "year"])


def _undirected(dyads: pd.DataFrame) -> pd.DataFrame:
    a, b = dyads["state_a"].astype("object"), dyads["state_b"].astype("object")
    swap = a > b
    return pd.DataFrame({"state_a": a.where(~swap, b), "state_b": b.where(~swap, a),
                         "year": dyads["year"].astype("int64")}).drop_duplicates()


def _flag(table: pd.DataFrame, mine: pd.DataFrame, other: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    mine_keys = set(mine[keys].itertuples(index=False, name=None))
    other_keys = set(other[keys].itertuples(index=False, name=None))
    cells = list(table[keys].itertuples(index=False, name=None))
    table["ours"] = [c in mine_keys for c in cells]
    table["theirs"] = [c in other_keys for c in cells]
    table["agree"] = table["ours"] == table["theirs"]
    return table.reset_index(drop=True)


def by_year(table: pd.DataFrame) -> pd.DataFrame:
    """Cells per year of a state-year or dyad-year comparison: coded by both, by ours only, by theirs only.

    Index ``year`` (every year of ``table``), columns ``both``, ``ours_only``, ``theirs_only``, ready for
    :func:`csto.plot.stacked_years`.

    >>> table = pd.DataFrame({"year": [2000, 2000, 2001, 2001], "ours": [True, True, False, True],
    ...     "theirs": [True, False, True, False]})
    >>> by_year(table).to_dict("index")
    {2000: {'both': 1, 'ours_only': 1, 'theirs_only': 0}, 2001: {'both': 0, 'ours_only': 1, 'theirs_only': 1}}
    """
    ours, theirs = table["ours"].astype(bool), table["theirs"].astype(bool)
    cells = pd.DataFrame({"year": table["year"].astype("int64"), "both": ours & theirs,
                          "ours_only": ours & ~theirs, "theirs_only": ~ours & theirs})
    return cells.groupby("year").sum().astype("int64")


def explain(table: pd.DataFrame, reasons: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The disagreeing cells of a comparison, each with the first reason (in ``reasons``' order) that covers it.

    ``reasons`` maps a label to the cells it accounts for (same key columns as ``table``: ``state``/``year`` or
    ``state_a``/``state_b``/``year``; pairs in either order), e.g. the dyad-years of another treaty. A cell no
    reason covers gets an empty ``reason``. Columns: the keys, ``ours``, ``theirs``, ``reason``.

    >>> table = pd.DataFrame({"state_a": ["AAA", "AAA", "AAA"], "state_b": ["BBB", "CCC", "DDD"],
    ...     "year": [2000] * 3, "ours": [True, False, False], "theirs": [True, True, True]})
    >>> other = pd.DataFrame({"state_a": ["CCC"], "state_b": ["AAA"], "year": [2000]})
    >>> explain(table, {"treaty 2": other})
      state_a state_b  year   ours  theirs    reason
    0     AAA     CCC  2000  False    True  treaty 2
    1     AAA     DDD  2000  False    True      None
    """
    keys = [c for c in ("state", "state_a", "state_b", "year") if c in table.columns]
    out = table.loc[~(table["ours"].astype(bool) == table["theirs"].astype(bool)), [*keys, "ours", "theirs"]]
    out = out.reset_index(drop=True)
    out["reason"] = pd.Series([None] * len(out), dtype="object")
    for label, cells in reasons.items():
        cells = _undirected(cells) if "state_a" in keys else cells
        covered = set(cells[keys].astype({"year": "int64"}).itertuples(index=False, name=None))
        hit = [k in covered for k in out[keys].itertuples(index=False, name=None)]
        out.loc[out["reason"].isna() & pd.Series(hit, dtype=bool), "reason"] = label
    return out


def summarise(table: pd.DataFrame) -> dict[str, int | float]:
    """Counts of a state-year or dyad-year comparison: cells, agreeing cells, share, and who alone codes.

    >>> table = pd.DataFrame({"ours": [True, True, False, False], "theirs": [True, False, True, False]})
    >>> table["agree"] = table["ours"] == table["theirs"]
    >>> summarise(table)
    {'cells': 4, 'agree': 2, 'share': 0.5, 'both': 1, 'ours_only': 1, 'theirs_only': 1, 'neither': 1}
    """
    ours, theirs = table["ours"].astype(bool), table["theirs"].astype(bool)
    cells = len(table)
    agree = int((ours == theirs).sum())
    return {"cells": cells, "agree": agree, "share": round(agree / cells, 4) if cells else float("nan"),
            "both": int((ours & theirs).sum()), "ours_only": int((ours & ~theirs).sum()),
            "theirs_only": int((~ours & theirs).sum()), "neither": int((~ours & ~theirs).sum())}


def compare_years(panel: pd.DataFrame, crosswalk: pd.DataFrame, dataset: str, last_year: int,
                  organization: str | None = None) -> pd.DataFrame:
    """State-years on which another dataset's coding (rows of ``crosswalk``) and ours agree.

    Ours: the state was a member on at least one day of the year (``days_member > 0`` in ``panel``, the output
    of :func:`state_year_panel`). Theirs: the dataset was coding the state as a member on at least one day of
    the year, counted by :func:`member_years` (the rule of
    :func:`compare_state_years`) from the rows' ``dataset_start`` and ``dataset_end``, read as
    half-open spells: a year-precision end (1 January) is the first year no longer coded, a day-precision end
    keeps its own year; an open spell runs to ``last_year``, the end of the dataset's coverage. Years compared:
    from the dataset's first coded year to ``last_year``, for every state either side codes.

    >>> panel = pd.DataFrame({"organization": "X", "state": ["AAA"] * 3, "year": [2001, 2002, 2003],
    ...     "days_member": [0, 100, 365]})
    >>> xw = pd.DataFrame({"dataset": ["D"], "state": ["AAA"], "dataset_start": pd.to_datetime(["2001-01-01"]),
    ...     "dataset_end": pd.to_datetime([None])})
    >>> compare_years(panel, xw, "D", last_year=2003)
      state  year   ours  theirs  agree
    0   AAA  2001  False    True  False
    1   AAA  2002   True    True   True
    2   AAA  2003   True    True   True
    >>> xw["dataset_end"] = pd.to_datetime(["2003-06-28"])  # known to the day: 2003 is still coded
    >>> compare_years(panel, xw, "D", last_year=2003)["theirs"].tolist()
    [True, True, True]
    """
    columns = ["state", "year", "ours", "theirs", "agree"]
    rows = crosswalk[crosswalk["dataset"].astype("object") == dataset]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    spells = pd.DataFrame({"state": rows["state"].astype("object").to_numpy(),
                           "start_date": pd.to_datetime(rows["dataset_start"]).to_numpy(),
                           "end_date": pd.to_datetime(rows["dataset_end"]).to_numpy()})
    first = int(spells["start_date"].min().year)
    theirs = member_years(spells, first, last_year, status=None)
    mine = panel if organization is None else panel[panel["organization"].astype("object") == organization]
    mine = mine[(mine["days_member"] > 0) & mine["year"].between(first, last_year)]
    ours = pd.DataFrame({"state": mine["state"].astype("object"), "year": mine["year"].astype("int64")})
    states = sorted(set(theirs["state"]) | set(ours["state"]))
    table = pd.DataFrame([(s, y) for s in states for y in range(first, last_year + 1)],
                         columns=["state", "year"]).astype({"state": "object", "year": "int64"})
    return _flag(table, ours, theirs, ["state", "year"])
