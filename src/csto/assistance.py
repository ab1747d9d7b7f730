"""Requested versus delivered: what each appeal asked for beside what arrived."""

from __future__ import annotations

import pandas as pd

COMPARE_COLUMNS = ["appeal_id", "category", "requested", "delivered", "requested_quantity", "delivered_quantity",
                   "delivered_low", "delivered_high", "unit", "contributors", "first_arrival", "last_departure",
                   "days_to_arrival"]


def _joined(values: pd.Series) -> str:
    return ";".join(sorted({str(v) for v in values.dropna()}))


def _total(values: pd.Series) -> float:
    """Sum of known figures, missing (not 0) when no figure is known: an unknown number is not zero."""
    known = values.dropna()
    return float(known.sum()) if len(known) else float("nan")


def compare(appeals: pd.DataFrame, assistance: pd.DataFrame) -> pd.DataFrame:
    """One row per appeal and category, putting what was requested beside what was delivered.

    Delivered quantities are summed over contributors; ``delivered_low``/``delivered_high`` sum the ranges
    the sources give (falling back to the coded figure where a row has no range). ``days_to_arrival`` counts
    from the appeal to the first delivery of that category. Categories neither requested nor delivered are
    absent; an appeal with no assistance rows has no rows here.

    >>> appeals = pd.DataFrame({"appeal_id": ["A-1"], "date": pd.to_datetime(["2022-01-05"])})
    >>> rows = pd.DataFrame({"appeal_id": ["A-1", "A-1", "A-1"], "side": ["requested", "delivered", "delivered"],
    ...     "category": ["troops"] * 3, "contributor": [None, "AAA", "BBB"], "quantity": [None, 100, 50],
    ...     "quantity_low": [None, 80, None], "quantity_high": [None, 120, None], "unit": [None, "personnel", "personnel"],
    ...     "start_date": pd.to_datetime(["2022-01-05", "2022-01-06", "2022-01-07"]), "end_date": pd.NaT})
    >>> compare(appeals, rows)[["category", "requested", "delivered", "delivered_quantity", "delivered_low",
    ...     "delivered_high", "contributors", "days_to_arrival"]]
      category  requested  delivered  delivered_quantity  delivered_low  delivered_high contributors  days_to_arrival
    0   troops       True       True               150.0          130.0           170.0      AAA;BBB              1.0
    """
    rows = assistance.copy()
    rows["category"] = rows["category"].astype("object")
    rows["side"] = rows["side"].astype("object")
    for col in ("quantity", "quantity_low", "quantity_high"):
        rows[col] = rows[col].astype("float64")
    rows["low"] = rows["quantity_low"].fillna(rows["quantity"])
    rows["high"] = rows["quantity_high"].fillna(rows["quantity"])
    req = rows[rows["side"] == "requested"].groupby(["appeal_id", "category"]).agg(
        requested_quantity=("quantity", _total), requested_unit=("unit", _joined))
    dlv = rows[rows["side"] == "delivered"].groupby(["appeal_id", "category"]).agg(
        delivered_quantity=("quantity", _total), delivered_low=("low", _total), delivered_high=("high", _total),
        delivered_unit=("unit", _joined), contributors=("contributor", _joined),
        first_arrival=("start_date", "min"), last_departure=("end_date", "max"))
    table = req.join(dlv, how="outer").reset_index()
    table["requested"] = table["appeal_id"].notna() & table.set_index(["appeal_id", "category"]).index.isin(req.index)
    table["delivered"] = table.set_index(["appeal_id", "category"]).index.isin(dlv.index)
    table["unit"] = table["delivered_unit"].where(table["delivered_unit"].fillna("") != "", table["requested_unit"])
    dates = appeals.set_index("appeal_id")["date"]
    table["days_to_arrival"] = (table["first_arrival"] - table["appeal_id"].map(dates)).dt.days.astype("float64")
    table["contributors"] = table["contributors"].fillna("")
    table["unit"] = table["unit"].fillna("")
    return table[COMPARE_COLUMNS].sort_values(["appeal_id", "category"]).reset_index(drop=True)


def summary(appeals: pd.DataFrame, assistance: pd.DataFrame) -> pd.DataFrame:
    """One row per appeal: the decision, how fast it came, and how much of what was asked for arrived.

    Columns: ``appeal_id``, ``requester``, ``date``, ``crisis``, ``decision``, ``days_to_decision``,
    ``categories_requested``, ``categories_delivered`` (requested categories with any delivery),
    ``share_delivered``, ``troops_delivered`` (personnel, coded figure), ``contributors``, ``days_to_arrival``
    (first delivery of any kind). Every appeal appears, with or without assistance rows.

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
    base["days_to_decision"] = (base["decision_date"] - base["date"]).dt.days.astype("float64")
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
    columns = ["appeal_id", "requester", "date", "crisis", "decision", "days_to_decision", "categories_requested",
               "categories_delivered", "share_delivered", "troops_delivered", "contributors", "days_to_arrival"]
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
