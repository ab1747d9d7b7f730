"""Comparing another dataset's coding with ours: spells, state-years, dyad-years (hand-made frames), and the
committed ATOP extract in data/external/ beside our spells."""

import math
from pathlib import Path

import pandas as pd
import pytest

from csto import compare_years, load, state_year_panel
from csto.compare import (atop_spells, by_year, compare_dyad_years, compare_spells, compare_state_years,
                          dyads_from_codes, explain, member_dyad_years, member_years, summarise)

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT / "data" / "external"
STATES = pd.DataFrame({"iso3": ["AAA", "BBB", "CCC"], "cow_code": [10, 20, 30]})


def spells(*rows, status="member", organization="X"):
    """A spell table from (state, start, end) tuples; end None = open."""
    frame = pd.DataFrame(rows, columns=["state", "start_date", "end_date"])
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    frame["end_date"] = pd.to_datetime(frame["end_date"])
    frame.insert(0, "organization", organization)
    frame["status"] = status
    return frame


def pairs(frame):
    return [tuple(r) for r in frame[["state_a", "state_b", "year"]].itertuples(index=False)]


# --- ATOP layout and COW-coded dyads ---------------------------------------------------------------------------

def test_atop_spells_reads_open_exits_and_partial_dates():
    rows = pd.DataFrame({"atopid": [1, 1, 1], "phase": [0, 0, 0], "member": [10, 20, 30],
                         "yrent": [1992, 1993, 1994], "moent": [5, 9, 0], "dayent": [15, 0, 0],
                         "yrexit": [0, 1999, 2001], "moexit": [0, 4, 3], "dayexit": [0, 20, float("nan")]})
    table = atop_spells(rows, STATES)
    assert table["state"].tolist() == ["AAA", "BBB", "CCC"]
    assert table["start_date"].dt.strftime("%Y-%m-%d").tolist() == ["1992-05-15", "1993-09-01", "1994-01-01"]
    assert table["start_precision"].tolist() == ["day", "month", "year"]
    assert pd.isna(table.loc[0, "end_date"]) and table.loc[0, "end_precision"] is None
    assert table.loc[1, "end_date"] == pd.Timestamp("1999-04-20") and table.loc[1, "end_precision"] == "day"
    assert table.loc[2, "end_date"] == pd.Timestamp("2001-03-01") and table.loc[2, "end_precision"] == "month"


def test_atop_spells_needs_states_or_a_state_column_and_known_codes():
    rows = pd.DataFrame({"member": [99], "yrent": [1992], "moent": [1], "dayent": [1],
                         "yrexit": [0], "moexit": [0], "dayexit": [0]})
    with pytest.raises(ValueError, match="pass states"):
        atop_spells(rows)
    with pytest.raises(KeyError, match=r"\[99\]"):
        atop_spells(rows, STATES)


def test_dyads_from_codes_makes_undirected_pairs_keeping_a_pledge_made_either_way():
    ddy = pd.DataFrame({"ccode1": [20, 10, 30, 10], "ccode2": [10, 20, 10, 30], "year": [2000, 2000, 2001, 2001],
                        "atop_defense": [0, 1, 0, 0], "atop_consul": [1, 0, 0, 1]})
    table = dyads_from_codes(ddy, STATES)
    assert table.values.tolist() == [["AAA", "BBB", 2000, 1, 1], ["AAA", "CCC", 2001, 0, 1]]
    assert dyads_from_codes(ddy[["ccode1", "ccode2", "year"]], STATES).values.tolist() == [
        ["AAA", "BBB", 2000], ["AAA", "CCC", 2001]]
    with pytest.raises(KeyError, match=r"\[40\]"):
        dyads_from_codes(pd.DataFrame({"ccode1": [40], "ccode2": [10], "year": [2000]}), STATES)


# --- spells ----------------------------------------------------------------------------------------------------

def test_compare_spells_open_ends_and_coverage():
    theirs = spells(("AAA", "2002-10-07", None), ("BBB", "2002-10-07", None), ("CCC", "2002-10-07", "2010-01-01"))
    ours = spells(("AAA", "2002-10-07", "2024-02-22"), ("BBB", "2002-10-07", "2010-05-01"),
                  ("CCC", "2002-10-07", None))
    table = compare_spells(ours, theirs, coverage_end="2016-12-31")
    # AAA: open there, ours ends after their coverage -> match; BBB: ours ends inside it -> no;
    # CCC: they end it, we do not -> no.
    assert table[["state", "start_agrees", "end_agrees", "agrees"]].values.tolist() == [
        ["AAA", True, True, True], ["BBB", True, False, False], ["CCC", True, False, False]]
    # Without a coverage end, only an open end of ours matches their open end.
    assert compare_spells(ours, theirs)["end_agrees"].tolist() == [False, False, False]


def test_compare_spells_precision_from_argument_and_from_their_rows():
    theirs = spells(("AAA", "2006-08-17", "2012-06-28"), ("BBB", "2002-01-01", "2012-01-01"))
    theirs["start_precision"] = ["day", "year"]
    theirs["end_precision"] = ["day", "year"]
    ours = spells(("AAA", "2006-08-16", "2012-06-20"), ("BBB", "2002-10-07", "2012-06-20"))
    assert compare_spells(ours, theirs)["agrees"].tolist() == [False, True]
    assert compare_spells(ours, theirs, precision="month")["agrees"].tolist() == [True, True]
    with pytest.raises(ValueError, match="precision"):
        compare_spells(ours, theirs, precision="week")


def test_compare_spells_state_on_one_side_only_and_two_phases_against_one_spell():
    theirs = spells(("AAA", "1992-05-15", "2002-10-07"), ("AAA", "2002-10-07", None), ("CCC", "1993-01-01", None))
    theirs["phase"] = [1, 2, 0]
    ours = spells(("AAA", "1992-05-15", None), ("BBB", "1994-01-01", None))
    table = compare_spells(ours, theirs)
    assert table.columns.tolist()[:3] == ["organization", "status", "phase"]  # their other columns, in front
    assert table[["state", "start_agrees", "end_agrees", "agrees"]].values.tolist() == [
        ["AAA", True, False, False], ["AAA", False, True, False], ["BBB", False, False, False],
        ["CCC", False, False, False]]
    assert table["phase"].tolist()[:2] == [1, 2] and pd.isna(table.loc[2, "phase"]) and table.loc[3, "phase"] == 0
    assert pd.isna(table.loc[2, "dataset_start"]) and table.loc[2, "our_start"] == pd.Timestamp("1994-01-01")
    assert pd.isna(table.loc[3, "our_start"]) and table.loc[3, "dataset_start"] == pd.Timestamp("1993-01-01")


def test_compare_spells_uses_only_the_status_asked_for_and_the_largest_overlap():
    theirs = spells(("AAA", "2006-08-17", "2012-06-28"))
    ours = pd.concat([spells(("AAA", "1992-05-15", "1999-04-20"), ("AAA", "2006-08-16", "2012-06-20")),
                      spells(("AAA", "2012-06-20", None), status="suspended")], ignore_index=True)
    table = compare_spells(ours, theirs)
    assert table[["our_start", "our_end"]].astype(str).values.tolist() == [
        ["1992-05-15", "1999-04-20"], ["2006-08-16", "2012-06-20"]]
    assert table["dataset_start"].isna().tolist() == [True, False]
    assert len(compare_spells(ours, theirs, status=None)) == 3


def test_compare_spells_empty():
    empty = spells()
    table = compare_spells(empty, empty)
    assert table.empty and {"state", "dataset_start", "our_start", "agrees"} <= set(table.columns)
    assert compare_spells(empty, spells(("AAA", "2000-01-01", None)))["agrees"].tolist() == [False]


# --- state-years -----------------------------------------------------------------------------------------------

def test_member_years_rules_and_edges():
    table = spells(("AAA", "1999-12-31", "2001-01-01"), ("BBB", "2000-03-01", "2000-09-01"),
                   ("CCC", "2000-06-01", None))
    # AAA: one day of 1999 and all of 2000 (its end, 1 Jan 2001, is the first day no longer a member).
    assert member_years(table, 1999, 2001).values.tolist() == [
        ["AAA", 1999], ["AAA", 2000], ["BBB", 2000], ["CCC", 2000], ["CCC", 2001]]
    # On 31 December: AAA in 1999 and 2000, BBB never, CCC from 2000.
    assert member_years(table, 1999, 2001, rule="dec31").values.tolist() == [
        ["AAA", 1999], ["AAA", 2000], ["CCC", 2000], ["CCC", 2001]]
    assert member_years(table, 2001, 2001).values.tolist() == [["CCC", 2001]]
    assert member_years(spells(), 1999, 2001).empty
    assert member_years(spells(("AAA", "2000-01-01", None), status="frozen"), 2000, 2001).empty
    with pytest.raises(ValueError, match="rule"):
        member_years(table, 1999, 2001, rule="mid_year")


def test_compare_state_years_counts_the_exit_year_of_a_day_precise_spell():
    ours = spells(("AAA", "1992-05-15", "1999-04-20"), ("BBB", "1993-12-31", None))
    theirs = spells(("AAA", "1992-05-15", "1999-04-20"), ("BBB", "1994-01-03", None), ("CCC", "1993-01-22", None))
    table = compare_state_years(ours, theirs, 1998, 2000)
    assert table.values.tolist() == [
        ["AAA", 1998, True, True, True], ["AAA", 1999, True, True, True], ["AAA", 2000, False, False, True],
        ["BBB", 1998, True, True, True], ["BBB", 1999, True, True, True], ["BBB", 2000, True, True, True],
        ["CCC", 1998, False, True, False], ["CCC", 1999, False, True, False], ["CCC", 2000, False, True, False]]
    early = compare_state_years(ours, theirs, 1993, 1993)
    assert early.loc[early["state"] == "BBB", ["ours", "theirs"]].values.tolist() == [[True, False]]


def test_compare_state_years_gives_what_compare_years_gives_for_year_precision_rows():
    ours = pd.concat([spells(("AAA", "1992-05-15", "1999-04-20"), ("AAA", "2006-08-16", "2012-06-20"),
                             ("BBB", "1992-05-15", None)),
                      spells(("AAA", "2012-06-20", None), status="suspended")], ignore_index=True)
    xw = pd.DataFrame({"dataset": ["D", "D"], "state": ["AAA", "BBB"],
                       "dataset_start": pd.to_datetime(["2002-01-01", "2002-01-01"]),
                       "dataset_end": pd.to_datetime(["2012-01-01", None])})
    old = compare_years(state_year_panel(ours, until="2014-12-31"), xw, "D", last_year=2014)
    theirs = xw.rename(columns={"dataset_start": "start_date", "dataset_end": "end_date"})
    new = compare_state_years(ours, theirs, 2002, 2014)
    pd.testing.assert_frame_equal(new, old.astype({"year": "int64"}), check_dtype=False)


def test_compare_years_counts_the_exit_year_of_a_day_precise_crosswalk_row_like_compare_state_years():
    # The old compare_years read every end as a year (1 January) and so dropped 2012 for an exit on 28 June 2012.
    ours = spells(("AAA", "2006-08-16", "2012-06-20"), ("BBB", "2002-10-07", None))
    xw = pd.DataFrame({"dataset": ["D", "D"], "state": ["AAA", "BBB"],
                       "dataset_start": pd.to_datetime(["2006-08-17", "2002-10-07"]),
                       "dataset_end": pd.to_datetime(["2012-06-28", None])})
    old = compare_years(state_year_panel(ours, until="2014-12-31"), xw, "D", last_year=2014)
    assert old["agree"].all() and old.loc[old["state"] == "AAA", "theirs"].sum() == 7  # 2006-2012
    theirs = xw.rename(columns={"dataset_start": "start_date", "dataset_end": "end_date"})
    pd.testing.assert_frame_equal(compare_state_years(ours, theirs, 2002, 2014), old)


def test_compare_years_is_exported_with_the_compare_functions():
    import csto
    import csto.compare

    for name in ("atop_spells", "compare_spells", "compare_state_years", "compare_dyad_years", "member_years",
                 "member_dyad_years", "dyads_from_codes", "summarise", "compare_years"):
        assert name in csto.__all__ and callable(getattr(csto, name))
    assert csto.compare_state_years is csto.compare.compare_state_years


def test_compare_state_years_empty_sides():
    ours = spells(("AAA", "2000-01-01", None))
    table = compare_state_years(ours, spells(), 2000, 2001)
    assert table[["state", "year", "ours", "theirs", "agree"]].values.tolist() == [
        ["AAA", 2000, True, False, False], ["AAA", 2001, True, False, False]]
    assert compare_state_years(spells(), spells(), 2000, 2001).empty


# --- dyad-years ------------------------------------------------------------------------------------------------

def test_member_dyad_years_rules():
    table = spells(("AAA", "2000-01-01", "2000-04-01"), ("BBB", "2000-06-01", None), ("CCC", "1999-01-01", None))
    # any_day: each on some day of the year, so AAA-BBB count in 2000 although they never overlapped.
    assert pairs(member_dyad_years(table, 2000, 2001)) == [
        ("AAA", "BBB", 2000), ("AAA", "CCC", 2000), ("BBB", "CCC", 2000), ("BBB", "CCC", 2001)]
    assert pairs(member_dyad_years(table, 2000, 2001, rule="dec31")) == [("BBB", "CCC", 2000), ("BBB", "CCC", 2001)]
    assert member_dyad_years(spells(), 2000, 2001).empty


def test_member_dyad_years_pairs_only_within_an_organization_unless_folded():
    table = pd.concat([spells(("AAA", "2000-01-01", None), organization="OLD"),
                       spells(("BBB", "2000-01-01", None), organization="NEW")], ignore_index=True)
    assert member_dyad_years(table, 2000, 2000).empty
    orgs = pd.DataFrame({"organization": ["OLD", "NEW"], "successor": ["NEW", pd.NA]})
    assert pairs(member_dyad_years(table, 2000, 2000, organizations=orgs)) == [("AAA", "BBB", 2000)]


def test_compare_dyad_years_orders_pairs_and_fills_every_pair_and_year():
    ours = pd.DataFrame({"state_a": ["BBB"], "state_b": ["AAA"], "year": [2000]})
    theirs = pd.DataFrame({"state_a": ["AAA", "AAA", "CCC"], "state_b": ["BBB", "BBB", "AAA"],
                           "year": [2000, 2000, 2001]})
    table = compare_dyad_years(ours, theirs, 2000, 2001)
    assert table.values.tolist() == [
        ["AAA", "BBB", 2000, True, True, True], ["AAA", "BBB", 2001, False, False, True],
        ["AAA", "CCC", 2000, False, False, True], ["AAA", "CCC", 2001, False, True, False],
        ["BBB", "CCC", 2000, False, False, True], ["BBB", "CCC", 2001, False, False, True]]
    only_two = compare_dyad_years(ours, theirs, 2000, 2000, states=["AAA", "BBB"])
    assert len(only_two) == 1 and only_two["agree"].all()
    empty = pd.DataFrame({"state_a": [], "state_b": [], "year": []})
    assert compare_dyad_years(empty, empty, 2000, 2001).empty
    assert compare_dyad_years(empty, empty, 2000, 2000, states=["AAA", "BBB"])["agree"].tolist() == [True]


def test_by_year_counts_each_side_per_year():
    table = compare_dyad_years(pd.DataFrame({"state_a": ["AAA", "AAA"], "state_b": ["BBB", "BBB"], "year": [2000, 2001]}),
                               pd.DataFrame({"state_a": ["BBB", "AAA"], "state_b": ["AAA", "CCC"], "year": [2000, 2001]}),
                               2000, 2001)
    assert by_year(table).reset_index().values.tolist() == [[2000, 1, 0, 0], [2001, 0, 1, 1]]
    assert list(by_year(table).columns) == ["both", "ours_only", "theirs_only"]
    assert by_year(table.iloc[:0]).empty


def test_explain_labels_disagreements_by_the_first_reason_that_covers_them():
    table = compare_state_years(spells(("AAA", "2000-01-01", None)),
                                spells(("BBB", "2000-01-01", None), ("CCC", "2000-01-01", None)), 2000, 2000)
    reasons = {"first": pd.DataFrame({"state": ["BBB"], "year": [2000]}),
               "second": pd.DataFrame({"state": ["BBB", "AAA"], "year": [2000, 2000]})}
    out = explain(table, reasons)
    assert out[["state", "reason"]].values.tolist() == [["AAA", "second"], ["BBB", "first"], ["CCC", None]]
    assert explain(table.iloc[:0], reasons).empty


def test_summarise_counts_and_empty():
    table = pd.DataFrame({"ours": [True, False, False], "theirs": [True, True, False]})
    assert summarise(table) == {"cells": 3, "agree": 2, "share": 0.6667, "both": 1, "ours_only": 0,
                                "theirs_only": 1, "neither": 1}
    empty = summarise(pd.DataFrame({"ours": [], "theirs": []}))
    assert empty["cells"] == 0 and math.isnan(empty["share"])


# --- the shipped data beside the committed extracts ---------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load(validate=False)  # validation of the shipped tables is tested in test_data.py


def test_spells_reproduce_the_shipped_cow_igo_crosswalk(shipped):
    xw = shipped.crosswalk[shipped.crosswalk["dataset"].astype(str) == "COW_IGO"]
    theirs = xw.rename(columns={"dataset_start": "start_date", "dataset_end": "end_date",
                                "dataset_start_precision": "start_precision",
                                "dataset_end_precision": "end_precision"})[
        ["state", "start_date", "start_precision", "end_date", "end_precision"]]
    ours = shipped.memberships[shipped.memberships["organization"].astype(str) == "CSTO"]
    table = compare_spells(ours, theirs, coverage_end="2014-12-31")
    expected = dict(zip(xw["state"].astype(str), xw["agrees"].astype(bool)))
    assert dict(zip(table["state"], table["agrees"])) == expected


def test_atop_4220_extract_beside_our_spells(shipped):
    members = pd.read_csv(EXTERNAL / "atop_4220_members.csv")
    cst = atop_spells(members[members["atopid"] == 4220])
    memberships = shipped.memberships
    disagree = []
    for phase, org in ((1, "CST"), (2, "CSTO")):
        table = compare_spells(memberships[memberships["organization"].astype(str) == org], cst[cst["phase"] == phase],
                               coverage_end="2016-12-31")
        disagree += [(phase, s) for s, ok in zip(table["state"], table["agrees"]) if not ok]
    assert disagree == [(1, "BLR"), (2, "UZB")]
    ours = memberships[memberships["organization"].astype(str).isin(["CST", "CSTO"])]
    years = compare_state_years(ours, cst, 1992, 2016, organizations=shipped.organizations)
    assert years.loc[~years["agree"], ["state", "year"]].values.tolist() == [["BLR", 1993]]


def test_atop_dyad_years_contain_ours(shipped):
    dyads = dyads_from_codes(pd.read_csv(EXTERNAL / "atop_dyad_years.csv"), shipped.states)
    ours = shipped.memberships[shipped.memberships["organization"].astype(str).isin(["CST", "CSTO"])]
    mine = member_dyad_years(ours, 1992, 2018, organizations=shipped.organizations)
    table = compare_dyad_years(mine, dyads, 1992, 2018)
    assert len(table) == 36 * 27
    assert not (table["ours"] & ~table["theirs"]).any()  # ATOP merges all treaties: every CST tie is there
    defence = compare_dyad_years(mine, dyads[dyads["atop_defense"] == 1], 1992, 2018)
    assert summarise(defence) == {"cells": 972, "agree": 687, "share": 0.7068, "both": 594, "ours_only": 0,
                                  "theirs_only": 285, "neither": 93}
    members = pd.read_csv(EXTERNAL / "atop_4220_members.csv")
    cis = member_dyad_years(atop_spells(members[members["atopid"] == 4400]), 1992, 2018, status=None)
    assert explain(defence, {"CIS Charter": cis})["reason"].eq("CIS Charter").all()  # all 285, as NOTES.md says


def test_compare_years_reads_the_atop_crosswalk_rows_as_the_extract(shipped):
    panel = state_year_panel(shipped.memberships, until=shipped.coverage_end, organizations=shipped.organizations)
    years = compare_years(panel, shipped.crosswalk, "ATOP", last_year=2016, organization="CSTO")
    cst = atop_spells(pd.read_csv(EXTERNAL / "atop_4220_members.csv").query("atopid == 4220"))
    ours = shipped.memberships[shipped.memberships["organization"].astype(str).isin(["CST", "CSTO"])]
    expected = compare_state_years(ours, cst, 1992, 2016, organizations=shipped.organizations)
    pd.testing.assert_frame_equal(years, expected)
    assert years.loc[~years["agree"], ["state", "year"]].values.tolist() == [["BLR", 1993]]


def test_membership_does_not_import_compare():
    """csto.compare builds on csto.membership, never the other way (compare_years moved to csto.compare; the old
    address csto.membership.compare_years is served lazily by a module __getattr__)."""
    import ast
    import inspect

    import csto.compare
    import csto.membership

    tree = ast.parse(inspect.getsource(csto.membership))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "compare"]
    lazy = next(f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == "__getattr__")
    assert all(any(node is inner for inner in ast.walk(lazy)) for node in imports)
    assert csto.membership.compare_years is csto.compare.compare_years
