"""Two alliances on the same measures (csto.alliances): calls, time to decision, material help, contributors,
membership changes; on hand-made tables, on the contract-only NATO fixture and on the shipped directories."""

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import csto
from csto import alliances
from csto.alliances import (CALL_COLUMNS, UNNAMED, by_name, call_ids, calls, clause, contributors, help_kinds,
                            membership_changes, name_of, per_decade, sibling_data_dir, side_by_side, summarise)

ROOT = Path(__file__).resolve().parents[1]


def appeals(*items):
    """Appeal rows with the contract's columns: (appeal_id, requester, date, precision, crisis, decision,
    decision_date, decision precision)."""
    cols = ["appeal_id", "requester", "date", "date_precision", "crisis", "decision", "decision_date",
            "decision_precision"]
    frame = pd.DataFrame(items, columns=cols)
    frame["legal_basis"] = "none stated"
    for col in ("date", "decision_date"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def assistance(*items):
    """Assistance rows: (appeal_id, side, category, contributor, start_date, start_precision)."""
    frame = pd.DataFrame(items, columns=["appeal_id", "side", "category", "contributor", "start_date",
                                         "start_precision"])
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    return frame


JOINT = appeals(
    ("BBB-2022-02", "BBB", "2022-02-24", "day", "invasion", "approved", "2022-02-24", "day"),
    ("AAA-2022-02", "AAA", "2022-02-24", "day", "invasion", "approved", "2022-02-24", "day"),
    ("CCC-2010-06", "CCC", "2010-06-12", "day", "riots", "partially_approved", "2010-06-01", "month"),
    ("DDD-1992-08", "DDD", "1992-08-01", "month", "war", "no_decision", None, None),
    ("EEE-2015-07", "EEE", "2015-07-26", "day", "bombing", "approved", "2015-07-28", "day"),
)
HELP = assistance(
    ("AAA-2022-02", "requested", "consultations", None, "2022-02-24", "day"),
    ("BBB-2022-02", "requested", "consultations", None, "2022-02-24", "day"),
    ("AAA-2022-02", "delivered", "troops", None, "2022-02-25", "day"),
    ("BBB-2022-02", "delivered", "troops", None, "2022-02-25", "day"),
    ("AAA-2022-02", "delivered", "equipment", "XXX", None, None),
    ("CCC-2010-06", "requested", "troops", None, "2010-06-12", "day"),
    ("CCC-2010-06", "delivered", "equipment", "YYY", "2010-06-01", "month"),
    ("CCC-2010-06", "delivered", "equipment", "XXX", "2010-06-20", "day"),
    ("DDD-1992-08", "requested", "troops", None, "1992-08-01", "month"),
    ("EEE-2015-07", "requested", "consultations", None, "2015-07-26", "day"),
    ("EEE-2015-07", "delivered", "political_statement", None, "2015-07-28", "day"),
)


def test_rows_with_one_date_and_crisis_are_one_call():
    ids = call_ids(JOINT)
    assert ids["BBB-2022-02"] == ids["AAA-2022-02"] == "AAA-2022-02"
    assert ids.nunique() == 4


def test_calls_count_a_joint_request_once():
    table = calls(JOINT, HELP)
    assert list(table.columns) == CALL_COLUMNS
    assert table["call_id"].tolist() == ["DDD-1992-08", "CCC-2010-06", "EEE-2015-07", "AAA-2022-02"]
    joint = table.set_index("call_id").loc["AAA-2022-02"]
    assert (joint["rows"], joint["requesters"], joint["appeal_ids"]) == (2, "AAA;BBB", "AAA-2022-02;BBB-2022-02")
    assert joint["delivered"] == "equipment;troops" and joint["contributors"] == "XXX"


def test_days_only_where_both_dates_are_known_to_the_day():
    table = calls(JOINT, HELP).set_index("call_id")
    assert table.loc["AAA-2022-02", "days_to_decision"] == 0
    assert table.loc["EEE-2015-07", "days_to_decision"] == 2
    assert math.isnan(table.loc["CCC-2010-06", "days_to_decision"])  # decision known to the month
    assert math.isnan(table.loc["DDD-1992-08", "days_to_decision"])  # no decision
    assert table.loc["AAA-2022-02", "days_to_material"] == 1  # the undated equipment row is skipped
    # the first material delivery is known only to the month: no day count, not the later day-precise one
    assert math.isnan(table.loc["CCC-2010-06", "days_to_material"])


def test_outcomes_material_non_material_nothing():
    table = calls(JOINT, HELP).set_index("call_id")
    assert table["outcome"].to_dict() == {"DDD-1992-08": "nothing delivered", "CCC-2010-06": "material",
                                          "EEE-2015-07": "non-material only", "AAA-2022-02": "material"}
    assert table["asked_material"].to_dict() == {"DDD-1992-08": True, "CCC-2010-06": True,
                                                 "EEE-2015-07": False, "AAA-2022-02": False}


def test_material_categories_can_be_chosen():
    table = calls(JOINT, HELP, material=["political_statement"]).set_index("call_id")
    assert table.loc["EEE-2015-07", "outcome"] == "material"
    assert table.loc["AAA-2022-02", "outcome"] == "non-material only"


def test_rows_that_disagree_on_the_decision_are_mixed():
    split = JOINT.copy()
    split.loc[split["appeal_id"] == "BBB-2022-02", "decision"] = "declined"
    assert calls(split, HELP).set_index("call_id").loc["AAA-2022-02", "decision"] == "mixed"


def test_calls_without_precision_columns_take_dates_as_days():
    bare = JOINT.drop(columns=["date_precision", "decision_precision"])
    table = calls(bare, HELP.drop(columns=["start_precision"])).set_index("call_id")
    assert table.loc["CCC-2010-06", "days_to_decision"] == -11  # 1 June read as a day, before the request
    assert table.loc["CCC-2010-06", "days_to_material"] == -11
    assert math.isnan(table.loc["DDD-1992-08", "days_to_decision"])  # still no decision


def test_per_decade_fills_empty_decades():
    table = per_decade(calls(JOINT, HELP), start=1980, end=2029)
    assert table.index.tolist() == [1980, 1990, 2000, 2010, 2020]
    assert table["calls"].tolist() == [0, 1, 0, 2, 1]
    assert table["rows"].tolist() == [0, 1, 0, 2, 2]


def test_per_decade_of_no_calls():
    empty = calls(JOINT.iloc[0:0], HELP.iloc[0:0])
    assert per_decade(empty, start=2000, end=2010)["calls"].tolist() == [0, 0]
    assert per_decade(empty).empty is False  # one zero decade, not an error


def test_help_kinds_counts_calls_not_rows():
    kinds = help_kinds(calls(JOINT, HELP)).set_index("category")
    assert kinds.loc["troops"].tolist() == [2, 1, True]  # asked by two calls; the joint call's two rows count once
    assert kinds.loc["consultations", "asked"] == 2
    assert kinds.loc["political_statement", "material"] == False  # noqa: E712


def test_contributors_per_call_with_unnamed_totals():
    table = contributors(JOINT, HELP).set_index("contributor")
    assert table.loc["XXX", "calls"] == 2 and table.loc["XXX", "call_ids"] == "AAA-2022-02;CCC-2010-06"
    assert table.loc[UNNAMED, "calls"] == 1  # the troops on both joint rows
    assert "political_statement" in contributors(JOINT, HELP, material=None).set_index("contributor").loc[
        UNNAMED, "categories"]


def test_clause_uses_each_treaty_numbering():
    csto_basis = pd.Series(["Article 4 CST", "Article 2 CST (consultations)", "none stated"])
    assert clause(csto_basis, {"mutual assistance": r"^Article 4 CST", "consultation": r"^Article 2 CST"}
                  ).tolist() == ["mutual assistance", "consultation", "other or none"]
    nato_basis = pd.Series(["North Atlantic Treaty, Article 4", "none stated (follows the Article 4 consultations)"])
    assert clause(nato_basis, {"consultation": r"^North Atlantic Treaty, Article 4$"}).tolist() == [
        "consultation", "other or none"]


def spells(*items):
    cols = ["organization", "state", "status", "start_date", "end_date", "end_reason"]
    frame = pd.DataFrame(items, columns=cols)
    for col in ("start_date", "end_date"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def test_membership_changes_kinds():
    table = membership_changes(spells(
        ("X", "AAA", "member", "1990-01-01", None, None),
        ("X", "BBB", "member", "1990-01-01", "2000-01-01", "suspended"),
        ("X", "BBB", "suspended", "2000-01-01", "2005-01-01", "readmitted"),
        ("X", "BBB", "member", "2005-01-01", None, None),
        ("X", "CCC", "member", "1995-01-01", "1999-01-01", "withdrew"),
        ("X", "DDD", "observer", "1996-01-01", None, None),
    ))
    assert list(zip(table["state"], table["kind"])) == [
        ("AAA", "founding"), ("BBB", "founding"), ("CCC", "joined"), ("CCC", "left"),
        ("BBB", "suspended or frozen"), ("BBB", "restored")]
    assert table["decade"].tolist() == [1990, 1990, 1990, 1990, 2000, 2000]


def test_membership_changes_of_no_spells():
    assert membership_changes(spells()).empty


def test_csto_membership_changes_follow_the_successor():
    ds = csto.load()
    table = membership_changes(ds.memberships, ds.organizations)
    counts = table.groupby("kind").size().to_dict()
    assert counts == {"founding": 6, "joined": 3, "left": 3, "suspended or frozen": 2, "restored": 1}
    assert table.loc[table["kind"] == "restored", ["state", "date"]].values.tolist() == [
        ["UZB", pd.Timestamp("2006-08-16")]]  # the 2006 protocol restored the membership that lapsed in 1999
    assert not (table["date"] == pd.Timestamp("2002-10-07")).any()  # CST -> CSTO is not an exit and a join
    assert set(table.loc[table["kind"] == "left", "state"]) == {"AZE", "GEO", "UZB"}


def test_fixture_without_appeals_gives_empty_calls_and_zero_summary():
    ds = csto.load(ROOT / "tests" / "fixtures" / "nato")
    table = calls(ds.appeals, ds.assistance)
    assert table.empty and list(table.columns) == CALL_COLUMNS
    s = summarise(ds)
    assert s.name == "NATO"
    assert (s["calls"], s["appeal_rows"], s["calls_with_material"]) == (0, 0, 0)
    assert math.isnan(s["material_share"]) and math.isnan(s["median_days_to_decision"])
    assert membership_changes(ds.memberships, ds.organizations)["kind"].value_counts().to_dict() == {
        "joined": 20, "founding": 4}


def test_contract_only_tables_with_a_joint_request(nato):
    """The fixture has only the contract's columns; add a joint request and its help, load and summarise."""
    with open(nato / "appeals.csv", "a", encoding="utf-8", newline="") as f:
        for state in ("POL", "EST", "LTU"):
            f.write(f"{state}-2022-02,NATO,{state},2022-02-24,day,invasion,Article 4,consultations,approved,"
                    "2022-02-24,day,nato-member-countries\n")
        f.write("TUR-2012-11,NATO,TUR,2012-11-21,day,border,none stated,air defence,approved,2012-12-04,day,"
                "nato-member-countries\n")
    with open(nato / "assistance.csv", "a", encoding="utf-8", newline="") as f:
        for state in ("POL", "EST", "LTU"):
            f.write(f"{state}-2022-02,requested,consultations,,,,2022-02-24,day,,,nato-member-countries\n")
            f.write(f"{state}-2022-02,delivered,political_statement,,,,2022-02-24,day,,,nato-member-countries\n")
        f.write("TUR-2012-11,requested,equipment,,,,2012-11-21,day,,,nato-member-countries\n")
        f.write("TUR-2012-11,delivered,equipment,DEU,2,batteries,2013-01-30,day,,,nato-member-countries\n")
    ds = csto.load(nato)
    s = summarise(ds)
    assert (s["appeal_rows"], s["calls"], s["joint_calls"], s["calls_with_material"]) == (4, 2, 1, 1)
    assert s["material_share"] == 0.5 and s["material_share_rows"] == 0.25
    assert s["median_days_to_decision"] == 6.5 and s["median_days_to_material"] == 70
    assert contributors(ds.appeals, ds.assistance)["contributor"].tolist() == ["DEU"]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=8), st.booleans())
def test_splitting_a_call_into_rows_changes_no_call_measure(requesters, material):
    """A joint request of n states (n rows) has the figures of the same request made by one state."""
    category = "troops" if material else "political_statement"
    ids = [f"S{i}-2022-02" for i in range(requesters)]
    rows = appeals(*[(a, a[:2], "2022-02-24", "day", "war", "approved", "2022-02-26", "day") for a in ids])
    help_rows = assistance(*[(a, "delivered", category, None, "2022-02-25", "day") for a in ids])
    table = calls(rows, help_rows)
    assert len(table) == 1 and table["rows"].iloc[0] == requesters
    assert table["days_to_decision"].iloc[0] == 2 and table["got_material"].iloc[0] == material
    assert per_decade(table)["calls"].tolist() == [1]
    assert help_kinds(table)["delivered"].tolist() == [1]


def test_shipped_directories_side_by_side():
    table = side_by_side(by_name(csto.load(), csto.load(sibling_data_dir("nato"))))
    assert list(table.columns) == ["CSTO", "NATO"]
    nato = table["NATO"]
    assert (nato["appeal_rows"], nato["calls"], nato["joint_calls"], nato["calls_timed"]) == (19, 12, 1, 11)
    assert (nato["calls_with_material"], nato["calls_asking_material"], nato["asked_and_got_material"]) == (7, 4, 4)
    assert nato["median_days_to_decision"] == 1 and nato["max_days_to_decision"] == 13
    assert (str(nato["first_call"]), str(nato["last_call"])) == ("1990-12-01", "2025-09-19")
    cst = table["CSTO"]
    assert (cst["calls"], cst["calls_decided"], cst["calls_timed"], cst["calls_with_material"]) == (9, 5, 4, 3)
    # through the alliance only: Russia's bilateral help to Kyrgyzstan in 1999 is not the CST's answer
    kgz = calls(csto.load().appeals, csto.load().assistance).set_index("call_id").loc["KGZ-1999-08"]
    assert kgz["got_material"] and kgz["contributors"] == ""
    assert cst["median_days_to_decision"] == 16.5 and cst["max_days_to_decision"] == 1240


def test_names_and_labels():
    nato = csto.load(sibling_data_dir("nato"))
    assert name_of(nato) == "NATO"
    assert list(by_name(nato, nato)) == ["NATO", "NATO (nato)"]


def test_sibling_data_dir_prefers_the_data_dir_then_the_checkout(tmp_path, monkeypatch):
    own = tmp_path / "copy" / "nato"
    own.mkdir(parents=True)
    (own / "appeals.csv").write_text("appeal_id\n", encoding="utf-8")
    monkeypatch.setenv("CSTO_DATA_DIR", str(tmp_path / "copy"))
    assert sibling_data_dir("nato") == own
    monkeypatch.setenv("CSTO_DATA_DIR", str(tmp_path / "elsewhere"))
    assert sibling_data_dir("nato") == ROOT / "data" / "nato"
    assert sibling_data_dir("nato", tmp_path / "copy") == own
    with pytest.raises(FileNotFoundError, match="no tables for 'warsaw_pact'"):
        sibling_data_dir("warsaw_pact")


def test_exports():
    assert csto.side_by_side is alliances.side_by_side
    assert csto.sibling_data_dir is alliances.sibling_data_dir
    assert csto.membership_changes is alliances.membership_changes
