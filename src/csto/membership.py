"""Membership over time: who held which status when, as spells, panels and lists.

Spells are half-open: a spell covers ``start_date`` up to the day before ``end_date``; an empty end date means
the status still holds. An organization may name a ``successor`` in ``organizations.csv`` (the 1992 treaty's
``CST`` continues as ``CSTO``); functions that take ``organizations`` follow that lineage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SPELL_COLUMNS = ["organization", "state", "status", "start_date", "start_precision", "end_date", "end_precision",
                 "end_reason", "source_ids"]


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
    spells = memberships[SPELL_COLUMNS].copy()
    for col in ("organization", "state", "status", "start_precision", "end_precision", "end_reason"):
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
            ids = sorted(set(last["source_ids"].split(";")) | set(row["source_ids"].split(";")))
            last.update(end_date=row["end_date"], end_precision=row["end_precision"],
                        end_reason=row["end_reason"], source_ids=";".join(ids))
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
    day = pd.Timestamp(date)
    active = (memberships["start_date"] <= day) & (memberships["end_date"].isna() | (memberships["end_date"] > day))
    active &= _in_lineage(memberships, organization, organizations)
    out = memberships.loc[active, ["organization", "state", "status"]].astype("object")
    return out.sort_values(["organization", "state", "status"]).reset_index(drop=True)


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
    chain = lineage(organizations)
    orgs = memberships["organization"].astype("object").map(lambda o: chain.get(o, o)).to_numpy()
    starts = memberships["start_date"].to_numpy(dtype="datetime64[D]")
    ends = _closed_ends(memberships, until)
    keep = ends > starts
    starts, ends, orgs = starts[keep], ends[keep], orgs[keep]
    states_col = memberships["state"].astype("object").to_numpy()[keep]
    status_col = memberships["status"].astype("object").to_numpy()[keep]

    first = starts.astype("datetime64[Y]").astype(int) + 1970
    last = (ends - 1).astype("datetime64[Y]").astype(int) + 1970
    counts = last - first + 1
    spell = np.repeat(np.arange(len(starts)), counts)
    offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    year = first[spell] + offset
    year_start = (year - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    next_start = (year + 1 - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    days = (np.minimum(ends[spell], next_start) - np.maximum(starts[spell], year_start)).astype(int)

    long = pd.DataFrame({"organization": orgs[spell], "state": states_col[spell], "year": year,
                         "status": status_col[spell], "start": starts[spell], "days": days})
    statuses = sorted(set(status_col), key=_status_order)
    wide = (long.groupby(["organization", "state", "year", "status"], sort=False)["days"].sum()
            .unstack("status", fill_value=0))
    for status in _all_statuses(statuses):
        if status not in wide.columns:
            wide[status] = 0
    wide = wide[_all_statuses(statuses)].add_prefix("days_")
    last_status = (long.sort_values("start", kind="stable")
                   .groupby(["organization", "state", "year"], sort=False)["status"].last())
    panel = wide.join(last_status).reset_index()
    order = _all_statuses(statuses)
    position = panel["status"].map(order.index).to_numpy(dtype=int)
    panel["days_in_status"] = panel[[f"days_{s}" for s in order]].to_numpy()[np.arange(len(panel)), position]
    panel = panel.sort_values(["organization", "state", "year"]).reset_index(drop=True)
    columns = ["organization", "state", "year", "status", *[f"days_{s}" for s in _all_statuses(statuses)],
               "days_in_status"]
    panel = panel[columns]
    panel.columns.name = None
    if states is not None:
        panel = panel.merge(states[["iso3", "cow_code"]].rename(columns={"iso3": "state"}), on="state", how="left")
    return panel


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
