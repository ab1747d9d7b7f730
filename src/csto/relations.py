"""The graph of states: typed, dated edges from ``relations.csv``, states coloured by their status.

Stored ties come from ``relations.csv``. Derived ties (:func:`co_participation`: states that took part in the
same exercises and Council sessions) are computed from ``events.csv`` and ``event_participants.csv`` and kept
apart, so a chart can draw them as a lighter layer.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .membership import status_on

CONFLICT_RELATIONS = ("armed_conflict", "border_dispute")
BASE_RELATIONS = ("military_base", "military_facility", "border_troops")
#: Ties of opposition: fighting, disputes, and helping one side of a war. Used by :func:`conflict_table`.
HOSTILE_RELATIONS = ("armed_conflict", "border_dispute", "recognition_dispute", "conflict_support")
COOPERATIVE_RELATIONS = ("alliance_treaty", "bilateral_treaty", "military_base", "military_facility", "border_troops",
                         "air_defence_system", "joint_forces", "union_state", "mission_contribution")
"""Ties of cooperation: treaties, bases and facilities, air defence, joint forces, union state, mission contributions.
Adversarial ties are :data:`HOSTILE_RELATIONS`; the two families are measured apart."""
FAMILIES = {**{r: "cooperative" for r in COOPERATIVE_RELATIONS}, **{r: "adversarial" for r in HOSTILE_RELATIONS}}
"""Relation type -> family (``cooperative`` or ``adversarial``); a type of another alliance's data that is in
neither list is ``other``."""
#: Roles in ``event_participants.csv`` that mean a state took part. ``absent``, ``observer``, ``subject``,
#: ``non_signatory``, ``requester`` and ``contributor`` do not (a subject is discussed, not present).
PARTICIPATION_ROLES = ("participant", "host", "chair", "signatory")
#: Event ``status`` values meaning the event did not (or not yet) take place; an empty status means it did.
NOT_HELD = ("announced", "cancelled", "postponed")


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
    ``start``, ``end``, ``label``, ``weight`` (the figure the sources give, e.g. personnel; ``None`` where
    they give none, never a default that would mix counts with people) and ``source_ids``. ``label`` and
    ``weight`` are project columns: a table without them (another alliance's data) gives empty values.

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
    labels = edges["label"] if "label" in edges else pd.Series(pd.NA, index=edges.index)
    weights = edges["weight"] if "weight" in edges else pd.Series(pd.NA, index=edges.index)
    for row, label, weight in zip(edges.itertuples(index=False), labels, weights):
        label = "" if pd.isna(label) else str(label)
        # the key includes the label: two sites created by one agreement share source, target, type and day
        graph.add_edge(row.source, row.target, key=f"{row.relation}:{row.start_date:%Y-%m-%d}:{label}",
                       relation=str(row.relation), directed=bool(row.directed), source=row.source,
                       target=row.target, start=row.start_date, end=row.end_date, label=label,
                       weight=None if pd.isna(weight) else float(weight), source_ids=str(row.source_ids))
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
    """Per state: number of ties, personnel on them, distinct partners, degree and betweenness centrality.

    ``ties`` counts edges (five bases in one state are five ties); ``partners`` counts distinct states, and
    the centralities are computed on that simple graph of partners. ``personnel`` sums the ``weight`` figures
    the sources give on the state's ties (bases, contingents) and is 0 where they give none: a floor, kept
    apart from ``ties`` because people and ties do not add up. ``sized_ties`` says how many of the ties carry a
    figure, so a total is never read as more than the sum of what is known. Sorted by betweenness, then ties,
    then code.

    >>> g = nx.MultiGraph([("A", "B"), ("A", "C"), ("A", "B")])
    >>> g.add_edge("A", "C", weight=500.0)
    1
    >>> centrality(g)[["state", "ties", "personnel", "sized_ties", "partners", "betweenness"]]
      state  ties  personnel  sized_ties  partners  betweenness
    0     A     4      500.0           1         2          1.0
    1     B     2        0.0           0         1          0.0
    2     C     2      500.0           1         1          0.0
    """
    simple = nx.Graph(graph)
    between = nx.betweenness_centrality(simple) if len(simple) > 2 else {n: 0.0 for n in simple}
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    personnel = {n: 0.0 for n in graph.nodes}
    sized = {n: 0 for n in graph.nodes}
    for u, v, data in graph.edges(data=True):
        figure = data.get("weight")
        if figure is not None and not pd.isna(figure):
            for end in {u, v}:
                personnel[end] += float(figure)
                sized[end] += 1
    rows = [{"state": n, "ties": graph.degree(n), "personnel": personnel[n], "sized_ties": sized[n],
             "partners": simple.degree(n), "degree_centrality": degree[n], "betweenness": between[n]}
            for n in graph.nodes]
    table = pd.DataFrame(rows, columns=["state", "ties", "personnel", "sized_ties", "partners", "degree_centrality",
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


def _held(events: pd.DataFrame) -> pd.Series:
    """Mask of events that took place: an empty ``status`` (a table without the column: all of them)."""
    if "status" not in events:
        return pd.Series(True, index=events.index)
    status = events["status"].astype("string").fillna("").str.strip()
    return status.eq("")


def co_participation(events: pd.DataFrame, participants: pd.DataFrame, *,
                     until: str | pd.Timestamp | None = None,
                     period: tuple[str | pd.Timestamp, str | pd.Timestamp] | None = None,
                     event_types: tuple[str, ...] = ("exercise", "summit"),
                     roles: tuple[str, ...] = PARTICIPATION_ROLES) -> pd.DataFrame:
    """Pairs of states that took part in the same events: a tie derived from the data, not stored.

    Counts, for every unordered pair of states, the events of ``event_types`` (by default exercises and
    Collective Security Council sessions) in which both took part in one of ``roles`` (by default
    participant, host, chair or signatory; ``absent`` and ``observer`` are not participation). Only events
    that took place count: an event whose ``status`` is ``announced``, ``cancelled`` or ``postponed`` is left
    out, and a table without a ``status`` column counts every event. ``until`` keeps events that started on
    or before that day; ``period`` those that started within it (inclusive). A date known only to the month
    or year counts from its stored first day, as everywhere in the package. A state appearing only in
    ``participants`` (or an event only in one table) is simply not paired.

    Returns one row per pair, ``source`` < ``target`` alphabetically (the tie is undirected), with
    ``events`` (shared events), one count per event type, and the ``first`` and ``last`` shared start dates;
    sorted by ``source`` and ``target``.

    >>> ev = pd.DataFrame({"event_id": ["e1", "e2", "e3"], "event_type": ["exercise", "summit", "exercise"],
    ...     "start_date": pd.to_datetime(["2001-05-01", "2002-06-01", "2003-07-01"]),
    ...     "status": [None, None, "cancelled"]})
    >>> parts = pd.DataFrame({"event_id": ["e1", "e1", "e1", "e2", "e2", "e3", "e3"],
    ...     "state": ["BBB", "AAA", "CCC", "AAA", "BBB", "AAA", "BBB"],
    ...     "role": ["host", "participant", "observer", "participant", "chair", "host", "participant"]})
    >>> co_participation(ev, parts)[["source", "target", "events", "exercise", "summit"]]
      source target  events  exercise  summit
    0    AAA    BBB       2         1       1
    """
    columns = ["source", "target", "events", *event_types, "first", "last"]
    held = events[events["event_type"].astype("string").isin(list(event_types)) & _held(events)]
    held = held[["event_id", "event_type", "start_date"]].astype({"event_type": "string"})
    if until is not None and period is not None:
        raise ValueError("give either until or period, not both")
    if until is not None:
        held = held[held["start_date"] <= pd.Timestamp(until)]
    if period is not None:
        held = held[held["start_date"].between(pd.Timestamp(period[0]), pd.Timestamp(period[1]))]
    present = participants[participants["role"].astype("string").isin(list(roles))]
    present = present[["event_id", "state"]].astype("string").drop_duplicates().merge(held, on="event_id")
    pairs = present.merge(present[["event_id", "state"]], on="event_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["state_a"] < pairs["state_b"]].rename(columns={"state_a": "source", "state_b": "target"})
    if pairs.empty:
        table = pd.DataFrame({c: pd.Series(dtype="int64") for c in columns})
        return table.astype({"source": "string", "target": "string", "first": "datetime64[s]",
                             "last": "datetime64[s]"})
    keys = ["source", "target"]
    by_type = pd.crosstab([pairs["source"], pairs["target"]], pairs["event_type"])
    by_type = by_type.reindex(columns=list(event_types), fill_value=0)
    dates = pairs.groupby(keys)["start_date"].agg(["min", "max"]).rename(columns={"min": "first", "max": "last"})
    table = by_type.join(dates).reset_index()
    table.insert(2, "events", table[list(event_types)].sum(axis=1))
    table.columns.name = None
    return table[columns].sort_values(keys, kind="stable").reset_index(drop=True)


def _years_held(relations: pd.DataFrame, until: str | pd.Timestamp | None) -> pd.DataFrame:
    """One row per tie and calendar year in which it held for at least part of the year.

    A tie holds from the year of ``start_date`` to the year of its last day: the day before ``end_date``
    (the first day it no longer held) when the end is known to the day; the year of ``end_date`` itself when
    only its month or year is known (the tie held for part of that year). Open ties run to ``until``
    (default: the latest date in the table)."""
    if relations.empty:
        return pd.DataFrame({"row": pd.Series(dtype="int64"), "year": pd.Series(dtype="int64")})
    if until is None:
        until = max(relations["start_date"].max(), relations["end_date"].max())
    stop = pd.Timestamp(until).year
    start = relations["start_date"].dt.year
    precision = (relations["end_precision"].astype("string").fillna("day") if "end_precision" in relations
                 else pd.Series("day", index=relations.index))
    last_day = relations["end_date"] - pd.Timedelta(days=1)
    end = last_day.dt.year.where(precision.eq("day"), relations["end_date"].dt.year)
    end = end.fillna(stop).clip(upper=stop).astype("int64")
    rows = [(i, year) for i, (a, b) in enumerate(zip(start.astype("int64"), end)) for year in range(a, b + 1)]
    return pd.DataFrame(rows, columns=["row", "year"], dtype="int64")


def ties_by_year(relations: pd.DataFrame, until: str | pd.Timestamp | None = None) -> pd.DataFrame:
    """Count of ties that held at some point in each year, one column per relation type.

    Index ``year`` runs without gaps from the first start to ``until`` (default: the latest date in the
    table); columns are the relation types present, in the order of the schema's vocabulary when
    ``relation`` is categorical, else alphabetical. An end known only to the month or year counts the tie in
    that year. An empty table gives an empty frame.

    >>> t = pd.DataFrame({"relation": ["military_base", "armed_conflict"],
    ...     "start_date": pd.to_datetime(["2000-03-01", "2001-04-02"]),
    ...     "end_date": pd.to_datetime([None, "2001-04-05"]), "end_precision": [None, "day"]})
    >>> ties_by_year(t, until="2002-12-31")
          armed_conflict  military_base
    year                               
    2000               0              1
    2001               1              1
    2002               0              1
    """
    years = _years_held(relations.reset_index(drop=True), until)
    if years.empty:
        return pd.DataFrame(index=pd.Index([], dtype="int64", name="year"))
    kinds = relations["relation"].reset_index(drop=True)
    if isinstance(kinds.dtype, pd.CategoricalDtype):
        order = [c for c in kinds.cat.categories if c in set(kinds)]
    else:
        order = sorted(set(kinds.astype(str)))
    years["relation"] = kinds.astype(str).to_numpy()[years["row"]]
    counts = pd.crosstab(years["year"], years["relation"])
    counts = counts.reindex(index=range(int(years["year"].min()), int(years["year"].max()) + 1),
                            columns=order, fill_value=0)
    counts.index.name, counts.columns.name = "year", None
    return counts


def family(relations: pd.DataFrame) -> pd.Series:
    """Each relation's family: ``cooperative``, ``adversarial`` or ``other`` (see :data:`FAMILIES`).

    >>> family(pd.DataFrame({"relation": ["military_base", "armed_conflict", "trade"]})).tolist()
    ['cooperative', 'adversarial', 'other']
    """
    return relations["relation"].astype("object").map(FAMILIES).fillna("other").rename("family")


def treaty_count(relations: pd.DataFrame) -> int:
    """Treaties among the rows, counted once each: rows of one multilateral treaty share its ``treaty`` id (a
    three-party treaty is three pairs but one treaty); a row without one is its own treaty.

    >>> t = pd.DataFrame({"relation": ["bilateral_treaty"] * 4, "treaty": ["t1", "t1", "t1", None]})
    >>> treaty_count(t)
    2
    """
    treaties = relations[relations["relation"].astype("object").isin(["alliance_treaty", "bilateral_treaty"])]
    named = treaties["treaty"].dropna().astype(str) if "treaty" in treaties else pd.Series(dtype=str)
    return int(named.nunique() + (len(treaties) - len(named)))


def state_share(relations: pd.DataFrame, state: str, until: str | pd.Timestamp | None = None,
                of: str | None = None) -> pd.DataFrame:
    """Per year: ties that held (``ties``), those with ``state`` at either end (``with_state``) and the share.

    Years as in :func:`ties_by_year`; ``share`` is ``with_state / ties`` (every year in the index has a tie).
    ``of`` limits the ties to one family (``"cooperative"`` or ``"adversarial"``, :func:`family`): a war is not a
    tie of the same kind as a treaty, so the headline share is computed on cooperative ties.

    >>> t = pd.DataFrame({"source": ["RUS", "AAA"], "target": ["AAA", "BBB"],
    ...     "start_date": pd.to_datetime(["2000-01-01", "2001-01-01"]), "end_date": pd.NaT})
    >>> state_share(t, "RUS", until="2001-12-31")
          ties  with_state  share
    year                         
    2000     1           1    1.0
    2001     2           1    0.5
    """
    table = relations.reset_index(drop=True)
    if of is not None:
        table = table[family(table) == of].reset_index(drop=True)
    years = _years_held(table, until)
    columns = {"ties": pd.Series(dtype="int64"), "with_state": pd.Series(dtype="int64"),
               "share": pd.Series(dtype="float64")}
    if years.empty:
        return pd.DataFrame(columns, index=pd.Index([], dtype="int64", name="year"))
    involved = (table["source"].astype("string").eq(state) | table["target"].astype("string").eq(state))
    years["with_state"] = involved.fillna(False).to_numpy(dtype=bool)[years["row"]]
    out = years.groupby("year").agg(ties=("row", "size"), with_state=("with_state", "sum"))
    out = out.reindex(range(int(out.index.min()), int(out.index.max()) + 1))
    out["with_state"] = out["with_state"].astype("int64")
    out["share"] = out["with_state"] / out["ties"]
    out.index.name = "year"
    return out


def conflict_table(relations: pd.DataFrame, memberships: pd.DataFrame, organization: str | None = None,
                   organizations: pd.DataFrame | None = None,
                   kinds: tuple[str, ...] = HOSTILE_RELATIONS, member_status: str = "member") -> pd.DataFrame:
    """Conflicts, disputes and support for one side of a war, with each side's status when the tie began.

    Adds ``source_status`` and ``target_status`` (:func:`with_status`; ``none`` outside the organization),
    ``between`` (``members`` when both sides were ``member_status``, ``member and outsider`` when one was,
    ``outsiders`` otherwise) and ``days`` (``end_date - start_date``; empty while a tie is open). Sorted by
    start date, then pair. ``label`` is empty when the table has no such column.

    >>> ties = pd.DataFrame({"source": ["AAA", "BBB"], "target": ["BBB", "CCC"],
    ...     "relation": ["armed_conflict", "border_dispute"], "directed": [False, False],
    ...     "start_date": pd.to_datetime(["2005-01-01", "2006-01-01"]),
    ...     "end_date": pd.to_datetime(["2005-01-04", None])})
    >>> spells = pd.DataFrame({"organization": ["X", "X"], "state": ["AAA", "BBB"], "status": ["member"] * 2,
    ...     "start_date": pd.to_datetime(["2000-01-01", "2000-01-01"]), "end_date": pd.NaT})
    >>> conflict_table(ties, spells)[["source", "target", "between", "days"]]
      source target              between  days
    0    AAA    BBB              members     3
    1    BBB    CCC  member and outsider  <NA>
    """
    table = relations[relations["relation"].astype("string").isin(list(kinds))]
    table = with_status(table, memberships, organization, organizations)
    members = (table["source_status"].eq(member_status).astype(int)
               + table["target_status"].eq(member_status).astype(int))
    table["between"] = members.map({2: "members", 1: "member and outsider", 0: "outsiders"}).astype("string")
    table["days"] = (table["end_date"] - table["start_date"]).dt.days.astype("Int64")
    if "label" not in table:
        table["label"] = pd.Series(pd.NA, index=table.index, dtype="string")
    columns = ["start_date", "end_date", "days", "relation", "source", "source_status", "target",
               "target_status", "between", "label"]
    table = table.sort_values(["start_date", "source", "target"], kind="stable")
    return table[columns].reset_index(drop=True)
