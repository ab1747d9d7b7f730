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
