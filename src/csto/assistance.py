"""Requested versus delivered: what each appeal asked for beside what arrived."""

from __future__ import annotations

import pandas as pd

COMPARE_COLUMNS = ["appeal_id", "category", "requested", "delivered", "requested_quantity", "delivered_quantity",
                   "delivered_low", "delivered_high", "unit", "delivered_detail", "contributors", "first_arrival",
                   "last_departure", "days_to_arrival", "content_match"]


def _joined(values: pd.Series) -> str:
    return ";".join(sorted({str(v) for v in values.dropna() if str(v)}))


def _total(values: pd.Series) -> float:
    """Sum of known figures, missing (not 0) when no figure is known: an unknown number is not zero."""
    known = values.dropna()
    return float(known.sum()) if len(known) else float("nan")


def _amounts(rows: pd.DataFrame) -> pd.DataFrame:
    """Quantity per appeal, side, category and unit.

    A row without a contributor that carries a figure is the organization's total, and the contributor rows
    of the same unit are its breakdown: the total is used, not added to. Otherwise the contributors' figures
    are summed. Missing figures stay missing (an unknown number is not zero).
    """
    known = rows[rows["quantity"].notna()].copy()
    known["is_total"] = known["contributor"].isna()
    out = []
    for key, group in known.groupby(["appeal_id", "side", "category", "unit"], sort=True):
        use = group[group["is_total"]] if group["is_total"].any() else group
        out.append((*key, use["quantity"].sum(), use["low"].sum(), use["high"].sum()))
    return pd.DataFrame(out, columns=["appeal_id", "side", "category", "unit", "quantity", "low", "high"])


def _days(later: pd.Series, later_precision: pd.Series, earlier: pd.Series, earlier_precision: pd.Series) -> pd.Series:
    """Days between two dates, missing unless both are known to the day (a month-precision date is not the 1st)."""
    exact = (later_precision.astype("object") == "day") & (earlier_precision.astype("object") == "day")
    return (later - earlier).dt.days.astype("float64").where(exact)


MATCHES = ("met", "partly", "not_met")
"""How well delivered help met the request, by content (``assistance.content_match``), best first."""


def _best_match(delivered: pd.DataFrame, appeal: str, category: str | None = None) -> str | None:
    """The best ``content_match`` among an appeal's delivered rows (of one category, if given); None if the
    rows carry no match or there are none."""
    if "content_match" not in delivered:
        return None
    rows = delivered[delivered["appeal_id"] == appeal]
    if category is not None:
        rows = rows[rows["category"] == category]
    found = set(rows["content_match"].dropna().astype(str))
    return next((m for m in MATCHES if m in found), None)


def collective_only(assistance: pd.DataFrame) -> pd.DataFrame:
    """The rows that went through the alliance itself: ``delivery_channel`` ``collective``, or every row where the
    data do not code a channel (another alliance's tables, where all help is the alliance's by construction).
    A member's help on its own account (``bilateral_member``), a non-member's, and help through the CIS drop out.

    >>> rows = pd.DataFrame({"appeal_id": ["A-1"] * 3, "contributor": ["RUS", "UZB", None],
    ...     "delivery_channel": ["collective", "bilateral_nonmember", None]})
    >>> collective_only(rows)["appeal_id"].size, collective_only(rows)["contributor"].iloc[0]
    (2, 'RUS')
    """
    if "delivery_channel" not in assistance:
        return assistance
    channel = assistance["delivery_channel"].astype("object")
    return assistance[channel.isna() | (channel == "collective")]


def compare(appeals: pd.DataFrame, assistance: pd.DataFrame) -> pd.DataFrame:
    """One row per appeal and category, putting what was requested beside what was delivered.

    Quantities are compared within one unit: where a category was delivered in several units (aircraft and
    vehicles, say) the numeric columns are empty and ``delivered_detail`` lists each unit's figure. A total
    given for the organization (no contributor) is preferred to the sum of the contributors' figures.
    ``delivered_low``/``delivered_high`` carry the range the sources give (the coded figure where a row has
    none). ``days_to_arrival`` counts from the appeal to the first delivery of that category, and is empty
    unless both dates are known to the day. Categories neither requested nor delivered are absent.

    >>> appeals = pd.DataFrame({"appeal_id": ["A-1"], "date": pd.to_datetime(["2022-01-05"]),
    ...     "date_precision": ["day"]})
    >>> rows = pd.DataFrame({"appeal_id": ["A-1"] * 4, "side": ["requested"] + ["delivered"] * 3,
    ...     "category": ["troops"] * 4, "contributor": [None, None, "AAA", "BBB"], "quantity": [None, 160, 100, 50],
    ...     "quantity_low": [None, 150, None, None], "quantity_high": [None, 200, None, None],
    ...     "unit": [None, "personnel", "personnel", "personnel"],
    ...     "start_date": pd.to_datetime(["2022-01-05", "2022-01-06", "2022-01-06", "2022-01-07"]),
    ...     "start_precision": "day", "end_date": pd.NaT})
    >>> compare(appeals, rows)[["category", "requested", "delivered", "delivered_quantity", "delivered_low",
    ...     "delivered_high", "contributors", "days_to_arrival"]]
      category  requested  delivered  delivered_quantity  delivered_low  delivered_high contributors  days_to_arrival
    0   troops       True       True               160.0          150.0           200.0      AAA;BBB              1.0
    """
    rows = assistance.copy()
    for col in ("category", "side", "unit", "contributor"):
        rows[col] = rows[col].astype("object")
    rows["unit"] = rows["unit"].fillna("")
    for col in ("quantity", "quantity_low", "quantity_high"):
        rows[col] = rows[col].astype("float64")
    rows["low"] = rows["quantity_low"].fillna(rows["quantity"])
    rows["high"] = rows["quantity_high"].fillna(rows["quantity"])
    if "start_precision" not in rows:
        rows["start_precision"] = "day"
    keys = ["appeal_id", "category"]
    req = rows[rows["side"] == "requested"].groupby(keys).size().rename("n_requested")
    dlv_rows = rows[rows["side"] == "delivered"]
    dlv = dlv_rows.groupby(keys).agg(contributors=("contributor", _joined), last_departure=("end_date", "max"))
    firsts = dlv_rows.sort_values("start_date", kind="stable").groupby(keys).first()
    dlv = dlv.join(firsts[["start_date", "start_precision"]].rename(
        columns={"start_date": "first_arrival", "start_precision": "arrival_precision"}))
    table = pd.concat([req, dlv], axis=1).reset_index()
    index = table.set_index(keys).index
    table["requested"] = index.isin(req.index)
    table["delivered"] = index.isin(dlv.index)

    amounts = _amounts(rows)
    numbers = {}
    for (appeal, side, category), group in amounts.groupby(["appeal_id", "side", "category"], sort=True):
        numbers[(appeal, side, category)] = group
    def figure(appeal: str, category: str, side: str, column: str) -> float:
        group = numbers.get((appeal, side, category))
        return float(group[column].iloc[0]) if group is not None and len(group) == 1 else float("nan")
    def unit(appeal: str, category: str) -> str:
        for side in ("delivered", "requested"):
            group = numbers.get((appeal, side, category))
            if group is not None:
                return group["unit"].iloc[0] if len(group) == 1 else "several"
        return ""
    def detail(appeal: str, category: str) -> str:
        group = numbers.get((appeal, "delivered", category))
        if group is None:
            return ""
        return "; ".join(f"{q:,.0f} {u}".strip() for q, u in zip(group["quantity"], group["unit"]))
    pairs = list(zip(table["appeal_id"], table["category"]))
    table["requested_quantity"] = [figure(a, c, "requested", "quantity") for a, c in pairs]
    table["delivered_quantity"] = [figure(a, c, "delivered", "quantity") for a, c in pairs]
    table["delivered_low"] = [figure(a, c, "delivered", "low") for a, c in pairs]
    table["delivered_high"] = [figure(a, c, "delivered", "high") for a, c in pairs]
    table["unit"] = [unit(a, c) for a, c in pairs]
    table["delivered_detail"] = [detail(a, c) for a, c in pairs]

    appeal_dates = appeals.set_index("appeal_id")
    appeal_precision = (appeal_dates["date_precision"] if "date_precision" in appeal_dates
                        else pd.Series("day", index=appeal_dates.index))
    table["days_to_arrival"] = _days(table["first_arrival"], table["arrival_precision"],
                                     table["appeal_id"].map(appeal_dates["date"]),
                                     table["appeal_id"].map(appeal_precision))
    table["contributors"] = table["contributors"].fillna("")
    table["content_match"] = [_best_match(dlv_rows, a, c) for a, c in pairs]
    for col in ("first_arrival", "last_departure"):
        table[col] = pd.to_datetime(table[col])
    return table[COMPARE_COLUMNS].sort_values(keys).reset_index(drop=True)


def _content_outcome(table: pd.DataFrame, appeal: str) -> str | None:
    rows = table[table["appeal_id"] == appeal]
    delivered = rows[rows["delivered"]]
    if delivered.empty:
        return "nothing"
    matches = set(delivered["content_match"].dropna())
    if not matches:
        return None
    asked = rows[rows["requested"]]
    if len(asked) and (asked["content_match"] == "met").all():
        return "met"
    return "partly" if matches & {"met", "partly"} else "not_met"


def summary(appeals: pd.DataFrame, assistance: pd.DataFrame) -> pd.DataFrame:
    """One row per appeal: the decision, how fast it came, and how much of what was asked for arrived.

    Columns: ``appeal_id``, ``requester``, ``date``, ``crisis``, ``decision``, ``days_to_decision``,
    ``categories_requested``, ``categories_delivered`` (requested categories with any delivery),
    ``share_delivered`` (by category only: a meeting answers a request for a meeting whatever was said there),
    ``content_outcome`` (by content: ``met`` when every category asked for got help that met it, ``partly`` when
    some help met or partly met the request, ``not_met`` when what arrived met none of it, ``nothing`` when nothing
    arrived; empty where the data do not code ``content_match``), ``troops_delivered`` (personnel, coded figure),
    ``contributors``, ``days_to_arrival`` (first delivery of any kind). Day counts are empty unless both dates are known to the day. Every appeal
    appears, with or without assistance rows.

    >>> appeals = pd.DataFrame({"appeal_id": ["A-1", "B-1"], "requester": ["AAA", "BBB"],
    ...     "date": pd.to_datetime(["2022-01-05", "2010-06-12"]), "crisis": ["x", "y"],
    ...     "decision": ["approved", "declined"], "decision_date": pd.to_datetime(["2022-01-06", "2010-06-14"])})
    >>> rows = pd.DataFrame({"appeal_id": ["A-1", "A-1", "B-1"], "side": ["requested", "delivered", "requested"],
    ...     "category": ["troops"] * 3, "contributor": [None, "CCC", None], "quantity": [None, 100, None],
    ...     "quantity_low": None, "quantity_high": None, "unit": [None, "personnel", None],
    ...     "start_date": pd.to_datetime(["2022-01-05", "2022-01-06", "2010-06-12"]), "end_date": pd.NaT})
    >>> summary(appeals, rows)[["appeal_id", "decision", "days_to_decision", "share_delivered", "troops_delivered"]]
      appeal_id  decision  days_to_decision  share_delivered  troops_delivered
    0       B-1  declined               2.0              0.0               0.0
    1       A-1  approved               1.0              1.0             100.0
    """
    table = compare(appeals, assistance)
    base = appeals[["appeal_id", "requester", "date", "crisis", "decision", "decision_date"]].copy()
    for col in ("requester", "decision"):
        base[col] = base[col].astype("object")
    day = pd.Series("day", index=appeals.index)
    base["days_to_decision"] = _days(base["decision_date"], appeals.get("decision_precision", day),
                                     base["date"], appeals.get("date_precision", day))
    requested = table[table["requested"]]
    per = pd.DataFrame({
        "categories_requested": requested.groupby("appeal_id").size(),
        "categories_delivered": requested[requested["delivered"]].groupby("appeal_id").size(),
        "troops_delivered": table[table["category"] == "troops"].groupby("appeal_id")["delivered_quantity"].sum(),
        "contributors": table.groupby("appeal_id")["contributors"].agg(
            lambda s: ";".join(sorted({c for v in s for c in v.split(";") if c}))),
        "days_to_arrival": table.groupby("appeal_id")["days_to_arrival"].min(),
    })
    out = base.merge(per, left_on="appeal_id", right_index=True, how="left")
    for col in ("categories_requested", "categories_delivered", "troops_delivered"):
        out[col] = out[col].fillna(0).astype("float64")
    out[["categories_requested", "categories_delivered"]] = out[["categories_requested", "categories_delivered"]].astype(int)
    out["share_delivered"] = (out["categories_delivered"] / out["categories_requested"].where(out["categories_requested"] > 0)).astype("float64")
    out["contributors"] = out["contributors"].fillna("")
    out["content_outcome"] = [_content_outcome(table, a) for a in out["appeal_id"]]
    columns = ["appeal_id", "requester", "date", "crisis", "decision", "days_to_decision", "categories_requested",
               "categories_delivered", "share_delivered", "content_outcome", "troops_delivered", "contributors",
               "days_to_arrival"]
    return out[columns].sort_values(["date", "appeal_id"]).reset_index(drop=True)


def contributions(assistance: pd.DataFrame, category: str | None = None) -> pd.DataFrame:
    """Delivered help per contributing state: appeals answered and the coded quantity per unit.

    >>> rows = pd.DataFrame({"appeal_id": ["A-1", "A-1"], "side": ["delivered"] * 2, "category": ["troops"] * 2,
    ...     "contributor": ["AAA", "BBB"], "quantity": [100, 50], "unit": ["personnel"] * 2})
    >>> contributions(rows, "troops")
      contributor category       unit  appeals  quantity
    0         AAA   troops  personnel        1     100.0
    1         BBB   troops  personnel        1      50.0
    """
    rows = assistance[(assistance["side"].astype("object") == "delivered") & assistance["contributor"].notna()].copy()
    if category is not None:
        rows = rows[rows["category"].astype("object") == category]
    for col in ("contributor", "category", "unit"):
        rows[col] = rows[col].astype("object").fillna("")
    rows["quantity"] = rows["quantity"].astype("float64")
    out = rows.groupby(["contributor", "category", "unit"]).agg(
        appeals=("appeal_id", "nunique"), quantity=("quantity", _total)).reset_index()
    return out.sort_values(["quantity", "contributor"], ascending=[False, True], na_position="last").reset_index(drop=True)
