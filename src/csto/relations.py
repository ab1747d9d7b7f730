"""The graph of states: typed, dated edges from ``relations.csv``, states coloured by their status."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .membership import status_on

CONFLICT_RELATIONS = ("armed_conflict", "border_dispute")
BASE_RELATIONS = ("military_base", "military_facility")


def active(table: pd.DataFrame, on: str | pd.Timestamp | None = None,
           period: tuple[str | pd.Timestamp, str | pd.Timestamp] | None = None) -> pd.Series:
    """Mask of rows whose ``[start_date, end_date)`` covers ``on`` or overlaps ``period`` (inclusive ends).

    With neither, every row is active.

    >>> t = pd.DataFrame({"start_date": pd.to_datetime(["2000-01-01", "2010-01-01"]),
    ...                   "end_date": pd.to_datetime(["2005-01-01", None])})
    >>> active(t, on="2004-12-31").tolist(), active(t, period=("2005-01-01", "2009-12-31")).tolist()
    ([True, False], [False, False])
    """
    if on is not None and period is not None:
        raise ValueError("give either on or period, not both")
    if on is not None:
        period = (on, on)
    if period is None:
        return pd.Series(True, index=table.index)
    first, last = pd.Timestamp(period[0]), pd.Timestamp(period[1])
    return (table["start_date"] <= last) & (table["end_date"].isna() | (table["end_date"] > first))


def build_graph(relations: pd.DataFrame, memberships: pd.DataFrame | None = None,
                states: pd.DataFrame | None = None, *, on: str | pd.Timestamp | None = None,
                period: tuple[str | pd.Timestamp, str | pd.Timestamp] | None = None,
                organization: str | None = None, organizations: pd.DataFrame | None = None) -> nx.MultiGraph:
    """Build the graph of states tied by relations active ``on`` a date (or over a ``period``, or ever).

    Nodes are ISO3 codes with ``name`` (from ``states``) and ``status`` (their membership status on ``on``, or
    at the end of ``period``, in ``organization``; empty for non-members). Every member on that date is a node
    even without edges. Edges keep ``relation``, ``directed``, ``source``/``target`` (direction),
    ``start``, ``end``, ``label``, ``weight`` (1.0 where the data gives none) and ``source_ids``.

    >>> rel = pd.DataFrame({"source": ["AAA"], "target": ["BBB"], "relation": ["military_base"],
    ...     "directed": [True], "start_date": pd.to_datetime(["2003-01-01"]), "end_date": pd.NaT,
    ...     "label": ["base"], "weight": [None], "source_ids": ["s1"]})
    >>> g = build_graph(rel, on="2010-01-01")
    >>> sorted(g.nodes), [d["relation"] for _, _, d in g.edges(data=True)]
    (['AAA', 'BBB'], ['military_base'])
    """
    graph = nx.MultiGraph()
    names = {} if states is None else dict(zip(states["iso3"], states["name"]))
    statuses: dict[str, str] = {}
    if memberships is not None and (on is not None or period is not None):
        day = on if on is not None else period[1]
        table = status_on(memberships, day, organization, organizations)
        statuses = dict(zip(table["state"], table["status"]))
    for iso3 in sorted(statuses):
        graph.add_node(iso3)
    edges = relations[active(relations, on, period)]
    edges = edges.sort_values(["source", "target", "relation", "start_date"], kind="stable")
    for row in edges.itertuples(index=False):
        weight = 1.0 if pd.isna(row.weight) else float(row.weight)
        graph.add_edge(row.source, row.target, key=f"{row.relation}:{row.start_date:%Y-%m-%d}",
                       relation=str(row.relation), directed=bool(row.directed), source=row.source,
                       target=row.target, start=row.start_date, end=row.end_date,
                       label="" if pd.isna(row.label) else str(row.label), weight=weight,
                       source_ids=str(row.source_ids))
    for node in graph.nodes:
        graph.nodes[node]["name"] = names.get(node, node)
        graph.nodes[node]["status"] = statuses.get(node, "")
    return graph


def edge_table(graph: nx.MultiGraph) -> pd.DataFrame:
    """The graph's edges as a sorted table (``source``, ``target``, ``relation``, ``label``, ``start``, ``end``).

    >>> g = nx.MultiGraph(); g.add_edge("A", "B", source="A", target="B", relation="x", label="", start=None, end=None)
    0
    >>> edge_table(g)
      source target relation label start   end
    0      A      B        x        None  None
    """
    rows = [{k: d.get(k) for k in ("source", "target", "relation", "label", "start", "end")}
            for _, _, d in graph.edges(data=True)]
    table = pd.DataFrame(rows, columns=["source", "target", "relation", "label", "start", "end"])
    return table.sort_values(["relation", "source", "target"], kind="stable").reset_index(drop=True)


def hosts_of(graph: nx.MultiGraph, user: str, relations: tuple[str, ...] = BASE_RELATIONS) -> pd.DataFrame:
    """States hosting ``user``'s bases or facilities in the graph, one row per installation.

    >>> g = nx.MultiGraph()
    >>> g.add_edge("AAA", "BBB", relation="military_base", source="AAA", target="BBB", label="x",
    ...            start=pd.Timestamp("2003-01-01"), end=None)
    0
    >>> hosts_of(g, "AAA")[["host", "relation", "label"]]
      host       relation label
    0  BBB  military_base     x
    """
    rows = [{"host": d["target"], "relation": d["relation"], "label": d.get("label", ""), "start": d.get("start"),
             "end": d.get("end")}
            for _, _, d in graph.edges(data=True) if d["relation"] in relations and d["source"] == user]
    table = pd.DataFrame(rows, columns=["host", "relation", "label", "start", "end"])
    return table.sort_values(["host", "relation", "label"], kind="stable").reset_index(drop=True)


def conflicts(graph: nx.MultiGraph, members_only: bool = False, member_status: str = "member") -> pd.DataFrame:
    """Armed conflicts and border disputes in the graph; ``members_only`` keeps those between two members.

    >>> g = nx.MultiGraph(); g.add_nodes_from([("A", {"status": "member"}), ("B", {"status": "member"})])
    >>> g.add_edge("A", "B", relation="border_dispute", source="A", target="B", label="", start=None, end=None)
    0
    >>> conflicts(g, members_only=True)[["source", "target", "relation"]]
      source target        relation
    0      A      B  border_dispute
    """
    table = edge_table(graph)
    table = table[table["relation"].isin(CONFLICT_RELATIONS)]
    if members_only:
        status = nx.get_node_attributes(graph, "status")
        both = table["source"].map(status).eq(member_status) & table["target"].map(status).eq(member_status)
        table = table[both]
    return table.reset_index(drop=True)


def centrality(graph: nx.MultiGraph) -> pd.DataFrame:
    """Per state: number of ties, weighted degree, distinct partners, degree and betweenness centrality.

    Centralities are computed on the simple graph of distinct partners, so five bases in one state count as
    one partner there but five ties in ``ties``. Sorted by betweenness, then ties, then code.

    >>> g = nx.MultiGraph([("A", "B"), ("A", "C"), ("A", "B")])
    >>> centrality(g)[["state", "ties", "partners", "betweenness"]]
      state  ties  partners  betweenness
    0     A     3         2          1.0
    1     B     2         1          0.0
    2     C     1         1          0.0
    """
    simple = nx.Graph(graph)
    between = nx.betweenness_centrality(simple) if len(simple) > 2 else {n: 0.0 for n in simple}
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    rows = [{"state": n, "ties": graph.degree(n), "weighted_ties": graph.degree(n, weight="weight"),
             "partners": simple.degree(n), "degree_centrality": degree[n], "betweenness": between[n]}
            for n in graph.nodes]
    table = pd.DataFrame(rows, columns=["state", "ties", "weighted_ties", "partners", "degree_centrality",
                                        "betweenness"])
    return table.sort_values(["betweenness", "ties", "state"], ascending=[False, False, True]).reset_index(drop=True)


def with_status(relations: pd.DataFrame, memberships: pd.DataFrame, organization: str | None = None,
                organizations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add each side's membership status on the day the tie began (``source_status``, ``target_status``).

    A state outside the organization that day gets ``none``, so "were both members?" is a plain comparison.

    >>> ties = pd.DataFrame({"source": ["AAA"], "target": ["BBB"], "relation": ["armed_conflict"],
    ...     "start_date": pd.to_datetime(["2005-01-01"])})
    >>> spells = pd.DataFrame({"organization": ["X", "X"], "state": ["AAA", "BBB"], "status": ["member"] * 2,
    ...     "start_date": pd.to_datetime(["2000-01-01", "2006-01-01"]), "end_date": pd.NaT})
    >>> with_status(ties, spells)[["source", "source_status", "target", "target_status"]]
      source source_status target target_status
    0    AAA        member    BBB          none
    """
    out = relations.copy()
    statuses: dict[pd.Timestamp, dict[str, str]] = {}
    for day in out["start_date"].dropna().unique():
        table = status_on(memberships, day, organization, organizations)
        statuses[pd.Timestamp(day)] = dict(zip(table["state"].astype(str), table["status"].astype(str)))
    for side in ("source", "target"):
        out[f"{side}_status"] = [statuses.get(pd.Timestamp(day), {}).get(str(state), "none")
                                 if pd.notna(day) else "none" for state, day in zip(out[side], out["start_date"])]
    return out
