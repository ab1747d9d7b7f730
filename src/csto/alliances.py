"""Two alliances on the same measures: calls for help, time to decision, what help came and from whom, and how
membership changed. Every function reads one alliance's tables in the data contract, so the same code runs on the
CSTO's ``data/``, on ``data/nato/`` and on the contract-only fixture (no project columns needed).

A **call** is one request to the alliance in one crisis. ``appeals.csv`` may hold several rows for one call: NATO's
joint Article 4 request of 24 February 2022 is eight rows, one per requesting state. Rows with the same ``date`` and
the same ``crisis`` text are one call; its id is the first of its ``appeal_id``s in sort order.

**Material help** is a delivered row in one of :data:`MATERIAL` (troops, equipment, military-technical aid, police);
consultations, statements, fact-finding or monitoring missions, humanitarian aid, intelligence and exercises are not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .assistance import _days, collective_only
from .io import Dataset
from .membership import changes, lineage
from .schema import default_data_dir

MATERIAL = ("troops", "equipment", "military_technical_aid", "police")
OUTCOMES = ("material", "non-material only", "nothing delivered")
UNNAMED = "(no state named)"
CALL_COLUMNS = ["call_id", "date", "date_precision", "decade", "crisis", "legal_basis", "requesters", "rows",
                "appeal_ids", "decision", "decision_date", "days_to_decision", "asked", "delivered", "asked_material",
                "got_material", "outcome", "contributors", "days_to_material"]
KINDS = ("founding", "joined", "left", "suspended or frozen", "restored")


def sibling_data_dir(name: str, data_dir: str | Path | None = None) -> Path:
    """Directory of another alliance's tables kept beside the project's: ``DATA_DIR/<name>``.

    ``DATA_DIR`` is ``data_dir`` or :func:`csto.default_data_dir` (``$CSTO_DATA_DIR``, else the checkout's
    ``data/``). When it has no such subdirectory (``CSTO_DATA_DIR`` points at a copy of the CSTO tables alone, or
    at another alliance's tables), the checkout's own ``data/<name>`` is used, so a comparison still runs.
    Raises ``FileNotFoundError`` naming the places looked at if neither exists.

    >>> sibling_data_dir("nato").parts[-2:]
    ('data', 'nato')
    """
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    candidates = [base / name, Path(__file__).resolve().parents[2] / "data" / name]
    for candidate in candidates:
        if any(candidate.glob("*.csv")):
            return candidate
    raise FileNotFoundError(f"no tables for {name!r} in " + " or ".join(str(c) for c in candidates))


def name_of(ds: Dataset) -> str:
    """Short name of the alliance a data directory describes: the organizations its members belong to, each
    followed to its last successor (``CST`` is continued by ``CSTO``).

    >>> import csto
    >>> name_of(csto.load()), name_of(csto.load(sibling_data_dir("nato")))
    ('CSTO', 'NATO')
    """
    members = ds.memberships[ds.memberships["status"].astype("object") == "member"]
    final = lineage(ds.organizations)
    names = sorted({final.get(org, org) for org in members["organization"].astype("object")})
    if not names:
        names = sorted(ds.organizations["organization"].astype("object"))
    return "/".join(names) or ds.data_dir.name


def _joined(values: Iterable[object]) -> str:
    return ";".join(sorted({str(v) for v in values if not pd.isna(v) and str(v)}))


def by_name(*datasets: Dataset) -> dict[str, Dataset]:
    """Label data directories with :func:`name_of`, in the order given; a name already taken gets the
    directory's name added, so two copies of one alliance's tables stay apart.

    >>> import csto
    >>> list(by_name(csto.load(), csto.load(sibling_data_dir("nato")), csto.load(sibling_data_dir("nato"))))
    ['CSTO', 'NATO', 'NATO (nato)']
    """
    out: dict[str, Dataset] = {}
    for ds in datasets:
        name = name_of(ds)
        while name in out:
            name = f"{name} ({ds.data_dir.name})"
        out[name] = ds
    return out


def clause(legal_basis: pd.Series, patterns: Mapping[str, str], other: str = "other or none") -> pd.Series:
    """Name the treaty clause each ``legal_basis`` text invokes: the first label in ``patterns`` whose regular
    expression matches, else ``other``. Treaties number their clauses differently (Article 4 of the Collective
    Security Treaty is mutual assistance, of the North Atlantic Treaty consultation), so each alliance gets its
    own patterns.

    >>> texts = pd.Series(["North Atlantic Treaty, Article 4", "North Atlantic Treaty, Article 5", "none stated"])
    >>> clause(texts, {"mutual assistance": r"Article 5$", "consultation": r"Article 4$"}).tolist()
    ['consultation', 'mutual assistance', 'other or none']
    """
    out = pd.Series(other, index=legal_basis.index, dtype="object")
    text = legal_basis.astype("object").fillna("")
    for label, pattern in reversed(list(patterns.items())):
        out[text.str.contains(pattern, regex=True)] = label
    return out


def call_ids(appeals: pd.DataFrame) -> pd.Series:
    """Map each ``appeal_id`` to the id of its call (rows with the same date and crisis are one call).

    >>> appeals = pd.DataFrame({"appeal_id": ["B-1", "A-1", "C-1"], "crisis": ["x", "x", "y"],
    ...     "date": pd.to_datetime(["2022-02-24", "2022-02-24", "2022-02-24"])})
    >>> call_ids(appeals).to_dict()
    {'B-1': 'A-1', 'A-1': 'A-1', 'C-1': 'C-1'}
    """
    ids = appeals["appeal_id"].astype("object").to_numpy()
    # plain Python over a few dozen rows: a groupby-transform cost more than the rest of calls() together
    keys = [None if pd.isna(d) or pd.isna(c) else (d, c)  # a row without date or crisis is no call (as groupby)
            for d, c in zip(appeals["date"], appeals["crisis"].astype("object"))]
    first: dict = {}
    for key, appeal in zip(keys, ids):
        if key is not None and (key not in first or appeal < first[key]):
            first[key] = appeal
    return pd.Series([first[k] if k is not None else float("nan") for k in keys],
                     index=pd.Index(ids, name="appeal_id"), name="call_id", dtype="object")


def calls(appeals: pd.DataFrame, assistance: pd.DataFrame, material: Iterable[str] = MATERIAL) -> pd.DataFrame:
    """One row per call: who asked, when, what was decided and how fast, what was asked for and what arrived.

    ``rows`` counts the appeal rows of the call; ``crisis`` and ``legal_basis`` are those of its first row;
    ``decision`` is the rows' decision (``mixed`` if they differ).
    ``days_to_decision`` runs from the request to the decision and ``days_to_material`` to the first dated
    material delivery; both are empty unless both dates are known to the day. ``asked``/``delivered`` list the
    categories requested/delivered; ``outcome`` is one of :data:`OUTCOMES`; ``contributors`` are the states named
    on delivered rows of any category. Delivered means delivered through the alliance
    (:func:`csto.assistance.collective_only`): help a member gave on its own account is not the alliance's answer.
    Sorted by date.

    >>> appeals = pd.DataFrame({"appeal_id": ["A-1", "B-1"], "requester": ["AAA", "BBB"],
    ...     "date": pd.to_datetime(["2022-02-24"] * 2), "date_precision": "day", "crisis": "war",
    ...     "legal_basis": "Article 4", "decision": "approved", "decision_date": pd.to_datetime(["2022-02-25"] * 2),
    ...     "decision_precision": "day"})
    >>> rows = pd.DataFrame({"appeal_id": ["A-1", "A-1", "B-1", "B-1"],
    ...     "side": ["requested", "delivered", "requested", "delivered"],
    ...     "category": ["consultations", "troops", "consultations", "troops"], "contributor": None,
    ...     "start_date": pd.to_datetime(["2022-02-24", "2022-02-26"] * 2), "start_precision": "day"})
    >>> calls(appeals, rows)[["call_id", "requesters", "rows", "days_to_decision", "outcome", "days_to_material"]]
      call_id requesters  rows  days_to_decision   outcome  days_to_material
    0     A-1    AAA;BBB     2               1.0  material               2.0
    """
    material = set(material)
    rows = appeals.copy()
    day = pd.Series("day", index=rows.index, dtype="object")
    rows["date_precision"] = rows["date_precision"].astype("object") if "date_precision" in rows else day
    if "decision_precision" not in rows:
        rows["decision_precision"] = day.where(rows["decision_date"].notna())
    rows["days"] = _days(rows["decision_date"], rows["decision_precision"], rows["date"], rows["date_precision"])
    ids = call_ids(rows)
    rows["call_id"] = ids.to_numpy()
    help_rows = assistance.copy()
    delivered_elsewhere = (help_rows["side"].astype("object") == "delivered") & ~help_rows.index.isin(
        collective_only(help_rows).index)
    help_rows = help_rows[~delivered_elsewhere]
    for col in ("side", "category", "contributor"):
        help_rows[col] = help_rows[col].astype("object")
    if "start_precision" not in help_rows:
        help_rows["start_precision"] = "day"
    help_rows["start_precision"] = help_rows["start_precision"].astype("object")
    help_rows["call_id"] = help_rows["appeal_id"].astype("object").map(ids)
    # Plain records grouped once: filtering the whole frame per call made this the slowest step of notebook 05.
    by_call: dict[str, list[dict]] = {}
    for record in help_rows[["call_id", "side", "category", "contributor", "start_date", "start_precision"]
                            ].to_dict("records"):
        by_call.setdefault(record["call_id"], []).append(record)
    appeal_records = rows[["call_id", "appeal_id", "date", "date_precision", "crisis", "legal_basis", "requester",
                           "decision", "decision_date", "days"]].to_dict("records")
    groups: dict[str, list[dict]] = {}
    for record in appeal_records:
        groups.setdefault(record["call_id"], []).append(record)
    out = []
    for call_id in sorted(groups):
        group = sorted(groups[call_id], key=lambda r: str(r["appeal_id"]))
        first = group[0]
        given = by_call.get(call_id, [])
        asked = [r for r in given if r["side"] == "requested"]
        delivered = [r for r in given if r["side"] == "delivered"]
        decisions = sorted({str(r["decision"]) for r in group})
        got = [r for r in delivered if r["category"] in material]
        dated = sorted((r for r in got if not pd.isna(r["start_date"])), key=lambda r: r["start_date"])
        days_to_material = float("nan")
        if dated and dated[0]["start_precision"] == "day" and first["date_precision"] == "day":
            days_to_material = float((dated[0]["start_date"] - first["date"]).days)
        decision_dates = [r["decision_date"] for r in group if not pd.isna(r["decision_date"])]
        days = [r["days"] for r in group if not pd.isna(r["days"])]
        out.append({
            "call_id": call_id, "date": first["date"], "date_precision": first["date_precision"],
            "decade": first["date"].year // 10 * 10, "crisis": str(first["crisis"]),
            "legal_basis": str(first["legal_basis"]), "requesters": _joined(r["requester"] for r in group),
            "rows": len(group), "appeal_ids": _joined(r["appeal_id"] for r in group),
            "decision": decisions[0] if len(decisions) == 1 else "mixed",
            "decision_date": min(decision_dates) if decision_dates else pd.NaT,
            "days_to_decision": min(days) if days else float("nan"),
            "asked": _joined(r["category"] for r in asked), "delivered": _joined(r["category"] for r in delivered),
            "asked_material": any(r["category"] in material for r in asked), "got_material": bool(got),
            "outcome": OUTCOMES[0] if got else OUTCOMES[1] if delivered else OUTCOMES[2],
            "contributors": _joined(r["contributor"] for r in delivered), "days_to_material": days_to_material})
    table = pd.DataFrame(out, columns=CALL_COLUMNS)
    table = table.astype({"rows": "int64", "decade": "int64", "days_to_decision": "float64",
                          "days_to_material": "float64", "asked_material": "bool", "got_material": "bool"})
    for col in ("date", "decision_date"):
        table[col] = pd.to_datetime(table[col])
    return table.sort_values(["date", "call_id"]).reset_index(drop=True)


def per_decade(table: pd.DataFrame, start: int | None = None, end: int | None = None) -> pd.DataFrame:
    """Calls and appeal rows per decade, with zero for decades without any, from ``start`` to ``end``
    (decades as their first year; by default the first and last decade with a call).

    >>> table = pd.DataFrame({"decade": [2000, 2020, 2020], "rows": [1, 8, 1]})
    >>> per_decade(table, start=1990).reset_index()
       decade  calls  rows
    0    1990      0     0
    1    2000      1     1
    2    2010      0     0
    3    2020      2     9
    """
    decades = table["decade"].astype("int64")
    first = start if start is not None else (int(decades.min()) if len(decades) else 0)
    last = end if end is not None else (int(decades.max()) if len(decades) else first)
    index = pd.Index(range(first // 10 * 10, last // 10 * 10 + 1, 10), name="decade")
    counts = pd.DataFrame({"calls": decades.value_counts(), "rows": table["rows"].groupby(decades).sum()})
    return counts.reindex(index, fill_value=0).astype("int64")


def help_kinds(table: pd.DataFrame, material: Iterable[str] = MATERIAL) -> pd.DataFrame:
    """Per category of help: how many calls asked for it and how many got it (each call counted once, however
    many appeal rows it has). Sorted by calls that got it, then by name.

    >>> table = pd.DataFrame({"asked": ["consultations", "troops;consultations"],
    ...     "delivered": ["consultations;troops", "consultations"]})
    >>> help_kinds(table)
            category  asked  delivered  material
    0  consultations      2          2     False
    1         troops      1          1      True
    """
    counts = {}
    for side in ("asked", "delivered"):
        listed = table[side].str.split(";").explode()
        counts[side] = listed[listed.notna() & (listed != "")].value_counts()
    out = pd.DataFrame(counts).fillna(0).astype("int64").rename_axis("category").reset_index()
    out = out.reindex(columns=["category", "asked", "delivered"], fill_value=0)
    out["material"] = out["category"].isin(set(material))
    return out.sort_values(["delivered", "category"], ascending=[False, True]).reset_index(drop=True)


def contributors(appeals: pd.DataFrame, assistance: pd.DataFrame,
                 material: Iterable[str] | None = MATERIAL) -> pd.DataFrame:
    """States that delivered help, by number of calls (a call's repeated rows count once): the calls and the
    categories. Only help through the alliance counts (:func:`csto.assistance.collective_only`: a member's
    bilateral help is not the alliance's). Delivered rows without a contributor (the organization's total, or a
    common asset) are listed under :data:`UNNAMED`. ``material=None`` counts every category.

    >>> appeals = pd.DataFrame({"appeal_id": ["A-1", "B-1"], "date": pd.to_datetime(["2022-02-24"] * 2),
    ...     "crisis": "war"})
    >>> rows = pd.DataFrame({"appeal_id": ["A-1", "B-1", "A-1"], "side": "delivered",
    ...     "category": ["troops", "troops", "consultations"], "contributor": ["DEU", "DEU", None]})
    >>> contributors(appeals, rows)
      contributor  calls call_ids categories
    0         DEU      1      A-1     troops
    """
    rows = collective_only(assistance[assistance["side"].astype("object") == "delivered"]).copy()
    rows["category"] = rows["category"].astype("object")
    if material is not None:
        rows = rows[rows["category"].isin(set(material))]
    rows["contributor"] = rows["contributor"].astype("object").fillna(UNNAMED)
    rows["call_id"] = rows["appeal_id"].astype("object").map(call_ids(appeals))
    out = rows.groupby("contributor").agg(calls=("call_id", "nunique"), call_ids=("call_id", _joined),
                                          categories=("category", _joined)).reset_index()
    out = out.astype({"calls": "int64"})
    return out.sort_values(["calls", "contributor"], ascending=[False, True]).reset_index(drop=True)


def membership_changes(memberships: pd.DataFrame, organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Joins, exits, suspensions (or freezes) and restorations of full members, in date order, with the decade.

    ``kind`` is one of :data:`KINDS`: ``founding`` for the states that were members on the alliance's first day,
    ``joined`` for first entries, ``left`` for exits (withdrawal, expulsion, dissolution, a lapse at expiry),
    ``suspended or frozen``, and ``restored`` for a return to full membership, after a suspension or freeze or
    after an exit (Uzbekistan's 2006 protocol restored the membership it had let lapse in 1999). Observer seats are left out. A spell continued by a successor
    organization (CST to CSTO) is not an exit and a join (see :func:`csto.changes`).

    >>> spells = pd.DataFrame({"organization": "X", "state": ["AAA", "BBB", "BBB", "CCC"],
    ...     "status": ["member", "member", "suspended", "member"],
    ...     "start_date": pd.to_datetime(["1992-05-15", "1992-05-15", "2012-06-20", "1993-09-24"]),
    ...     "end_date": pd.to_datetime(["1999-04-20", "2012-06-20", None, None]),
    ...     "end_reason": ["withdrew", "suspended", None, None]})
    >>> membership_changes(spells)[["date", "decade", "state", "kind", "how"]]
            date  decade state                 kind        how
    0 1992-05-15    1990   AAA             founding     joined
    1 1992-05-15    1990   BBB             founding     joined
    2 1993-09-24    1990   CCC               joined     joined
    3 1999-04-20    1990   AAA                 left   withdrew
    4 2012-06-20    2010   BBB  suspended or frozen  suspended
    """
    table = changes(memberships, organizations)
    table["date"] = pd.to_datetime(table["date"])
    held = {"member", "suspended", "frozen"}
    before, after = table["before"].astype("object"), table["after"].astype("object")
    kind = pd.Series(pd.NA, index=table.index, dtype="object")
    kind[(after == "member") & before.isin({"none", "observer"})] = "joined"
    kind[before.isin(held) & (after == "none")] = "left"
    kind[(before == "member") & after.isin({"suspended", "frozen"})] = "suspended or frozen"
    kind[before.isin({"suspended", "frozen"}) & (after == "member")] = "restored"
    returning, seen = pd.Series(False, index=table.index), set()
    ordered = table.sort_values("date", kind="stable")
    for i, state, now in zip(ordered.index, ordered["state"], ordered["after"]):
        if now == "member":
            returning[i] = state in seen
            seen.add(state)
    kind[(kind == "joined") & returning] = "restored"
    table["kind"] = kind
    table = table[table["kind"].notna()].copy()
    joins = table["kind"] == "joined"
    if joins.any():
        table.loc[joins & (table["date"] == table.loc[joins, "date"].min()), "kind"] = "founding"
    table["decade"] = (table["date"].dt.year // 10 * 10).astype("int64")
    columns = ["date", "decade", "organization", "state", "before", "after", "kind", "how"]
    return table[columns].sort_values(["date", "state"], kind="stable").reset_index(drop=True)


def summarise(ds: Dataset, material: Iterable[str] = MATERIAL) -> pd.Series:
    """One alliance's calls in figures: rows and calls, decisions and days to decision, material help.

    Shares are of calls (a joint request counts once), except ``material_share_rows``, which counts appeal rows.
    Medians of days use only calls whose dates are both known to the day (``calls_timed``).

    >>> import csto
    >>> s = summarise(csto.load())
    >>> s[["appeal_rows", "calls", "calls_with_material"]].tolist()
    [9, 9, 3]
    """
    material = tuple(material)
    table = calls(ds.appeals, ds.assistance, material)
    row_material = table.set_index("call_id")["got_material"]
    by_row = call_ids(ds.appeals).map(row_material)
    n = len(table)
    share = (lambda k, of: k / of if of else float("nan"))
    figures = {
        "appeal_rows": len(ds.appeals),
        "calls": n,
        "joint_calls": int((table["rows"] > 1).sum()),
        "first_call": table["date"].min().date() if n else None,
        "last_call": table["date"].max().date() if n else None,
        "calls_decided": int(table["decision"].isin(["approved", "partially_approved", "declined"]).sum()),
        "calls_timed": int(table["days_to_decision"].notna().sum()),
        "median_days_to_decision": table["days_to_decision"].median(),
        "max_days_to_decision": table["days_to_decision"].max(),
        "calls_asking_material": int(table["asked_material"].sum()),
        "calls_with_material": int(table["got_material"].sum()),
        "asked_and_got_material": int((table["asked_material"] & table["got_material"]).sum()),
        "material_share": share(int(table["got_material"].sum()), n),
        "material_share_rows": share(int(by_row.sum()), len(by_row)),
        "median_days_to_material": table["days_to_material"].median(),
    }
    return pd.Series(figures, name=name_of(ds), dtype="object")


def side_by_side(datasets: Mapping[str, Dataset], material: Iterable[str] = MATERIAL) -> pd.DataFrame:
    """:func:`summarise` for several alliances, one column each, in the order given.

    >>> import csto
    >>> table = side_by_side({"CSTO": csto.load(), "NATO": csto.load(sibling_data_dir("nato"))})
    >>> table.loc[["appeal_rows", "calls", "joint_calls"]]
                CSTO NATO
    appeal_rows    9   19
    calls          9   12
    joint_calls    0    1
    """
    return pd.DataFrame({name: summarise(ds, material) for name, ds in datasets.items()})
