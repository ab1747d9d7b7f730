"""The relations graph: dates, members, questions a reader asks, centrality."""

import pandas as pd

from csto.relations import active, build_graph, centrality, conflicts, edge_table, hosts_of

RELATIONS = pd.DataFrame({
    "source": ["AAA", "AAA", "BBB", "CCC", "AAA"],
    "target": ["BBB", "CCC", "CCC", "DDD", "DDD"],
    "relation": ["military_base", "military_base", "border_dispute", "armed_conflict", "military_base"],
    "directed": [True, True, False, False, True],
    "start_date": pd.to_datetime(["1995-03-16", "2003-10-22", "2021-04-28", "2020-09-27", "1993-01-01"]),
    "end_date": pd.to_datetime([None, None, "2025-03-13", "2020-11-10", "2008-01-01"]),
    "label": ["base one", "air base", "", "war", "old base"],
    "weight": [None, None, None, None, 2.0],
    "source_ids": ["s"] * 5,
})
MEMBERS = pd.DataFrame({"organization": ["X"] * 3, "state": ["AAA", "BBB", "CCC"],
                        "status": ["member", "member", "member"],
                        "start_date": pd.to_datetime(["1992-05-15"] * 3), "end_date": pd.NaT})
STATES = pd.DataFrame({"iso3": ["AAA", "BBB", "CCC", "DDD"], "name": ["A", "B", "C", "D"]})


def test_active_on_and_period():
    assert active(RELATIONS, on="2021-05-01").tolist() == [True, True, True, False, False]
    assert active(RELATIONS, period=("2007-01-01", "2020-12-31")).tolist() == [True, True, False, True, True]
    assert active(RELATIONS).all()


def test_graph_on_a_date_has_members_and_active_edges():
    g = build_graph(RELATIONS, MEMBERS, STATES, on="2022-01-01")
    assert sorted(g.nodes) == ["AAA", "BBB", "CCC"]
    assert g.nodes["BBB"] == {"name": "B", "status": "member"}
    assert sorted(d["relation"] for _, _, d in g.edges(data=True)) == ["border_dispute", "military_base",
                                                                        "military_base"]


def test_graph_keeps_direction_and_weight():
    g = build_graph(RELATIONS, on="2000-01-01")
    data = [d for _, _, d in g.edges(data=True) if d["label"] == "old base"][0]
    assert (data["source"], data["target"], data["directed"], data["weight"]) == ("AAA", "DDD", True, 2.0)


def test_hosts_of():
    g = build_graph(RELATIONS, on="2022-01-01")
    assert hosts_of(g, "AAA")[["host", "label"]].values.tolist() == [["BBB", "base one"], ["CCC", "air base"]]
    assert hosts_of(g, "BBB").empty


def test_conflicts_between_members_only():
    g = build_graph(RELATIONS, MEMBERS, on="2020-10-01")
    assert conflicts(g)["relation"].tolist() == ["armed_conflict"]
    assert conflicts(g, members_only=True).empty
    g = build_graph(RELATIONS, MEMBERS, on="2022-01-01")
    assert conflicts(g, members_only=True)[["source", "target"]].values.tolist() == [["BBB", "CCC"]]


def test_centrality_puts_the_hub_first():
    g = build_graph(RELATIONS)
    table = centrality(g)
    assert table["state"].iloc[0] == "AAA"
    assert table.set_index("state").loc["AAA", "ties"] == 3


def test_empty_graph():
    g = build_graph(RELATIONS.iloc[0:0])
    assert len(g) == 0 and centrality(g).empty and edge_table(g).empty


def test_with_status_marks_members_and_outsiders_on_the_start_day():
    from csto.relations import with_status

    ties = pd.DataFrame({"source": ["AAA", "AAA"], "target": ["BBB", "CCC"], "relation": ["armed_conflict"] * 2,
                         "start_date": pd.to_datetime(["2005-01-01", "2010-01-01"])})
    spells = pd.DataFrame({"organization": ["X"] * 3, "state": ["AAA", "BBB", "CCC"],
                           "status": ["member", "member", "frozen"],
                           "start_date": pd.to_datetime(["2000-01-01", "2006-01-01", "2000-01-01"]),
                           "end_date": pd.to_datetime([None, None, None])})
    got = with_status(ties, spells)
    assert got[["source_status", "target_status"]].values.tolist() == [["member", "none"], ["member", "frozen"]]
    assert with_status(ties.iloc[0:0], spells).empty


# --- derived ties, ties over time, conflicts, personnel kept apart from counts --------------------------------

from pathlib import Path  # noqa: E402

import networkx as nx  # noqa: E402
import pytest  # noqa: E402

from csto.relations import (co_participation, conflict_table, state_share,  # noqa: E402
                            ties_by_year)

EVENTS = pd.DataFrame({
    "event_id": ["x1", "x2", "s1", "s2", "x3", "x4", "m1"],
    "event_type": ["exercise", "exercise", "summit", "summit", "exercise", "exercise", "ministerial"],
    "start_date": pd.to_datetime(["2001-05-01", "2002-09-01", "2003-06-01", "2004-06-01", "2005-10-01",
                                  "2006-10-01", "2003-06-02"]),
    "start_precision": ["day", "month", "day", "day", "day", "day", "day"],
    "status": [None, None, None, "postponed", "announced", "cancelled", None],
})
PARTICIPANTS = pd.DataFrame({
    "event_id": ["x1", "x1", "x1", "x1", "x2", "x2", "s1", "s1", "s1", "s1", "s2", "s2", "x3", "x3", "x4", "x4",
                 "m1", "m1", "ghost", "ghost"],
    "state": ["AAA", "BBB", "CCC", "DDD", "AAA", "BBB", "AAA", "BBB", "CCC", "CCC", "AAA", "BBB", "AAA", "BBB",
              "AAA", "BBB", "AAA", "BBB", "AAA", "EEE"],
    "role": ["host", "participant", "observer", "absent", "participant", "participant", "chair", "signatory",
             "participant", "host", "participant", "participant", "participant", "participant", "participant",
             "participant", "participant", "participant", "participant", "participant"],
})


def test_co_participation_counts_held_events_and_real_participation():
    got = co_participation(EVENTS, PARTICIPANTS)
    # x1 (AAA, BBB; CCC observed, DDD absent), x2 (AAA, BBB), s1 (AAA, BBB, CCC twice as participant and host);
    # s2 postponed, x3 announced, x4 cancelled, m1 not of the chosen types, "ghost" not in events
    assert got[["source", "target", "events", "exercise", "summit"]].values.tolist() == [
        ["AAA", "BBB", 3, 2, 1], ["AAA", "CCC", 1, 0, 1], ["BBB", "CCC", 1, 0, 1]]
    assert got.loc[0, "first"] == pd.Timestamp("2001-05-01") and got.loc[0, "last"] == pd.Timestamp("2003-06-01")
    assert (got["source"] < got["target"]).all()


def test_co_participation_until_and_period_with_partial_dates():
    # x2 is known only to the month: it counts from its stored first day, 2002-09-01
    assert co_participation(EVENTS, PARTICIPANTS, until="2002-09-01")["events"].tolist() == [2]
    assert co_participation(EVENTS, PARTICIPANTS, until="2002-08-31")["events"].tolist() == [1]
    window = co_participation(EVENTS, PARTICIPANTS, period=("2002-01-01", "2003-12-31"))
    assert window[["source", "target", "events"]].values.tolist() == [["AAA", "BBB", 2], ["AAA", "CCC", 1],
                                                                      ["BBB", "CCC", 1]]
    with pytest.raises(ValueError, match="either"):
        co_participation(EVENTS, PARTICIPANTS, until="2002-01-01", period=("2001-01-01", "2002-01-01"))


def test_co_participation_options_and_tables_without_status():
    summits = co_participation(EVENTS, PARTICIPANTS, event_types=("summit",))
    assert list(summits.columns) == ["source", "target", "events", "summit", "first", "last"]
    assert len(summits) == 3
    with_observers = co_participation(EVENTS, PARTICIPANTS, roles=("participant", "host", "observer"))
    assert ["AAA", "CCC"] in with_observers[["source", "target"]].values.tolist()
    # another alliance's events without a status column: every event counts as held
    no_status = co_participation(EVENTS.drop(columns="status"), PARTICIPANTS)
    assert no_status.set_index(["source", "target"]).loc[("AAA", "BBB"), "events"] == 6


def test_co_participation_empty_inputs():
    empty = co_participation(EVENTS.iloc[0:0], PARTICIPANTS)
    assert empty.empty and list(empty.columns) == ["source", "target", "events", "exercise", "summit", "first",
                                                   "last"]
    assert co_participation(EVENTS, PARTICIPANTS.iloc[0:0]).empty
    lone = PARTICIPANTS[PARTICIPANTS["state"] == "AAA"]  # one state per event: no pair
    assert co_participation(EVENTS, lone).empty


def test_ties_by_year_counts_open_and_partial_ends():
    got = ties_by_year(RELATIONS, until="2025-12-31")
    assert list(got.columns) == ["armed_conflict", "border_dispute", "military_base"]
    assert got.index[0] == 1993 and got.index[-1] == 2025 and got.index.is_monotonic_increasing
    assert got.loc[2007, "military_base"] == 3      # old base ends 2008-01-01: last day 2007-12-31
    assert got.loc[2008, "military_base"] == 2
    assert got.loc[2020, "armed_conflict"] == 1 and got.loc[2021, "armed_conflict"] == 0
    assert got.loc[2025, "border_dispute"] == 1     # ended 2025-03-13, held part of the year
    assert got.loc[2025, "military_base"] == 2      # open-ended ties run to ``until``
    partial = RELATIONS.assign(end_precision=["", "", "day", "day", "year"])
    assert ties_by_year(partial, until="2025-12-31").loc[2008, "military_base"] == 3  # ended some time in 2008


def test_ties_by_year_with_a_plain_string_relation_column_and_empty_table():
    plain = RELATIONS.assign(relation=RELATIONS["relation"].astype(str))
    assert list(ties_by_year(plain).columns) == ["armed_conflict", "border_dispute", "military_base"]
    assert ties_by_year(RELATIONS).index[-1] == 2025  # default: the latest date in the table
    assert ties_by_year(RELATIONS.iloc[0:0]).empty


def test_state_share_per_year():
    got = state_share(RELATIONS, "AAA", until="2022-12-31")
    assert got.loc[1993].tolist() == [1, 1, 1.0]
    assert got.loc[2021].tolist() == [3, 2, pytest.approx(2 / 3)]
    assert got["share"].between(0, 1).all() and (got["with_state"] <= got["ties"]).all()
    assert state_share(RELATIONS, "ZZZ", until="2022-12-31")["with_state"].eq(0).all()  # in no table
    assert state_share(RELATIONS.iloc[0:0], "AAA").empty


def test_conflict_table_marks_who_was_a_member():
    got = conflict_table(RELATIONS, MEMBERS)
    assert got[["source", "target", "between", "days"]].astype(object).values.tolist() == [
        ["CCC", "DDD", "member and outsider", 44], ["BBB", "CCC", "members", 1415]]
    assert conflict_table(RELATIONS.iloc[0:0], MEMBERS).empty
    assert conflict_table(RELATIONS.drop(columns="label"), MEMBERS)["label"].isna().all()


def test_centrality_keeps_personnel_apart_from_ties():
    g = build_graph(RELATIONS)  # only the old base gives a figure (2.0); the others give none
    table = centrality(g).set_index("state")
    assert "weighted_ties" not in table.columns
    assert table.loc["AAA", "ties"] == 3 and table.loc["AAA", "personnel"] == 2.0
    assert table.loc["BBB", "personnel"] == 0.0
    data = [d for _, _, d in g.edges(data=True) if d["label"] == "base one"][0]
    assert data["weight"] is None


def test_graph_keeps_two_sites_of_one_agreement():
    two = pd.concat([RELATIONS.head(1), RELATIONS.head(1).assign(label="base two")], ignore_index=True)
    g = build_graph(two)
    assert sorted(d["label"] for _, _, d in g.edges(data=True)) == ["base one", "base two"]
    assert isinstance(g, nx.MultiGraph)


def test_contract_columns_only(tmp_path: Path):
    """Another alliance's data with only the contract's columns (no status, label, weight) works throughout."""
    import csto

    ds = csto.load(Path(__file__).parent / "fixtures" / "nato")
    assert ds.relations.empty
    rel = pd.DataFrame({"source": ["USA"], "target": ["DEU"], "relation": ["military_base"], "directed": [True],
                        "start_date": pd.to_datetime(["1955-05-05"]), "start_precision": ["day"],
                        "end_date": pd.NaT, "end_precision": [None], "source_ids": ["s"]})
    g = build_graph(rel, ds.memberships, ds.states, on="2020-01-01", organization="NATO")
    assert [d["label"] for _, _, d in g.edges(data=True)] == [""]
    assert centrality(g).set_index("state").loc["USA", "personnel"] == 0.0
    assert ties_by_year(rel, until="1956-12-31")["military_base"].tolist() == [1, 1]
    assert state_share(rel, "USA", until="1955-12-31")["share"].tolist() == [1.0]
    assert conflict_table(rel, ds.memberships).empty
    shared = co_participation(ds.events[[c for c in ds.events.columns if c != "status"]], ds.event_participants)
    assert shared.empty or (shared["source"] < shared["target"]).all()
    assert co_participation(ds.events, ds.event_participants, event_types=("treaty_signing",),
                            roles=("signatory",))["events"].eq(1).all()
