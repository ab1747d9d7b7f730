"""Membership spells, members on a date and the panels: unit tests and properties that hold for all spells."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csto import (changes, compare_years, dyad_year_panel, lineage, members_on, normalise_spells, roster,
                  state_year_panel, status_on)

ORGS = pd.DataFrame({"organization": ["OLD", "NEW"], "successor": ["NEW", pd.NA]})


def spells(*rows):
    """Build a memberships table from (org, state, status, start, end) tuples; end None = open."""
    frame = pd.DataFrame(rows, columns=["organization", "state", "status", "start_date", "end_date"])
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    frame["end_date"] = pd.to_datetime(frame["end_date"])
    frame["start_precision"] = "day"
    frame["end_precision"] = frame["end_date"].map(lambda d: None if pd.isna(d) else "day")
    frame["end_reason"] = None
    frame["source_ids"] = "s"
    return frame


EMPTY = spells()
LEAVE_AND_REJOIN = spells(("X", "AAA", "member", "1992-05-15", "1999-04-20"),
                          ("X", "AAA", "member", "2006-08-16", "2012-06-20"),
                          ("X", "AAA", "suspended", "2012-06-20", None),
                          ("X", "BBB", "member", "1992-05-15", None))


def test_lineage_follows_chain_and_stops_on_cycles():
    orgs = pd.DataFrame({"organization": ["A", "B", "C", "P", "Q"], "successor": ["B", "C", pd.NA, "Q", "P"]})
    assert lineage(orgs) == {"A": "C", "B": "C", "C": "C", "P": "Q", "Q": "P"}
    assert lineage(None) == {}


def test_members_on_leave_and_rejoin():
    assert members_on(LEAVE_AND_REJOIN, "1999-04-19") == ["AAA", "BBB"]
    assert members_on(LEAVE_AND_REJOIN, "1999-04-20") == ["BBB"]
    assert members_on(LEAVE_AND_REJOIN, "2006-08-16") == ["AAA", "BBB"]
    assert members_on(LEAVE_AND_REJOIN, "2013-01-01") == ["BBB"]
    assert members_on(LEAVE_AND_REJOIN, "2013-01-01", status="suspended") == ["AAA"]
    assert members_on(LEAVE_AND_REJOIN, "1990-01-01") == []


def test_members_on_empty_table():
    assert members_on(EMPTY, "2000-01-01") == []
    assert status_on(EMPTY, "2000-01-01").empty


def test_organization_filter_follows_predecessors():
    table = spells(("OLD", "AAA", "member", "1992-05-15", "2002-10-07"), ("NEW", "AAA", "member", "2002-10-07", None),
                   ("OTHER", "BBB", "member", "1990-01-01", None))
    assert members_on(table, "1995-01-01", "NEW", ORGS) == ["AAA"]
    assert members_on(table, "1995-01-01", "NEW") == []  # without the lineage table, only NEW itself
    assert members_on(table, "1995-01-01", "OTHER", ORGS) == ["BBB"]
    assert members_on(table, "1995-01-01") == ["AAA", "BBB"]


def test_normalise_merges_across_succession_but_not_across_gaps():
    table = spells(("OLD", "AAA", "member", "1992-05-15", "2002-10-07"), ("NEW", "AAA", "member", "2002-10-07", None),
                   ("OLD", "BBB", "member", "1992-05-15", "1999-04-20"), ("NEW", "BBB", "member", "2006-08-16", None))
    out = normalise_spells(table, ORGS)
    assert out[["organization", "state", "start_date", "end_date"]].map(str).values.tolist() == [
        ["NEW", "AAA", "1992-05-15 00:00:00", "NaT"],
        ["NEW", "BBB", "1992-05-15 00:00:00", "1999-04-20 00:00:00"],
        ["NEW", "BBB", "2006-08-16 00:00:00", "NaT"]]


def test_normalise_keeps_different_statuses_apart():
    out = normalise_spells(LEAVE_AND_REJOIN)
    assert list(out["status"]) == ["member", "member", "suspended", "member"]


def test_normalise_empty():
    assert normalise_spells(EMPTY).empty


def test_state_year_panel_partial_years_and_open_spells():
    panel = state_year_panel(LEAVE_AND_REJOIN, until="2013-12-31")
    aaa = panel[panel["state"] == "AAA"].set_index("year")
    assert aaa.loc[1992, "days_member"] == (dt.date(1993, 1, 1) - dt.date(1992, 5, 15)).days
    assert aaa.loc[1999, "days_member"] == (dt.date(1999, 4, 20) - dt.date(1999, 1, 1)).days
    assert 2000 not in aaa.index  # not in any status between 1999 and 2006
    assert (aaa.loc[2012, "status"], aaa.loc[2012, "days_suspended"]) == ("suspended", 195)
    assert aaa.loc[2013, "days_in_status"] == 365
    assert panel["year"].max() == 2013


def test_state_year_panel_adds_cow_codes():
    states = pd.DataFrame({"iso3": ["AAA", "BBB"], "cow_code": pd.array([1, 2], dtype="Int64")})
    panel = state_year_panel(LEAVE_AND_REJOIN, until="1992-12-31", states=states)
    assert panel[["state", "cow_code"]].values.tolist() == [["AAA", 1], ["BBB", 2]]


def test_state_year_panel_empty():
    panel = state_year_panel(EMPTY, until="2000-12-31")
    assert panel.empty and "days_member" in panel.columns


def test_dyad_year_panel():
    dyads = dyad_year_panel(LEAVE_AND_REJOIN, until="2001-12-31")
    assert dyads[["year", "state_a", "state_b"]].values.tolist() == [
        [y, "AAA", "BBB"] for y in range(1992, 2000)]


# Property tests: random non-overlapping spells of several states.
day = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def spell_tables(draw):
    rows = []
    for state in draw(st.lists(st.sampled_from(["AAA", "BBB", "CCC", "DDD"]), unique=True, max_size=4)):
        cuts = sorted(draw(st.lists(day, min_size=1, max_size=6, unique=True)))
        open_end = draw(st.booleans())
        bounds = cuts + [None] if open_end else cuts
        for start, end in zip(bounds, bounds[1:]):
            if draw(st.booleans()):  # leave gaps: a state that leaves and rejoins
                status = draw(st.sampled_from(["member", "observer", "suspended", "frozen"]))
                rows.append(("X", state, status, start, end))
    return spells(*rows)


UNTIL = "2031-12-31"


@settings(max_examples=60, deadline=None)
@given(spell_tables())
def test_panel_adds_back_up_to_the_spells(table):
    panel = state_year_panel(table, until=UNTIL)
    stop = pd.Timestamp(UNTIL) + pd.Timedelta(days=1)
    for status in ["member", "observer", "suspended", "frozen"]:
        part = table[table["status"] == status]
        expected = int(((part["end_date"].fillna(stop).clip(upper=stop)) - part["start_date"]).dt.days.sum())
        assert int(panel[f"days_{status}"].sum()) == expected


@settings(max_examples=60, deadline=None)
@given(spell_tables(), day)
def test_members_on_agrees_with_spells(table, date):
    on = pd.Timestamp(date)
    expected = sorted({r.state for r in table.itertuples()
                       if r.status == "member" and r.start_date <= on and (pd.isna(r.end_date) or on < r.end_date)})
    assert members_on(table, on) == expected


@settings(max_examples=60, deadline=None)
@given(spell_tables(), day)
def test_normalising_never_changes_who_is_a_member(table, date):
    merged = normalise_spells(table)
    assert members_on(merged, date) == members_on(table, date)
    for _, group in merged.groupby("state"):
        group = group.sort_values("start_date")
        ends = group["end_date"].iloc[:-1].tolist()
        starts = group["start_date"].iloc[1:].tolist()
        assert all(end <= start for end, start in zip(ends, starts))


def test_roster_lists_each_status_on_each_date():
    table = roster(LEAVE_AND_REJOIN, ["1995-01-01", "2013-01-01", "1990-01-01"])
    assert table.to_dict("records") == [
        {"date": pd.Timestamp("1995-01-01"), "status": "member", "count": 2, "states": "AAA, BBB"},
        {"date": pd.Timestamp("2013-01-01"), "status": "member", "count": 1, "states": "BBB"},
        {"date": pd.Timestamp("2013-01-01"), "status": "suspended", "count": 1, "states": "AAA"},
    ]
    assert roster(EMPTY, ["2000-01-01"]).empty


def test_changes_leave_rejoin_and_suspension():
    table = LEAVE_AND_REJOIN.assign(end_reason=["withdrew", "suspended", None, None],
                                    end_act=["treaty_expiry", "note_sent", None, None])
    got = changes(table)[["date", "state", "before", "after", "how", "act"]]
    assert [tuple(None if pd.isna(v) else v for v in r) for r in got.itertuples(index=False)] == [
        (pd.Timestamp("1992-05-15"), "AAA", "none", "member", "joined", None),
        (pd.Timestamp("1992-05-15"), "BBB", "none", "member", "joined", None),
        (pd.Timestamp("1999-04-20"), "AAA", "member", "none", "withdrew", "treaty_expiry"),
        (pd.Timestamp("2006-08-16"), "AAA", "none", "member", "joined", None),
        (pd.Timestamp("2012-06-20"), "AAA", "member", "suspended", "suspended", "note_sent"),
    ]


def test_changes_ignore_succession_and_handle_empty():
    table = spells(("OLD", "AAA", "member", "1992-05-15", "2002-10-07"), ("NEW", "AAA", "member", "2002-10-07", None))
    assert changes(table, ORGS)[["state", "before", "after"]].values.tolist() == [["AAA", "none", "member"]]
    assert len(changes(table)) == 3  # without the lineage: joined OLD, left OLD, joined NEW
    assert changes(EMPTY).empty


def test_compare_years_flags_each_disagreeing_state_year():
    panel = state_year_panel(LEAVE_AND_REJOIN, until="2014-12-31")
    xw = pd.DataFrame({"dataset": ["D", "D", "OTHER"], "state": ["AAA", "BBB", "AAA"],
                       "dataset_start": pd.to_datetime(["2002-01-01", "2002-01-01", "1990-01-01"]),
                       "dataset_end": pd.to_datetime(["2012-01-01", None, None])})
    table = compare_years(panel, xw, "D", last_year=2014)
    wrong = table.loc[~table["agree"], ["state", "year"]].values.tolist()
    # AAA: out 1999-2006 in our spells but coded 2002-2011; ours includes 2012 (member until 20 June).
    assert wrong == [["AAA", 2002], ["AAA", 2003], ["AAA", 2004], ["AAA", 2005], ["AAA", 2012]]
    assert table["year"].min() == 2002 and table["year"].max() == 2014
    assert compare_years(panel, xw, "NONE", last_year=2014).empty
