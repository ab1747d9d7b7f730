"""Headline measures under the reasonable alternative codings: how the findings move when a coding choice does.

Each alternative is a named function that returns a recoded copy of a :class:`~csto.io.Dataset`; nothing on
disk changes. :func:`headlines` computes the measures the notebooks report, with the rule behind each in its
name, and :func:`table` puts them side by side (measure x coding). An alternative that finds nothing to recode
in a directory (another alliance's data) leaves it as it is, and its column then repeats the baseline.

The alternatives, and the choice the shipped data makes (the baseline):

- ``uzbekistan_exit_2012``: Uzbekistan *left* in June 2012 (as ATOP, COW and most press code it) instead of
  being *suspended* from then on (the organization's own act of 19 December 2012).
- ``tajikistan_1993_collective``: the CIS Collective Peacekeeping Forces in Tajikistan (1993-2000), made of units
  of treaty states, count as a collective troop deployment of the treaty (baseline: a CIS operation).
- ``without_pre_1994_appeals``: Armenia's two 1992 appeals leave the count (they predate the treaty's entry
  into force on 20 April 1994 and any treaty body).
- ``bilateral_help_counted``: help a member gave on its own account (and a non-member's) counts as material help
  the call brought (baseline: only help through the treaty's collective decisions).
- ``without_karabakh_2023``: the September 2023 Karabakh offensive (on Azerbaijan's territory, no appeal) leaves
  the crises.
- ``only_requests_to_the_organization``: only appeals addressed to the treaty's bodies or parties count (baseline:
  Kyrgyzstan's 1999 and 2010 requests to Russia, which Moscow put to the treaty, count too).
- ``without_pre_2001_requests`` (NATO): Turkey's December 1990 request for the ACE Mobile Force leaves NATO's calls
  (baseline: admitted by the rule that admits its 2012 Patriot letter, a member's formal request for military help).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import pandas as pd

from .activity import ACTION_TYPES
from .alliances import MATERIAL
from .io import Dataset
from .membership import state_year_panel

COLLECTIVE = "collective"
TAJIK_FORCES = "CIS Collective Peacekeeping Forces in Tajikistan"


def _with(ds: Dataset, **tables: pd.DataFrame) -> Dataset:
    return replace(ds, tables={**ds.tables, **tables})


def uzbekistan_exit_2012(ds: Dataset) -> Dataset:
    """Code Uzbekistan's 2012 step as an exit: its member spell ends ``withdrew`` and the suspended spell goes.

    >>> import csto
    >>> recoded = uzbekistan_exit_2012(csto.load())
    >>> int((recoded.memberships["status"].astype(str) == "suspended").sum())
    0
    """
    m = ds.memberships
    suspended = (m["state"].astype(str) == "UZB") & (m["status"].astype(str) == "suspended")
    if not suspended.any():
        return ds
    m = m[~suspended].copy()
    ended = (m["state"].astype(str) == "UZB") & (m["end_reason"].astype(str) == "suspended")
    m["end_reason"] = m["end_reason"].astype("object").where(~ended, "withdrew")
    return _with(ds, memberships=m.reset_index(drop=True))


def tajikistan_1993_collective(ds: Dataset) -> Dataset:
    """Count the CIS Collective Peacekeeping Forces in Tajikistan as a deployment of the treaty: one derived event of
    type ``deployment`` from the first of the ``mission_contribution`` relations that carry that force's name.

    >>> import csto
    >>> recoded = tajikistan_1993_collective(csto.load())
    >>> (recoded.events["event_type"].astype(str) == "deployment").sum() - (
    ...     csto.load().events["event_type"].astype(str) == "deployment").sum()
    np.int64(1)
    """
    r = ds.relations
    force = r[(r["relation"].astype(str) == "mission_contribution")
              & r["label"].astype(str).str.startswith(TAJIK_FORCES)]
    if force.empty:
        return ds
    first = force.sort_values("start_date").iloc[0]
    row = {c: pd.NA for c in ds.events.columns}
    row.update({"event_id": "derived_tajikistan_1993_collective_forces", "organization": "CST",
                "event_type": "deployment", "start_date": first["start_date"],
                "start_precision": first["start_precision"], "end_date": force["end_date"].max(),
                "end_precision": "day", "title": TAJIK_FORCES + " (units of treaty states)", "location": "TJK"})
    events = pd.concat([ds.events, pd.DataFrame([row]).astype(ds.events.dtypes.to_dict())], ignore_index=True)
    return _with(ds, events=events)


def without_pre_1994_appeals(ds: Dataset) -> Dataset:
    """Drop the appeals made while the treaty was not in force for the requester (and their assistance rows).

    >>> import csto
    >>> len(without_pre_1994_appeals(csto.load()).appeals)
    7
    """
    return _drop_appeals(ds, ds.appeals.get("treaty_in_force", pd.Series(dtype="boolean")).eq(False))


def only_requests_to_the_organization(ds: Dataset) -> Dataset:
    """Keep only appeals addressed to the treaty's bodies or its parties jointly.

    >>> import csto
    >>> sorted(only_requests_to_the_organization(csto.load()).appeals["addressee"].astype(str).unique())
    ['organization', 'treaty_parties']
    """
    if "addressee" not in ds.appeals:
        return ds
    addressee = ds.appeals["addressee"].astype("object")
    return _drop_appeals(ds, addressee.notna() & ~addressee.isin(["organization", "treaty_parties"]))


def _drop_appeals(ds: Dataset, drop: pd.Series) -> Dataset:
    drop = drop.fillna(False).astype(bool)
    if not drop.any():
        return ds
    gone = set(ds.appeals.loc[drop, "appeal_id"].astype(str))
    return _with(ds, appeals=ds.appeals[~drop].reset_index(drop=True),
                 assistance=ds.assistance[~ds.assistance["appeal_id"].astype(str).isin(gone)].reset_index(drop=True))


def bilateral_help_counted(ds: Dataset) -> Dataset:
    """Count every delivered row as help the call brought, whatever its channel (the baseline counts only rows
    delivered through the treaty's collective decisions). Marks every row ``collective`` in the copy.

    >>> import csto
    >>> set(bilateral_help_counted(csto.load()).assistance["delivery_channel"].astype(str))
    {'collective'}
    """
    if "delivery_channel" not in ds.assistance:
        return ds
    a = ds.assistance.copy()
    a["delivery_channel"] = pd.Series(COLLECTIVE, index=a.index, dtype="object")
    return _with(ds, assistance=a)


def without_karabakh_2023(ds: Dataset) -> Dataset:
    """Drop the September 2023 Karabakh offensive from the crises (fought on Azerbaijan's territory; no appeal).

    >>> import csto
    >>> "ev_20230919_crisis_aze" in set(without_karabakh_2023(csto.load()).events["event_id"])
    False
    """
    keep = ds.events["event_id"].astype(str) != "ev_20230919_crisis_aze"
    return ds if keep.all() else _with(ds, events=ds.events[keep].reset_index(drop=True))


def without_pre_2001_requests(ds: Dataset) -> Dataset:
    """Drop NATO requests made before the 2001 Article 5 call (Turkey's of December 1990 for the ACE Mobile
    Force), the comparison's alternative to admitting them by the rule that admits Turkey's 2012 Patriot letter.

    >>> import csto
    >>> nato = csto.load(csto.default_data_dir() / "nato")
    >>> len(nato.appeals) - len(without_pre_2001_requests(nato).appeals)
    1
    """
    organization = ds.appeals["organization"].astype(str)
    return _drop_appeals(ds, (organization == "NATO") & (ds.appeals["date"] < pd.Timestamp("2001-01-01")))


ALTERNATIVES: dict[str, Callable[[Dataset], Dataset]] = {
    "uzbekistan_exit_2012": uzbekistan_exit_2012,
    "tajikistan_1993_collective": tajikistan_1993_collective,
    "without_pre_1994_appeals": without_pre_1994_appeals,
    "only_requests_to_the_organization": only_requests_to_the_organization,
    "bilateral_help_counted": bilateral_help_counted,
    "without_karabakh_2023": without_karabakh_2023,
}
"""The named alternative codings of the CSTO record, in the order the robustness tables show them."""

NATO_ALTERNATIVES: dict[str, Callable[[Dataset], Dataset]] = {"without_pre_2001_requests": without_pre_2001_requests}
"""The alternative coding of the NATO comparison directory."""


def _collective(assistance: pd.DataFrame) -> pd.DataFrame:
    if "delivery_channel" not in assistance:
        return assistance
    return assistance[assistance["delivery_channel"].astype("object").fillna(COLLECTIVE) == COLLECTIVE]


def _membership_measures(memberships: pd.DataFrame, organizations: pd.DataFrame, last_year: int,
                         seen: dict | None = None) -> tuple[int, int]:
    """Exits of full members and state-years in the alliance. ``seen`` remembers them per spell table during one
    :func:`table` (most alternatives leave the spells as they are); it holds the tables too, so no id is reused."""
    key = (id(memberships), id(organizations), last_year)
    if seen is not None and key in seen:
        return seen[key][1]
    from .alliances import membership_changes

    changes = membership_changes(memberships, organizations)
    panel = state_year_panel(memberships, f"{last_year}-12-31")
    in_alliance = panel[panel["status"].astype(str).isin(["member", "suspended", "frozen"])]
    value = (int((changes["kind"] == "left").sum()), len(in_alliance))
    if seen is not None:
        seen[key] = ((memberships, organizations), value)
    return value


def headlines(ds: Dataset, last_year: int = 2025) -> pd.Series:
    """The record's headline measures, each named with its rule.

    Appeals: how many, how many the treaty decided (any decision but ``no_decision``), how many asked for material
    help (troops, equipment, military-technical aid, police) and how many got it through a collective decision
    (``delivery_channel`` collective; all rows count where the column is absent), how many got troops that way, and
    the median days to a decision where both dates are known to the day. Deployments: events of type
    ``deployment``. Crises: how many, how many no act of the organization answered (no event responds to
    them), and how many were attacks from outside on a member that asked the organization for help (``threat``
    ``external_attack``, ``help_asked_of`` the organization or the treaty parties), of which how many got a
    decision, a mission or a deployment in response. Membership: exits of full members, and state-years in the alliance (member, suspended or frozen on
    31 December) from the first year to ``last_year``.

    >>> import csto
    >>> h = headlines(csto.load())
    >>> int(h["appeals"]), int(h["appeals that got troops through a collective decision"])
    (9, 1)
    """
    return _headlines(ds, last_year, None)


def _headlines(ds: Dataset, last_year: int, _seen: dict | None) -> pd.Series:
    appeals, assistance = ds.appeals, ds.assistance
    delivered = _collective(assistance[assistance["side"].astype(str) == "delivered"])
    requested = assistance[assistance["side"].astype(str) == "requested"]

    def appeals_with(rows: pd.DataFrame, categories: tuple[str, ...]) -> set[str]:
        return set(rows.loc[rows["category"].astype(str).isin(categories), "appeal_id"].astype(str))

    decided = appeals["decision"].astype(str) != "no_decision"
    asked_material = appeals_with(requested, MATERIAL)
    got_material = appeals_with(delivered, MATERIAL)
    day = (appeals["date_precision"].astype(str) == "day") & (appeals["decision_precision"].astype(str) == "day")
    days = (appeals.loc[day, "decision_date"] - appeals.loc[day, "date"]).dt.days
    events = ds.events
    kinds = events["event_type"].astype(str)
    crises = events.loc[kinds == "crisis", "event_id"].astype(str)
    answered = set(events["responds_to"].dropna().astype(str)) if "responds_to" in events else set()
    acted = set(events.loc[kinds.isin(ACTION_TYPES), "responds_to"].dropna().astype(str)) \
        if "responds_to" in events else set()
    threat = events.get("threat", pd.Series(pd.NA, index=events.index)).astype("object")
    asked = events.get("help_asked_of", pd.Series(pd.NA, index=events.index)).astype("object")
    attacked_and_asked = events.loc[(kinds == "crisis") & (threat == "external_attack")
                                    & asked.isin(["organization", "treaty_parties"]), "event_id"].astype(str)
    exits, state_years = _membership_measures(ds.memberships, ds.organizations, last_year, _seen)
    return pd.Series({
        "appeals": len(appeals),
        "appeals decided": int(decided.sum()),
        "appeals asking for material help": len(asked_material),
        "of those, got material help through a collective decision": len(asked_material & got_material),
        "appeals that got troops through a collective decision": len(appeals_with(delivered, ("troops",))),
        "median days to a decision (day-precise dates)": float(days.median()) if len(days) else float("nan"),
        "troop deployments of the organization": int((kinds == "deployment").sum()),
        "crises": len(crises),
        "crises no act of the organization answered": int((~crises.isin(answered)).sum()),
        "crises: a member attacked from outside": int(((kinds == "crisis") & (threat == "external_attack")).sum()),
        "of those, the member asked the organization": len(attacked_and_asked),
        "of those, answered by a decision, mission or deployment": int(attacked_and_asked.isin(acted).sum()),
        "exits of full members": exits,
        f"state-years in the alliance to {last_year}": state_years,
    }, name=getattr(ds, "name", None))


def table(ds: Dataset, alternatives: dict[str, Callable[[Dataset], Dataset]] | None = None,
          measures: list[str] | None = None) -> pd.DataFrame:
    """Headline measures (rows) under the baseline coding and each alternative (columns); a cell that differs
    from the baseline is the finding's sensitivity to that choice.

    >>> import csto
    >>> t = table(csto.load())
    >>> t.loc["appeals", ["baseline", "without_pre_1994_appeals"]].tolist()
    [9.0, 7.0]
    """
    alternatives = ALTERNATIVES if alternatives is None else alternatives
    seen: dict = {}
    columns = {"baseline": _headlines(ds, 2025, seen)}
    for name, recode in alternatives.items():
        columns[name] = _headlines(recode(ds), 2025, seen)
    out = pd.DataFrame(columns).astype("float64")
    return out.loc[measures] if measures is not None else out


def changed(robustness: pd.DataFrame) -> pd.DataFrame:
    """The cells of a :func:`table` that differ from the baseline, as (measure, alternative, baseline, value).

    >>> import csto
    >>> c = changed(table(csto.load()))
    >>> ("appeals", "without_pre_1994_appeals") in set(zip(c["measure"], c["alternative"]))
    True
    """
    rows = []
    for alternative in robustness.columns.drop("baseline"):
        for measure, value in robustness[alternative].items():
            base = robustness.loc[measure, "baseline"]
            if not (pd.isna(value) and pd.isna(base)) and value != base:
                rows.append({"measure": measure, "alternative": alternative, "baseline": base, "value": value})
    return pd.DataFrame(rows, columns=["measure", "alternative", "baseline", "value"])
