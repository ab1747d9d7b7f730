"""Requested versus delivered: the comparison table, the per-appeal summary and contributions."""

import math

import pandas as pd

from csto.assistance import compare, contributions, summary

APPEALS = pd.DataFrame({
    "appeal_id": ["AAA-2022-01", "BBB-2010-06", "CCC-2021-05"],
    "requester": ["AAA", "BBB", "CCC"],
    "date": pd.to_datetime(["2022-01-05", "2010-06-12", "2021-05-13"]),
    "crisis": ["unrest", "clashes", "border"],
    "decision": ["approved", "declined", "no_decision"],
    "decision_date": pd.to_datetime(["2022-01-06", "2010-06-14", None]),
})


def rows(*items):
    cols = ["appeal_id", "side", "category", "contributor", "quantity", "quantity_low", "quantity_high", "unit",
            "start_date", "end_date"]
    frame = pd.DataFrame(items, columns=cols)
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    frame["end_date"] = pd.to_datetime(frame["end_date"])
    return frame


ASSISTANCE = rows(
    ("AAA-2022-01", "requested", "troops", None, None, None, None, None, "2022-01-05", None),
    ("AAA-2022-01", "delivered", "troops", "RUS", 1500, None, None, "personnel", "2022-01-06", "2022-01-19"),
    ("AAA-2022-01", "delivered", "troops", "ARM", 70, 70, 100, "personnel", "2022-01-07", "2022-01-13"),
    ("AAA-2022-01", "delivered", "equipment", "RUS", None, None, None, None, "2022-01-06", None),
    ("BBB-2010-06", "requested", "troops", None, None, None, None, None, "2010-06-12", None),
    ("BBB-2010-06", "delivered", "consultations", None, None, None, None, None, "2010-06-14", None),
)


def test_compare_puts_requested_beside_delivered():
    table = compare(APPEALS, ASSISTANCE).set_index(["appeal_id", "category"])
    troops = table.loc[("AAA-2022-01", "troops")]
    assert (troops["requested"], troops["delivered"]) == (True, True)
    assert troops["delivered_quantity"] == 1570
    assert (troops["delivered_low"], troops["delivered_high"]) == (1570, 1600)
    assert troops["contributors"] == "ARM;RUS"
    assert troops["days_to_arrival"] == 1
    assert troops["last_departure"] == pd.Timestamp("2022-01-19")
    equipment = table.loc[("AAA-2022-01", "equipment")]
    assert (equipment["requested"], equipment["delivered"]) == (False, True)
    assert math.isnan(equipment["delivered_quantity"])  # unknown, not zero
    refused = table.loc[("BBB-2010-06", "troops")]
    assert (refused["requested"], refused["delivered"]) == (True, False)
    assert table.loc[("BBB-2010-06", "consultations"), "requested"] == False  # noqa: E712


def test_compare_empty():
    assert compare(APPEALS, ASSISTANCE.iloc[0:0]).empty


def test_summary_has_every_appeal_and_the_gap():
    table = summary(APPEALS, ASSISTANCE).set_index("appeal_id")
    assert list(table.index) == ["BBB-2010-06", "CCC-2021-05", "AAA-2022-01"]
    assert table.loc["AAA-2022-01", "share_delivered"] == 1.0
    assert table.loc["AAA-2022-01", "troops_delivered"] == 1570
    assert table.loc["AAA-2022-01", "contributors"] == "ARM;RUS"
    assert table.loc["BBB-2010-06", "share_delivered"] == 0.0
    assert table.loc["BBB-2010-06", "days_to_decision"] == 2
    assert math.isnan(table.loc["CCC-2021-05", "share_delivered"])  # nothing recorded as requested
    assert math.isnan(table.loc["CCC-2021-05", "days_to_decision"])


def test_contributions_rank_states():
    table = contributions(ASSISTANCE, "troops")
    assert table[["contributor", "quantity"]].values.tolist() == [["RUS", 1500.0], ["ARM", 70.0]]
    assert contributions(ASSISTANCE)["contributor"].tolist() == ["RUS", "ARM", "RUS"]


def test_compare_prefers_the_organizations_total_to_the_sum_of_contributors():
    table = compare(APPEALS, rows(
        ("AAA-2022-01", "delivered", "troops", None, 2030, 2000, 2500, "personnel", "2022-01-06", None),
        ("AAA-2022-01", "delivered", "troops", "ARM", 100, 70, 100, "personnel", "2022-01-07", None),
        ("AAA-2022-01", "delivered", "troops", "BLR", 500, None, None, "personnel", "2022-01-06", None),
    )).iloc[0]
    assert (table["delivered_quantity"], table["delivered_low"], table["delivered_high"]) == (2030, 2000, 2500)
    assert table["contributors"] == "ARM;BLR"


def test_compare_does_not_add_up_different_units():
    table = compare(APPEALS, rows(
        ("AAA-2022-01", "delivered", "equipment", "RUS", 75, None, None, "aircraft", "2022-01-06", None),
        ("AAA-2022-01", "delivered", "equipment", "KGZ", 19, None, None, "vehicles", "2022-01-07", None),
    )).iloc[0]
    assert math.isnan(table["delivered_quantity"])
    assert table["unit"] == "several"
    assert table["delivered_detail"] == "75 aircraft; 19 vehicles"


def test_day_counts_need_day_precision():
    appeals = APPEALS.assign(date_precision="day", decision_precision=["day", "month", None])
    assistance = ASSISTANCE.assign(start_precision=["day", "day", "month", "day", "day", "day"])
    table = compare(appeals, assistance).set_index(["appeal_id", "category"])
    assert table.loc[("AAA-2022-01", "troops"), "days_to_arrival"] == 1  # first arrival (RUS) is day-precise
    assert math.isnan(compare(appeals, assistance.assign(start_precision="month")).loc[0, "days_to_arrival"])
    decided = summary(appeals, assistance).set_index("appeal_id")["days_to_decision"]
    assert decided["AAA-2022-01"] == 1 and math.isnan(decided["BBB-2010-06"])
