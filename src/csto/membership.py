"""Membership over time: who held which status when, as spells, panels and lists.

Spells are half-open: a spell covers ``start_date`` up to the day before ``end_date``; an empty end date means
the status still holds. An organization may name a ``successor`` in ``organizations.csv`` (the 1992 treaty's
``CST`` continues as ``CSTO``); functions that take ``organizations`` follow that lineage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SPELL_COLUMNS = ["organization", "state", "status", "start_date", "start_precision", "end_date", "end_precision",
                 "end_reason", "end_act", "source_ids"]
# Columns a spell table must have; the other SPELL_COLUMNS are filled with missing values when absent.
REQUIRED_SPELL_COLUMNS = ["organization", "state", "status", "start_date", "end_date"]


def lineage(organizations: pd.DataFrame | None) -> dict[str, str]:
    """Map each organization to the last body that continues it (itself if it has no successor).

    >>> orgs = pd.DataFrame({"organization": ["CST", "CSTO"], "successor": ["CSTO", pd.NA]})
    >>> lineage(orgs)
    {'CST': 'CSTO', 'CSTO': 'CSTO'}
    """
    if organizations is None or organizations.empty:
        return {}
    successor = {o: s for o, s in zip(organizations["organization"], organizations["successor"]) if pd.notna(s)}
    result = {}
    for org in organizations["organization"]:
        seen, current = {org}, org
        while current in successor and successor[current] not in seen:
            current = successor[current]
            seen.add(current)
        result[org] = current
    return result


def normalise_spells(memberships: pd.DataFrame, organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Merge spells that continue each other: same state and status, one ending the day the next starts.

    With ``organizations``, each organization is replaced by the end of its lineage first, so a ``CST`` member
    spell ending on the day the ``CSTO`` spell starts becomes one continuous spell.

    >>> spells = pd.DataFrame({"organization": ["CST", "CSTO"], "state": ["ARM", "ARM"],
    ...     "status": ["member", "member"],
    ...     "start_date": pd.to_datetime(["1992-05-15", "2002-10-07"]), "start_precision": ["day", "day"],
    ...     "end_date": pd.to_datetime(["2002-10-07", None]), "end_precision": ["day", None],
    ...     "end_reason": ["succeeded", None], "source_ids": ["a", "b"]})
    >>> orgs = pd.DataFrame({"organization": ["CST", "CSTO"], "successor": ["CSTO", None]})
    >>> normalise_spells(spells, orgs)[["organization", "state", "start_date", "end_date", "source_ids"]]
      organization state start_date end_date source_ids
    0         CSTO   ARM 1992-05-15      NaT        a;b
    """
    missing = [c for c in REQUIRED_SPELL_COLUMNS if c not in memberships.columns]
    if missing:
        raise KeyError(f"memberships table lacks required columns: {missing}")
    spells = memberships.reindex(columns=SPELL_COLUMNS).copy()
    spells["source_ids"] = spells["source_ids"].astype("object").fillna("").astype(str)
    for col in ("organization", "state", "status", "start_precision", "end_precision", "end_reason", "end_act"):
        spells[col] = spells[col].astype("object")
    chain = lineage(organizations)
    spells["organization"] = spells["organization"].map(lambda o: chain.get(o, o))
    spells = spells.sort_values(["organization", "state", "start_date", "status"], kind="stable")
    merged: list[dict] = []
    for row in spells.to_dict("records"):
        last = merged[-1] if merged else None
        if (last is not None and last["organization"] == row["organization"] and last["state"] == row["state"]
                and last["status"] == row["status"] and pd.notna(last["end_date"])
                and last["end_date"] == row["start_date"]):
            ids = sorted((set(last["source_ids"].split(";")) | set(row["source_ids"].split(";"))) - {""})
            last.update(end_date=row["end_date"], end_precision=row["end_precision"],
                        end_reason=row["end_reason"], end_act=row["end_act"], source_ids=";".join(ids))
        else:
            merged.append(dict(row))
    out = pd.DataFrame(merged, columns=SPELL_COLUMNS)
    for col in ("start_date", "end_date"):
        out[col] = out[col].astype(memberships[col].dtype)
    return out.reset_index(drop=True)


def _in_lineage(memberships: pd.DataFrame, organization: str | None,
                organizations: pd.DataFrame | None) -> pd.Series:
    if organization is None:
        return pd.Series(True, index=memberships.index)
    chain = lineage(organizations)
    wanted = {o for o, last in chain.items() if last == chain.get(organization, organization)} | {organization}
    return memberships["organization"].isin(wanted)


def status_on(memberships: pd.DataFrame, date: str | pd.Timestamp, organization: str | None = None,
              organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every state's status on ``date``: columns ``organization``, ``state``, ``status``, sorted.

    ``organization`` selects one organization and, with ``organizations``, its predecessors.

    >>> spells = pd.DataFrame({"organization": ["X", "X"], "state": ["AAA", "BBB"],
    ...     "status": ["member", "observer"], "start_date": pd.to_datetime(["2000-01-01", "2001-01-01"]),
    ...     "end_date": pd.to_datetime([None, "2005-01-01"])})
    >>> status_on(spells, "2003-06-01")
      organization state    status
    0            X   AAA    member
    1            X   BBB  observer
    """
    # numpy rather than pandas operations: this runs once per session or member-year (~50 µs instead of ~4 ms)
    day = np.datetime64(pd.Timestamp(date))
    ends = memberships["end_date"].to_numpy()
    active = (memberships["start_date"].to_numpy() <= day) & ~(ends <= day)  # NaT compares False: open spells
    active &= _in_lineage(memberships, organization, organizations).to_numpy(dtype=bool)
    rows = sorted(zip(*(memberships[c].to_numpy(dtype=object)[active] for c in ("organization", "state", "status"))))
    return pd.DataFrame(rows, columns=["organization", "state", "status"], dtype=object)


def members_on(memberships: pd.DataFrame, date: str | pd.Timestamp, organization: str | None = None,
               organizations: pd.DataFrame | None = None, status: str = "member") -> list[str]:
    """Return the sorted codes of the states whose status on ``date`` is ``status`` (default ``member``).

    >>> spells = pd.DataFrame({"organization": ["X", "X", "X"], "state": ["AAA", "BBB", "BBB"],
    ...     "status": ["member", "member", "suspended"],
    ...     "start_date": pd.to_datetime(["2000-01-01", "2000-01-01", "2004-01-01"]),
    ...     "end_date": pd.to_datetime([None, "2004-01-01", None])})
    >>> members_on(spells, "2003-12-31"), members_on(spells, "2004-01-01")
    (['AAA', 'BBB'], ['AAA'])
    """
    table = status_on(memberships, date, organization, organizations)
    return sorted(set(table.loc[table["status"] == status, "state"]))


def _closed_ends(memberships: pd.DataFrame, until: str | pd.Timestamp) -> np.ndarray:
    """End dates as numpy days, open spells closed the day after ``until`` (``until`` is covered)."""
    stop = np.datetime64(pd.Timestamp(until).date(), "D") + 1
    ends = memberships["end_date"].to_numpy(dtype="datetime64[D]")
    ends = np.where(np.isnat(ends), stop, ends)
    return np.minimum(ends, stop)


def state_year_panel(memberships: pd.DataFrame, until: str | pd.Timestamp,
                     states: pd.DataFrame | None = None,
                     organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per organization, state and year in which the state held any status, up to ``until``.

    Columns: ``organization``, ``state``, ``year``, ``status`` (the last status held that year),
    ``days_<status>`` for every status (days that year in it), ``days_in_status`` (days in ``status``), and
    ``cow_code`` when ``states`` is given, so the panel joins COW/ATOP state-year data. With
    ``organizations``, predecessor organizations are folded into their successors.

    >>> spells = pd.DataFrame({"organization": ["X", "X"], "state": ["AAA", "AAA"],
    ...     "status": ["member", "frozen"], "start_date": pd.to_datetime(["2023-07-01", "2024-03-01"]),
    ...     "end_date": pd.to_datetime(["2024-03-01", None])})
    >>> state_year_panel(spells, until="2025-12-31")[["year", "status", "days_member", "days_frozen"]]
       year  status  days_member  days_frozen
    0  2023  member          184            0
    1  2024  frozen           60          306
    2  2025  frozen            0          365
    """
    # Integer codes and one dense accumulation instead of a groupby on strings: 1M spells in about a second.
    chain = lineage(organizations)
    org_code, org_names = pd.factorize(memberships["organization"].astype("object"), sort=True)
    org_names = np.asarray([chain.get(o, o) for o in org_names], dtype=object)
    org_names, org_code = _merge_codes(org_names, org_code)
    state_code, state_names = pd.factorize(memberships["state"].astype("object"), sort=True)
    order = _all_statuses(sorted(set(memberships["status"].astype("object"))))
    status_code = pd.Categorical(memberships["status"].astype("object"), categories=order).codes.astype(np.int64)
    starts = memberships["start_date"].to_numpy(dtype="datetime64[D]").astype(np.int64)
    ends = _closed_ends(memberships, until).astype(np.int64)
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    org_code, state_code, status_code = org_code[keep], state_code[keep], status_code[keep]

    first = starts.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    last = (ends - 1).astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    y0 = int(first.min()) if len(first) else 1970
    n_years = int(last.max()) - y0 + 1 if len(last) else 0
    jan1 = (np.arange(y0, y0 + n_years + 1) - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    counts = last - first + 1
    spell = np.repeat(np.arange(len(starts)), counts)
    year = first[spell] + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    days = np.minimum(ends[spell], jan1[year - y0 + 1]) - np.maximum(starts[spell], jan1[year - y0])

    n_states, n_status = len(state_names), len(order)
    cell = (org_code[spell] * n_states + state_code[spell]) * n_years + (year - y0)
    n_cells = len(org_names) * n_states * n_years
    totals = np.bincount(cell * n_status + status_code[spell], weights=days,
                         minlength=n_cells * n_status).reshape(n_cells, n_status).astype(np.int64)
    latest = np.full(n_cells, -1, dtype=np.int64)  # start day and status of the latest spell in each cell
    np.maximum.at(latest, cell, (starts[spell] - jan1[0] + 1) * n_status + status_code[spell])
    cells = np.flatnonzero(latest >= 0)
    last_status = latest[cells] % n_status
    totals = totals[cells]
    panel = pd.DataFrame({
        "organization": org_names[cells // (n_years * n_states)],
        "state": np.asarray(state_names, dtype=object)[(cells // n_years) % n_states],
        "year": cells % n_years + y0,
        "status": np.asarray(order, dtype=object)[last_status],
    })
    for i, status in enumerate(order):
        panel[f"days_{status}"] = totals[:, i]
    panel["days_in_status"] = totals[np.arange(len(cells)), last_status]
    if states is not None:
        panel = panel.merge(states[["iso3", "cow_code"]].rename(columns={"iso3": "state"}), on="state", how="left")
    return panel


def _merge_codes(names: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Renumber codes after several names were mapped to one (predecessors folded into successors)."""
    merged, remap = np.unique(names.astype(str), return_inverse=True)
    return merged.astype(object), remap[codes] if len(codes) else codes


_STATUSES = ["member", "observer", "suspended", "frozen"]


def _status_order(status: str) -> tuple[int, str]:
    return (_STATUSES.index(status) if status in _STATUSES else len(_STATUSES), status)


def _all_statuses(found: list[str]) -> list[str]:
    return sorted(set(_STATUSES) | set(found), key=_status_order)


def dyad_year_panel(memberships: pd.DataFrame, until: str | pd.Timestamp,
                    organizations: pd.DataFrame | None = None, status: str = "member") -> pd.DataFrame:
    """One row per organization, year and unordered pair of states that both held ``status`` that year.

    Columns ``organization``, ``year``, ``state_a``, ``state_b`` (``state_a < state_b``). Like ATOP's
    dyad-years, a pair counts for a year if both states held the status on some day of it.

    >>> spells = pd.DataFrame({"organization": ["X"] * 3, "state": ["AAA", "BBB", "CCC"],
    ...     "status": ["member"] * 3, "start_date": pd.to_datetime(["2000-01-01", "2000-01-01", "2001-06-01"]),
    ...     "end_date": pd.to_datetime([None, None, None])})
    >>> dyad_year_panel(spells, until="2001-12-31")
      organization  year state_a state_b
    0            X  2000     AAA     BBB
    1            X  2001     AAA     BBB
    2            X  2001     AAA     CCC
    3            X  2001     BBB     CCC
    """
    panel = state_year_panel(memberships, until, organizations=organizations)
    held = panel.loc[panel[f"days_{status}"] > 0, ["organization", "year", "state"]]
    pairs = held.merge(held, on=["organization", "year"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["state_a"] < pairs["state_b"]]
    return pairs.sort_values(["organization", "year", "state_a", "state_b"]).reset_index(drop=True)


def roster(memberships: pd.DataFrame, dates: list[str] | list[pd.Timestamp], organization: str | None = None,
           organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return who held which status on each of ``dates``: one row per date and status, states comma-joined.

    >>> spells = pd.DataFrame({"organization": ["X", "X", "X"], "state": ["AAA", "BBB", "BBB"],
    ...     "status": ["member", "member", "frozen"],
    ...     "start_date": pd.to_datetime(["2000-01-01", "2000-01-01", "2004-01-01"]),
    ...     "end_date": pd.to_datetime([None, "2004-01-01", None])})
    >>> roster(spells, ["2001-01-01", "2005-01-01"])
            date  status  count    states
    0 2001-01-01  member      2  AAA, BBB
    1 2005-01-01  frozen      1       BBB
    2 2005-01-01  member      1       AAA
    """
    rows = []
    for date in dates:
        table = status_on(memberships, date, organization, organizations)
        for status, group in sorted(table.groupby("status", observed=True), key=lambda kv: str(kv[0])):
            states = sorted(set(group["state"]))
            rows.append({"date": pd.Timestamp(date), "status": status, "count": len(states),
                         "states": ", ".join(states)})
    return pd.DataFrame(rows, columns=["date", "status", "count", "states"])


def changes(memberships: pd.DataFrame, organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every change of status in date order: joins, exits, freezes, suspensions, successions.

    One row per spell start and per spell end that is not immediately followed by another spell of the
    same state; ``before``/``after`` are the statuses on either side (``none`` outside the organization).
    Spells are normalised first, so a CST spell continued by a CSTO spell is not an exit and a rejoin.

    >>> spells = pd.DataFrame({"organization": ["X", "X", "X"], "state": ["AAA", "AAA", "BBB"],
    ...     "status": ["member", "frozen", "member"],
    ...     "start_date": pd.to_datetime(["2000-01-01", "2004-01-01", "2001-06-01"]),
    ...     "end_date": pd.to_datetime(["2004-01-01", None, "2002-01-01"]),
    ...     "end_reason": ["frozen", None, "withdrew"], "end_act": ["announcement", None, "note_sent"]})
    >>> changes(spells)[["date", "state", "before", "after", "how"]]
            date state  before   after       how
    0 2000-01-01   AAA    none  member    joined
    1 2001-06-01   BBB    none  member    joined
    2 2002-01-01   BBB  member    none  withdrew
    3 2004-01-01   AAA  member  frozen    frozen
    """
    spells = normalise_spells(memberships, organizations).sort_values(["organization", "state", "start_date"],
                                                                     kind="stable")
    rows = []
    # plain records, not groupby + itertuples: a few dozen spells, and pandas' overhead was most of the time
    previous: dict | None = None
    for spell in spells.to_dict("records"):
        org, state, start = spell["organization"], spell["state"], spell["start_date"]
        if previous is not None and (previous["organization"], previous["state"]) != (org, state):
            if pd.notna(previous["end_date"]):
                rows.append((previous["end_date"], previous["organization"], previous["state"], previous["status"],
                             "none", previous["end_reason"], previous["end_act"]))
            previous = None
        if previous is None or pd.isna(previous["end_date"]) or start != previous["end_date"]:
            if previous is not None and pd.notna(previous["end_date"]):
                rows.append((previous["end_date"], org, state, previous["status"], "none", previous["end_reason"],
                             previous["end_act"]))
            rows.append((start, org, state, "none", spell["status"], "joined", None))
        else:
            rows.append((start, org, state, previous["status"], spell["status"], previous["end_reason"],
                         previous["end_act"]))
        previous = spell
    if previous is not None and pd.notna(previous["end_date"]):
        rows.append((previous["end_date"], previous["organization"], previous["state"], previous["status"], "none",
                     previous["end_reason"], previous["end_act"]))
    table = pd.DataFrame(rows, columns=["date", "organization", "state", "before", "after", "how", "act"])
    table["how"] = table["how"].where(table["how"].notna(), "ended").astype(str)
    table["act"] = table["act"].astype("string")
    return table.sort_values(["date", "organization", "state"], kind="stable").reset_index(drop=True)


def __getattr__(name: str):
    """``csto.membership.compare_years`` moved to :mod:`csto.compare` (where the other comparisons live, so the two
    modules no longer import each other); the old address still works."""
    if name == "compare_years":
        from .compare import compare_years

        return compare_years
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

