"""Charts: membership timeline, requested-versus-delivered matrix, relations graph, activity over time.

Every function takes an optional matplotlib ``ax`` and returns the ``Axes`` it drew on. Colours come from the
Okabe-Ito palette, which stays distinct for the common forms of colour blindness.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.path import Path
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch

from .membership import _in_lineage, normalise_spells
from .schema import enum

if TYPE_CHECKING:  # networkx costs ~0.2 s to import; notebooks without a graph never need it
    import networkx as nx

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
STATUS_COLOURS = {"member": "#0072B2", "observer": "#56B4E9", "suspended": "#E69F00", "frozen": "#D55E00"}
RELATION_COLOURS = {"military_base": "#0072B2", "military_facility": "#56B4E9", "armed_conflict": "#D55E00",
                    "border_dispute": "#E69F00", "mission_contribution": "#009E73", "bilateral_treaty": "#999999",
                    "alliance_treaty": "#000000", "union_state": "#CC79A7", "recognition_dispute": "#F0E442",
                    # beyond Okabe-Ito's eight colours: three from Paul Tol's muted scheme
                    "air_defence_system": "#882255", "joint_forces": "#999933", "conflict_support": "#CC6677",
                    "border_troops": "#332288"}
#: Four classes of ties for a network read at page size: three of cooperation, one of conflict (drawn dashed).
#: Relation types outside these lists (another alliance's data) fall in the cooperation class "other ties".
TIE_CLASSES = {"military_base": "bases and facilities", "military_facility": "bases and facilities",
               "border_troops": "bases and facilities",
               "alliance_treaty": "treaties and union", "bilateral_treaty": "treaties and union",
               "union_state": "treaties and union", "air_defence_system": "air defence, joint forces, missions",
               "joint_forces": "air defence, joint forces, missions",
               "mission_contribution": "air defence, joint forces, missions",
               "armed_conflict": "conflicts and disputes", "border_dispute": "conflicts and disputes",
               "conflict_support": "conflicts and disputes", "recognition_dispute": "conflicts and disputes"}
TIE_CLASS_COLOURS = {"bases and facilities": "#0072B2", "treaties and union": "#009E73",
                     "air defence, joint forces, missions": "#CC79A7", "conflicts and disputes": "#D55E00",
                     "other ties": "#999999"}
#: Colour of the derived co-participation layer (:func:`csto.relations.co_participation`): lighter than any tie.
CO_PARTICIPATION_COLOUR = "#BBBBBB"
#: Artist label of that layer (a leading underscore keeps it out of legends), to find it on an ``Axes``.
CO_PARTICIPATION_LABEL = "_co_participation"


def setup() -> None:
    """Set a plain, reproducible plot style (used by :func:`csto.notebook.setup`).

    >>> setup()
    """
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 100, "font.size": 10, "axes.spines.top": False,
                         "axes.spines.right": False, "axes.prop_cycle": plt.cycler(color=OKABE_ITO),
                         "svg.hashsalt": "csto", "figure.max_open_warning": 0})


def _ax(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=size)
    return ax


def _colour(palette: dict[str, str], key: str) -> str:
    if key in palette:
        return palette[key]
    return OKABE_ITO[sum(map(ord, key)) % len(OKABE_ITO)]


def timeline(memberships: pd.DataFrame, until: str | pd.Timestamp, organizations: pd.DataFrame | None = None,
             events: pd.DataFrame | None = None, ax: Axes | None = None, title: str | None = None,
             organization: str | None = None) -> Axes:
    """One bar per state, coloured by status over time; optional events as markers on a top row.

    Predecessor organizations are folded into their successors (``organizations``), so the 1992 treaty and
    the organization form one bar. ``organization`` keeps only that organization and its predecessors.
    States are ordered by first start date, then code.

    >>> spells = pd.DataFrame({"organization": ["X", "X"], "state": ["AAA", "BBB"], "status": ["member", "frozen"],
    ...     "start_date": pd.to_datetime(["2000-01-01", "2001-01-01"]), "start_precision": ["day", "day"],
    ...     "end_date": pd.to_datetime([None, None]), "end_precision": [None, None], "end_reason": [None, None],
    ...     "source_ids": ["s", "s"]})
    >>> ax = timeline(spells, until="2005-01-01")
    >>> [t.get_text() for t in ax.get_yticklabels()][::-1]  # top to bottom
    ['AAA', 'BBB']
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 5))
    spells = normalise_spells(memberships[_in_lineage(memberships, organization, organizations)], organizations)
    stop = pd.Timestamp(until)
    order = (spells.groupby("state")["start_date"].min().reset_index()
             .sort_values(["start_date", "state"])["state"].tolist())
    row = {state: i for i, state in enumerate(reversed(order))}
    for spell in spells.itertuples(index=False):
        start = spell.start_date
        end = stop if pd.isna(spell.end_date) else min(spell.end_date, stop)
        ax.barh(row[spell.state], (end - start).days, left=start, height=0.6,
                color=_colour(STATUS_COLOURS, spell.status), edgecolor="white", linewidth=0.5)
    ax.set_yticks(list(row.values()), list(row.keys()))
    handles = [Patch(color=_colour(STATUS_COLOURS, s), label=s) for s in STATUS_COLOURS if s in set(spells["status"])]
    if events is not None and len(events):
        top = len(row)
        ax.scatter(events["start_date"], [top] * len(events), marker="v", color="#000000", s=25, zorder=3)
        ax.set_yticks([*row.values(), top], [*row.keys(), "events"])
        handles.append(Line2D([], [], marker="v", color="#000000", linestyle="", label="event"))
    ax.set_xlim(spells["start_date"].min() - pd.Timedelta(days=180), stop + pd.Timedelta(days=180))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="status")
    ax.set_xlabel("date")
    ax.set_title(title or "Membership status by state")
    return ax


def assistance_matrix(table: pd.DataFrame, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Appeals (rows) by category (columns): what was asked for, what arrived and, where the data code it, whether
    what arrived met the request by content.

    ``table`` is the output of :func:`csto.assistance.compare`. Where its ``content_match`` column is filled, a
    delivered cell is coloured by the match (met, partly, not met) and a cell asked for with nothing delivered is
    grey; a black outline marks the categories that were asked for. Without matches (another alliance's data) the
    cells are coloured requested and delivered / requested only / delivered unasked. The quantity delivered is
    written in the cell.

    >>> t = pd.DataFrame({"appeal_id": ["A-1", "A-1"], "category": ["troops", "equipment"],
    ...     "requested": [True, True], "delivered": [True, False], "delivered_quantity": [100.0, float("nan")],
    ...     "content_match": ["met", None]})
    >>> ax = assistance_matrix(t)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['equipment', 'troops']
    >>> [h.get_label() for h in ax.get_legend().legend_handles]
    ['delivered, met the request', 'delivered, partly met it', 'delivered, did not meet it', 'asked for, nothing arrived', 'outline: asked for']
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4))
    appeals = sorted(table["appeal_id"].unique())
    categories = sorted(table["category"].unique())
    by_match = "content_match" in table and table["content_match"].notna().any()
    if by_match:
        colour = {"met": "#009E73", "partly": "#E69F00", "not_met": "#D55E00", "nothing": "#BBBBBB"}
        labels = {"met": "delivered, met the request", "partly": "delivered, partly met it",
                  "not_met": "delivered, did not meet it", "nothing": "asked for, nothing arrived"}
    else:
        colour = {"both": "#009E73", "requested": "#D55E00", "delivered": "#56B4E9"}
        labels = {"both": "requested and delivered", "requested": "requested, not delivered",
                  "delivered": "delivered, not requested"}
    for row in table.itertuples(index=False):
        if by_match:
            kind = (row.content_match if row.delivered and isinstance(row.content_match, str) else
                    "nothing" if not row.delivered else "partly")
        else:
            kind = "both" if row.requested and row.delivered else ("requested" if row.requested else "delivered")
        x, y = categories.index(row.category), len(appeals) - 1 - appeals.index(row.appeal_id)
        outline = {"edgecolor": "black", "linewidth": 1.5} if by_match and row.requested else {"linewidth": 0}
        ax.add_patch(plt.Rectangle((x - 0.45, y - 0.4), 0.9, 0.8, facecolor=colour[kind], **outline))
        quantity = row.delivered_quantity
        if row.delivered and not (isinstance(quantity, float) and math.isnan(quantity)) and pd.notna(quantity):
            ax.text(x, y, f"{quantity:,.0f}", ha="center", va="center", fontsize=8, color="white")
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(-0.5, len(appeals) - 0.5)
    ax.set_xticks(range(len(categories)), categories,
                  rotation=30, ha="right")
    ax.set_yticks(range(len(appeals)), list(reversed(appeals)))
    handles = [Patch(color=colour[k], label=labels[k]) for k in colour]
    if by_match:
        handles.append(Patch(facecolor="white", edgecolor="black", linewidth=1.5, label="outline: asked for"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title or "What was asked for and what arrived")
    return ax


def bars(values: pd.Series, ax: Axes | None = None, title: str = "", xlabel: str = "",
         colour: str = "#0072B2") -> Axes:
    """Horizontal bars of a labelled series, largest on top, value written beside each bar.

    >>> ax = bars(pd.Series({"AAA": 3, "BBB": 5}), xlabel="count")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['AAA', 'BBB']
    >>> plt.close("all")
    """
    ax = _ax(ax, (7, max(2.0, 0.4 * len(values) + 1)))
    ordered = values.sort_values(kind="stable")
    positions = np.arange(len(ordered))
    ax.barh(positions, ordered.to_numpy(dtype=float), color=colour)
    for y, value in zip(positions, ordered.to_numpy(dtype=float)):
        ax.text(value, y, f" {value:,.0f}", va="center", fontsize=8)
    ax.set_yticks(positions, [str(i) for i in ordered.index])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return ax


def circle_layout(nodes: list[str] | set[str], centre: str | None = None) -> dict[str, tuple[float, float]]:
    """Positions on a unit circle, nodes sorted by code, first at the top: the same for every snapshot.

    Pass the union of the nodes of several graphs to :func:`network` so states keep their place across charts.
    ``centre`` puts one node (a hub) at the origin and the others on the circle.

    >>> layout = circle_layout({"B", "A"})
    >>> [(n, round(x, 2), round(y, 2)) for n, (x, y) in layout.items()]
    [('A', 0.0, 1.0), ('B', 0.0, -1.0)]
    >>> circle_layout({"A", "B", "C"}, centre="C")["C"]
    (0.0, 0.0)
    """
    ordered = sorted(n for n in nodes if n != centre)
    step = 2 * math.pi / max(1, len(ordered))
    layout = {n: (math.cos(math.pi / 2 - step * i), math.sin(math.pi / 2 - step * i)) for i, n in enumerate(ordered)}
    if centre is not None and centre in set(nodes):
        layout[centre] = (0.0, 0.0)
    return layout


def network_handles(statuses: list[str] | None = None, co_participation_label: str | None = "took part together",
                    by_class: bool = True) -> list[Line2D]:
    """Legend entries for :func:`network` panels drawn with ``by_class=True`` and ``legend=False``, so a figure of
    several panels carries one legend (``fig.legend(handles=network_handles(...))``).

    >>> [h.get_label() for h in network_handles(["member"], None)][:2]
    ['bases and facilities', 'treaties and union']
    """
    handles = [Line2D([], [], color=colour, lw=2.5, ls="--" if name == "conflicts and disputes" else "-",
                      label=name) for name, colour in TIE_CLASS_COLOURS.items() if name != "other ties"]
    if co_participation_label:
        handles.append(Line2D([], [], color=CO_PARTICIPATION_COLOUR, lw=4, alpha=0.6, label=co_participation_label))
    handles += [Line2D([], [], marker="o", linestyle="", markersize=10, color=STATUS_COLOURS.get(s, "#DDDDDD"),
                       label=f"{s} state") for s in (statuses or [])]
    handles.append(Line2D([], [], marker="o", linestyle="", markersize=10, color="#DDDDDD", label="non-member"))
    return handles


TIES_LABEL = "ties"
"""Label of the collection that holds a ``by_class`` network's ties (one curve per pair and class)."""


def _arc(a: tuple[float, float], b: tuple[float, float], rad: float) -> Path:
    """The curve matplotlib's ``arc3`` connection style draws from ``a`` to ``b`` (a quadratic Bezier whose
    control point sits ``rad`` times the distance off the midpoint), in data coordinates: the same curve on an
    axes of equal aspect, without a patch per curve."""
    (x1, y1), (x2, y2) = a, b
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    return Path([(x1, y1), (cx, cy), (x2, y2)], [Path.MOVETO, Path.CURVE3, Path.CURVE3])


def network(graph: nx.MultiGraph, ax: Axes | None = None, title: str | None = None,
            positions: dict[str, tuple[float, float]] | None = None,
            co_participation: pd.DataFrame | None = None, co_participation_label: str = "took part together",
            by_class: bool = False, legend: bool = True) -> Axes:
    """Draw the relations graph with a fixed circular layout (nodes sorted by code) and a legend.

    Parallel edges of different types are drawn as arcs of different curvature so none hides another;
    members are filled with their status colour, other states are grey. ``co_participation`` (the output of
    :func:`csto.relations.co_participation`: ``source``, ``target``, ``events``) is drawn beneath, as light
    straight lines whose width grows with the number of shared events; its states join the nodes.

    >>> import networkx as nx
    >>> g = nx.MultiGraph(); g.add_node("A", status="member"); g.add_node("B", status="")
    >>> g.add_edge("A", "B", relation="military_base", directed=True, source="A", target="B")
    0
    >>> ax = network(g)
    >>> sorted(t.get_text() for t in ax.texts if t.get_text())
    ['A', 'B']
    >>> shared = pd.DataFrame({"source": ["A"], "target": ["C"], "events": [4]})
    >>> ax = network(g, co_participation=shared)
    >>> sorted(t.get_text() for t in ax.texts if t.get_text())
    ['A', 'B', 'C']
    >>> [len(c.get_segments()) for c in ax.collections if c.get_label() == CO_PARTICIPATION_LABEL]
    [1]

    ``by_class=True`` draws one line per pair and class of tie (:data:`TIE_CLASSES`: four classes, conflicts
    dashed), thicker for more ties of the class, instead of one arc per tie and type: the panel reads at page size.

    >>> ax = network(g, by_class=True, legend=False)
    >>> [len(c.get_paths()) for c in ax.collections if c.get_label() == TIES_LABEL], ax.get_legend() is None
    ([1], True)
    >>> plt.close("all")
    """
    ax = _ax(ax, (8, 8))
    layer = co_participation if co_participation is not None else pd.DataFrame(columns=["source", "target", "events"])
    nodes = sorted(set(graph.nodes) | set(layer["source"]) | set(layer["target"]))
    if positions is None:
        positions = circle_layout(nodes)
    missing = [n for n in nodes if n not in positions]
    if missing:
        raise KeyError(f"no position for {missing}; pass a layout covering every node")
    if len(layer):
        # one collection for the whole layer: hundreds of separate lines made this the slowest chart to draw
        pairs = layer.sort_values(["source", "target"])
        ax.add_collection(LineCollection(
            [(positions[a], positions[b]) for a, b in zip(pairs["source"], pairs["target"])],
            linewidths=0.5 + 5.5 * pairs["events"].to_numpy(dtype=float) / float(layer["events"].max()),
            colors=CO_PARTICIPATION_COLOUR, alpha=0.6, zorder=0, capstyle="round", label=CO_PARTICIPATION_LABEL))
    seen: dict[frozenset, int] = {}
    relations_drawn = []
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[3]["relation"], e[0], e[1], e[2]))
    if by_class:
        counts: dict[tuple[str, str, str], int] = {}
        for u, v, _key, data in edges:
            a, b = sorted((u, v))
            name = TIE_CLASSES.get(data["relation"], "other ties")
            counts[(a, b, name)] = counts.get((a, b, name), 0) + 1
        order = list(TIE_CLASS_COLOURS)
        arcs, colours, widths, styles = [], [], [], []
        for (a, b, name), n in sorted(counts.items(), key=lambda item: (order.index(item[0][2]), item[0])):
            pair = frozenset((a, b))
            k = seen.get(pair, 0)
            seen[pair] = k + 1
            arcs.append(_arc(positions[a], positions[b], 0.12 * k * (1 if k % 2 else -1) if k else 0.0))
            colours.append(TIE_CLASS_COLOURS[name])
            widths.append(1.2 + 0.9 * (n - 1))
            styles.append("--" if name == "conflicts and disputes" else "-")
        if arcs:  # one collection, not a patch per tie: the six-panel figure of notebook 03 draws much faster
            ax.add_collection(PathCollection(arcs, facecolors="none", edgecolors=colours, linewidths=widths,
                                             linestyles=styles, zorder=1, label=TIES_LABEL), autolim=False)
        edges = []
    for u, v, _key, data in edges:
        pair = frozenset((u, v))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        src, dst = (data.get("source", u), data.get("target", v))
        rad = 0.08 * k * (1 if k % 2 else -1) if k else 0.0
        ax.add_patch(FancyArrowPatch(positions[src], positions[dst],
                                     arrowstyle="-|>" if data.get("directed") else "-", mutation_scale=10,
                                     color=_colour(RELATION_COLOURS, data["relation"]), lw=1.6,
                                     # Only an arrowhead needs to stop short of its node; other ends hide under
                                     # the node markers, and skipping their clipping makes drawing faster.
                                     shrinkA=0, shrinkB=14 if data.get("directed") else 0,
                                     connectionstyle=f"arc3,rad={rad}"))
        relations_drawn.append(data["relation"])
    status = {n: graph.nodes[n].get("status", "") if n in graph else "" for n in nodes}
    ax.scatter([positions[n][0] for n in nodes], [positions[n][1] for n in nodes], s=900, zorder=3,
               color=[STATUS_COLOURS.get(status[n], "#DDDDDD") for n in nodes], edgecolor="#333333", linewidth=0.8)
    for n in nodes:
        ax.text(*positions[n], n, ha="center", va="center", fontsize=8, zorder=4,
                color="white" if status[n] in STATUS_COLOURS else "#000000")
    statuses = sorted({graph.nodes[n].get("status", "") for n in graph.nodes} - {""})
    if by_class:
        handles = network_handles(statuses, co_participation_label if len(layer) else None)
    else:
        handles = [Line2D([], [], color=_colour(RELATION_COLOURS, r), lw=2, label=r.replace("_", " "))
                   for r in sorted(set(relations_drawn))]
        if len(layer):
            handles.append(Line2D([], [], color=CO_PARTICIPATION_COLOUR, lw=4, alpha=0.6,
                                  label=co_participation_label))
        handles += [Line2D([], [], marker="o", linestyle="", markersize=10, color=STATUS_COLOURS.get(s, "#DDDDDD"),
                           label=f"{s} state") for s in statuses]
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=10, color="#DDDDDD", label="non-member"))
    if legend:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1), frameon=False)
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.25, 1.25)
    ax.set_aspect("equal")
    ax.set_xticks([])  # a hidden axis still builds its ticks at every draw; with none, a panel draws ~40 % faster
    ax.set_yticks([])
    ax.axis("off")
    ax.set_title(title or "Ties between states")
    return ax


def _rectangles(ax: Axes, x: np.ndarray, bottom: np.ndarray, height: np.ndarray, width: float,
                **style: object) -> PolyCollection:
    """Rectangles centred on ``x``, from ``bottom`` up by ``height``, drawn as one collection.

    One collection instead of a patch per rectangle: a chart of a few hundred bars draws in a third of the time
    (matplotlib lays out and draws each patch on its own). Like ``Axes.bar``, the bars' bottoms are sticky edges,
    so autoscaling leaves no margin under a bar chart's zero line.
    """
    x, bottom, height = (np.asarray(v, dtype=float) for v in (x, bottom, height))
    left, right, top = x - width / 2, x + width / 2, bottom + height
    verts = np.stack([np.column_stack([left, bottom]), np.column_stack([right, bottom]),
                      np.column_stack([right, top]), np.column_stack([left, top])], axis=1)
    rects = PolyCollection(verts, closed=True, **style)
    rects.sticky_edges.y.extend(bottom.tolist())
    ax.add_collection(rects, autolim=True)
    return rects


def stacked_years(counts: pd.DataFrame, ax: Axes | None = None, title: str = "", ylabel: str = "count",
                  colours: dict[str, str] | None = None) -> Axes:
    """Stacked bars of counts per year: index = year, one column per series, stacked in column order.

    ``colours`` maps columns to colours; without it (or for a column it lacks) Okabe-Ito colours in turn.

    >>> ax = stacked_years(pd.DataFrame({"a": [1, 0], "b": [2, 3]}, index=[2001, 2002]))
    >>> bar_segments(ax)
    [(2001.0, 0.0, 1.0), (2001.0, 1.0, 2.0), (2002.0, 0.0, 3.0)]
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4))
    years = np.asarray(counts.index)
    bottom = np.zeros(len(counts))
    handles = []
    for i, column in enumerate(counts.columns):
        values = counts[column].to_numpy(dtype=float)
        colour = (colours or {}).get(str(column), OKABE_ITO[i % len(OKABE_ITO)])
        # An empty segment draws nothing; leaving it out keeps a chart of many types and years quick to draw.
        drawn = values != 0
        _rectangles(ax, years[drawn], bottom[drawn], values[drawn], 0.8, facecolors=colour, edgecolors="none",
                    linewidths=0, label=str(column))
        handles.append(Patch(color=colour, label=str(column)))
        bottom += values
    ax.autoscale_view()
    ax.set_xlabel("year")
    ax.set_ylabel(ylabel)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title)
    return ax


def bar_segments(ax: Axes) -> list[tuple[float, float, float]]:
    """The bars a chart of this module drew, as (centre, bottom, height), in drawing order: a way to read
    :func:`stacked_years` and :func:`activity` back, since they draw each series as one collection.

    >>> ax = stacked_years(pd.DataFrame({"a": [2]}, index=[1999]))
    >>> bar_segments(ax)
    [(1999.0, 0.0, 2.0)]
    >>> plt.close("all")
    """
    out = []
    for rects in ax.collections:
        if isinstance(rects, PolyCollection):
            for path in rects.get_paths():
                (x0, y0), (x1, y1) = path.vertices.min(axis=0), path.vertices.max(axis=0)
                out.append((float((x0 + x1) / 2), float(y0), float(y1 - y0)))
    return out


def ties_over_time(counts: pd.DataFrame, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Stacked areas of ties per year by relation type (the output of :func:`csto.relations.ties_by_year`).

    Colours are the relation colours of :func:`network`, so a type looks the same in every chart.

    >>> counts = pd.DataFrame({"military_base": [1, 2], "armed_conflict": [0, 1]}, index=[2000, 2001])
    >>> ax = ties_over_time(counts)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]  # as stacked, top first
    ['armed conflict', 'military base']
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4.5))
    if len(counts.columns):
        ax.stackplot(counts.index, counts.to_numpy(dtype=float).T,
                     colors=[_colour(RELATION_COLOURS, str(c)) for c in counts.columns],
                     labels=[str(c).replace("_", " ") for c in counts.columns], edgecolor="white", linewidth=0.3)
        handles, labels = ax.get_legend_handles_labels()
        # legend top to bottom as the stack reads top to bottom
        ax.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        ax.set_xlim(counts.index.min(), counts.index.max())
    ax.set_xlabel("year")
    ax.set_ylabel("ties in force at some point in the year")
    ax.set_title(title or "Ties between states by type, per year")
    return ax


def share_over_time(table: pd.DataFrame | dict[str, pd.DataFrame], ax: Axes | None = None,
                    title: str | None = None, label: str = "state") -> Axes:
    """Lines of a state's share of ties per year (outputs of :func:`csto.relations.state_share`), one line per
    table when given a dict (e.g. cooperative ties and all ties), on one percentage axis. The number of ties
    behind each share is left to the table beside the chart: a second axis for it reads as a second measure.

    >>> t = pd.DataFrame({"ties": [2, 4], "with_state": [1, 3], "share": [0.5, 0.75]}, index=[2000, 2001])
    >>> ax = share_over_time({"cooperative ties": t, "all ties": t.assign(share=[0.4, 0.6])}, label="RUS")
    >>> [float(y) for y in ax.lines[0].get_ydata()], [line.get_label() for line in ax.lines]
    ([50.0, 75.0], ['cooperative ties', 'all ties'])
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4))
    tables = table if isinstance(table, dict) else {f"share of ties involving {label}": table}
    styles = [{"color": "#0072B2", "lw": 2.2}, {"color": "#999999", "lw": 1.5, "ls": "--"},
              {"color": "#D55E00", "lw": 1.5, "ls": ":"}]
    for (name, values), style in zip(tables.items(), styles):
        ax.plot(values.index, 100 * values["share"], marker="o", markersize=3, label=name, **style)
    ax.set_ylim(0, 105)
    ax.set_xlabel("year")
    ax.set_ylabel(f"% of ties involving {label}")
    if len(tables) > 1:
        ax.legend(frameon=False, loc="lower left")
    ax.set_title(title or f"Share of ties that involve {label}, per year")
    return ax


#: Colours of event types, one each, in the stacking order of :func:`activity` (meetings, military activity,
#: crises, statements, institutional acts, the treaty's life). Okabe-Ito first, then Paul Tol's muted and light
#: schemes, and ColorBrewer's BrBG browns and greys for the rare treaty-life types. A type of the schema missing
#: here gets a colour of :data:`RESERVE_COLOURS` (see :func:`event_type_colours`); "other" is :data:`OTHER_COLOUR`.
EVENT_TYPE_COLOURS = {"summit": "#0072B2", "ministerial": "#56B4E9", "meeting": "#88CCEE",
                      "exercise": "#009E73", "operation": "#999933", "deployment": "#000000", "mission": "#F0E442",
                      "crisis": "#D55E00", "crisis_decision": "#E69F00",
                      "statement": "#CC79A7", "member_statement": "#882255",
                      "institution": "#332288", "agreement": "#44AA99", "appointment": "#EE8866",
                      "membership_change": "#AA4499",
                      "treaty_signing": "#8C510A", "entry_into_force": "#BF812D", "treaty_renewal": "#DFC27D",
                      "ratification": "#999999", "charter": "#555555"}
RESERVE_COLOURS = ["#CC6677", "#117733", "#6699CC", "#661100", "#AA4466", "#4477AA"]
OTHER_COLOUR = "#DDDDDD"
#: Attendance at Council sessions, per state and year (:func:`attendance_grid`).
ATTENDANCE_COLOURS = {"absent": "#D55E00", "attended": "#0072B2", "partly recorded": "#EEEEEE",
                      "not recorded": "#DDDDDD"}
#: What each attendance cell means, as the legend says it: "partly recorded" is a gap in the sources (present at
#: some sessions, the others silent), not partial attendance, so it is drawn grey with blue hatching.
ATTENDANCE_LABELS = {"absent": "absent from a session (a source names it)",
                     "attended": "present at every session",
                     "partly recorded": "present at some; sources silent on the others",
                     "not recorded": "sources silent (not an absence)"}


def _package_event_types() -> list[str]:
    descriptor = json.loads(resources.files("csto").joinpath("datapackage.json").read_text(encoding="utf-8"))
    return enum(descriptor, "events", "event_type")


def event_type_colours(types: list[str] | None = None) -> dict[str, str]:
    """A colour for every event type: ``types``, or by default every value of the schema's ``event_type`` enum.

    Known types keep their :data:`EVENT_TYPE_COLOURS` entry whatever the list; the others take
    :data:`RESERVE_COLOURS` in the order given (cycling only past six new types). The result lists the
    palette's types first, in its order, then the new ones.

    >>> colours = event_type_colours()
    >>> colours["summit"] != colours["exercise"], len(set(colours.values())) == len(colours)
    (True, True)
    >>> event_type_colours(["summit", "parade"])
    {'summit': '#0072B2', 'parade': '#CC6677'}
    """
    wanted = list(dict.fromkeys(types if types is not None else _package_event_types()))
    known = [t for t in EVENT_TYPE_COLOURS if t in wanted]
    new = [t for t in wanted if t not in EVENT_TYPE_COLOURS]
    colours = {t: EVENT_TYPE_COLOURS[t] for t in known}
    colours.update({t: RESERVE_COLOURS[i % len(RESERVE_COLOURS)] for i, t in enumerate(new)})
    return colours


def activity(events: pd.DataFrame, ax: Axes | None = None, types: list[str] | None = None,
             title: str | None = None) -> Axes:
    """Stacked bars of the events that took place, per year and type, one colour per type.

    Counting is :func:`csto.activity.activity_by_year`: events with a ``status`` (announced only, postponed,
    cancelled) are left out. ``types`` chooses and orders the types drawn (the others are summed as "other",
    in :data:`OTHER_COLOUR`); by default every type present, in the order of :data:`EVENT_TYPE_COLOURS`.

    >>> ev = pd.DataFrame({"event_type": ["summit", "exercise", "summit", "exercise"],
    ...                    "start_date": pd.to_datetime(["2001-05-01", "2001-09-01", "2002-05-01", "2002-09-01"]),
    ...                    "status": [None, None, None, "cancelled"]})
    >>> ax = activity(ev)
    >>> [t.get_text() for t in ax.get_legend().get_texts()], [round(h) for _, _, h in bar_segments(ax)]
    (['summit', 'exercise'], [1, 1, 1])
    >>> plt.close("all")
    """
    from .activity import activity_by_year, took_place

    present = sorted(set(events.loc[took_place(events), "event_type"].astype("object").astype(str)))
    order = types if types is not None else list(event_type_colours(present))
    counts = activity_by_year(events, types=order)
    palette = {**event_type_colours([c for c in counts.columns if c != "other"]), "other": OTHER_COLOUR}
    return stacked_years(counts, ax=ax, title=title or "Events that took place, per year and type",
                         ylabel="events recorded", colours=palette)


def exercise_grid(table: pd.DataFrame, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Exercises as dots: one row per series (ordered by first year), one column per year, coloured by host.

    ``table`` is the output of :func:`csto.activity.exercises`. A filled dot took place; a hollow one was only
    announced; a cross was postponed or cancelled. Two exercises of one series in one year sit side by side.
    Hosts take Okabe-Ito colours in alphabetical order; an exercise without a host is grey.

    >>> t = pd.DataFrame({"year": [2004, 2005, 2022], "series": ["Rubezh", "Rubezh", "IB"],
    ...     "host": ["KAZ", "TJK", "KGZ"], "status": ["", "", "cancelled"]})
    >>> ax = exercise_grid(t)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['IB', 'Rubezh']
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, max(3.0, 0.45 * table["series"].nunique() + 1.5)))
    series = table["series"].where(table["series"] != "", "(no series)")
    first = table.assign(series=series).groupby("series")["year"].min()
    order = sorted(first.index, key=lambda s: (-int(first[s]), s))
    row = {s: i for i, s in enumerate(order)}
    hosts = sorted(h for h in set(table["host"]) if h)
    host_colour = {h: OKABE_ITO[i % len(OKABE_ITO)] for i, h in enumerate(hosts)}
    seen: dict[tuple[str, int], int] = {}
    points: dict[str, list[tuple[float, int, str]]] = {"held": [], "announced": [], "called off": []}
    for rec, name in zip(table.itertuples(index=False), series):
        k = seen.get((name, rec.year), 0)
        seen[(name, rec.year)] = k + 1
        kind = "called off" if rec.status in ("cancelled", "postponed") else "announced" if rec.status else "held"
        points[kind].append((rec.year + 0.25 * k, row[name], host_colour.get(rec.host, "#999999")))
    # one scatter per kind of dot (not per exercise): the chart draws several times faster
    for kind, style in (("called off", {"marker": "X"}), ("announced", {"marker": "o", "linewidth": 1.5}),
                        ("held", {"marker": "o"})):
        if points[kind]:
            x, y, colour = zip(*points[kind])
            paint = {"facecolor": "white", "edgecolor": colour} if kind == "announced" else {"color": colour}
            ax.scatter(x, y, s=60, zorder=3, label=f"_{kind}", **paint, **style)
    ax.set_yticks(list(row.values()), list(row.keys()))
    ax.grid(axis="y", color="#EEEEEE")
    handles = [Line2D([], [], marker="o", linestyle="", color=host_colour[h], label=h) for h in hosts]
    if (table["host"] == "").any():
        handles.append(Line2D([], [], marker="o", linestyle="", color="#999999", label="no host"))
    handles += [Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="#333333",
                       label="announced only"),
                Line2D([], [], marker="X", linestyle="", color="#333333", label="postponed or cancelled")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="host")
    ax.set_xlabel("year")
    ax.set_title(title or "Exercises by series, year and host")
    return ax


def attendance_grid(table: pd.DataFrame, ax: Axes | None = None, title: str | None = None) -> Axes:
    """States (rows) by year (columns): did the state attend the Council sessions it was expected at?

    ``table`` is the output of :func:`csto.activity.attendance`. A cell is ``absent`` if an absence is coded
    that year, ``attended`` if every session that year has the state coded present, ``partly recorded`` if
    some have, ``not recorded`` if none has; blank if the state was not expected at any session. The cell
    reads attended/sessions.

    >>> t = pd.DataFrame({"state": ["AAA", "AAA", "BBB"], "year": [2022, 2023, 2023], "sessions": [1, 1, 2],
    ...     "attended": [1, 0, 1], "absent": [0, 1, 0], "not recorded": [0, 0, 1]})
    >>> ax = attendance_grid(t)
    >>> sorted(t.get_text() for t in ax.texts)
    ['0/1', '1/1', '1/2']
    >>> plt.close("all")
    """
    states = sorted(set(table["state"]))
    years = list(range(int(table["year"].min()), int(table["year"].max()) + 1)) if len(table) else []
    ax = _ax(ax, (max(6.0, 0.38 * len(years) + 2), 0.45 * len(states) + 1.5))
    row = {s: len(states) - 1 - i for i, s in enumerate(states)}
    kinds = []
    cells: dict[str, list[tuple[float, float]]] = {}
    for rec in table.itertuples(index=False):
        if rec.absent:
            kind = "absent"
        elif rec.attended == rec.sessions:
            kind = "attended"
        elif rec.attended:
            kind = "partly recorded"
        else:
            kind = "not recorded"
        kinds.append(kind)
        cells.setdefault(kind, []).append((rec.year, row[rec.state]))
        ax.text(rec.year, row[rec.state], f"{rec.attended}/{rec.sessions}", ha="center", va="center",
                fontsize=6, color="white" if kind in ("absent", "attended") else "#000000")
    for kind, where in cells.items():  # one collection of cells per kind: a grid of a few hundred draws fast
        x, y = np.array(where, dtype=float).T
        _rectangles(ax, x, y - 0.4, np.full(len(x), 0.8), 0.9, facecolors=ATTENDANCE_COLOURS[kind], linewidths=0,
                    edgecolors="#0072B2", hatch="////" if kind == "partly recorded" else None, zorder=1)
    ax.set_xlim(min(years, default=0) - 0.6, max(years, default=0) + 0.6)
    ax.set_ylim(-0.6, len(states) - 0.4)
    ax.set_yticks(list(row.values()), list(row.keys()))
    ax.set_xlabel("year")
    ax.legend(handles=[Patch(facecolor=ATTENDANCE_COLOURS[k], edgecolor="#0072B2" if k == "partly recorded" else
                             ATTENDANCE_COLOURS[k], hatch="////" if k == "partly recorded" else None,
                             label=ATTENDANCE_LABELS[k]) for k in ATTENDANCE_COLOURS if k in kinds],
              loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title or "Attendance at Council sessions (attended / sessions held)")
    return ax


__all__ = ["OKABE_ITO", "STATUS_COLOURS", "RELATION_COLOURS", "TIE_CLASSES", "TIE_CLASS_COLOURS", "network_handles",
           "setup", "timeline", "assistance_matrix", "bars",
           "circle_layout", "network", "stacked_years", "bar_segments", "activity", "ties_over_time", "share_over_time",
           "CO_PARTICIPATION_COLOUR",
           "EVENT_TYPE_COLOURS", "RESERVE_COLOURS", "OTHER_COLOUR", "ATTENDANCE_COLOURS", "ATTENDANCE_LABELS",
           "event_type_colours",
           "exercise_grid", "attendance_grid"]
