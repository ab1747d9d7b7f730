"""Charts: membership timeline, requested-versus-delivered matrix, relations graph, activity over time.

Every function takes an optional matplotlib ``ax`` and returns the ``Axes`` it drew on. Colours come from the
Okabe-Ito palette, which stays distinct for the common forms of colour blindness.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .membership import _in_lineage, normalise_spells

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
STATUS_COLOURS = {"member": "#0072B2", "observer": "#56B4E9", "suspended": "#E69F00", "frozen": "#D55E00"}
RELATION_COLOURS = {"military_base": "#0072B2", "military_facility": "#56B4E9", "armed_conflict": "#D55E00",
                    "border_dispute": "#E69F00", "mission_contribution": "#009E73", "bilateral_treaty": "#999999",
                    "alliance_treaty": "#000000", "union_state": "#CC79A7", "recognition_dispute": "#F0E442"}


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
    """Appeals (rows) by category (columns): requested and delivered, requested only, or delivered unasked.

    ``table`` is the output of :func:`csto.assistance.compare`. The quantity delivered is written in the cell.

    >>> t = pd.DataFrame({"appeal_id": ["A-1", "A-1"], "category": ["troops", "equipment"],
    ...     "requested": [True, True], "delivered": [True, False], "delivered_quantity": [100.0, float("nan")]})
    >>> ax = assistance_matrix(t)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['equipment', 'troops']
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4))
    appeals = sorted(table["appeal_id"].unique())
    categories = sorted(table["category"].unique())
    state = {"both": "#009E73", "requested": "#D55E00", "delivered": "#56B4E9"}
    labels = {"both": "requested and delivered", "requested": "requested, not delivered",
              "delivered": "delivered, not requested"}
    for row in table.itertuples(index=False):
        kind = "both" if row.requested and row.delivered else ("requested" if row.requested else "delivered")
        x, y = categories.index(row.category), len(appeals) - 1 - appeals.index(row.appeal_id)
        ax.add_patch(plt.Rectangle((x - 0.45, y - 0.4), 0.9, 0.8, color=state[kind]))
        quantity = row.delivered_quantity
        if row.delivered and not (isinstance(quantity, float) and math.isnan(quantity)) and pd.notna(quantity):
            ax.text(x, y, f"{quantity:,.0f}", ha="center", va="center", fontsize=8, color="white")
    ax.set_xlim(-0.5, len(categories) - 0.5)
    ax.set_ylim(-0.5, len(appeals) - 0.5)
    ax.set_xticks(range(len(categories)), categories,
                  rotation=30, ha="right")
    ax.set_yticks(range(len(appeals)), list(reversed(appeals)))
    ax.legend(handles=[Patch(color=state[k], label=labels[k]) for k in state], loc="upper left",
              bbox_to_anchor=(1.01, 1), frameon=False)
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


def circle_layout(nodes: list[str] | set[str]) -> dict[str, tuple[float, float]]:
    """Positions on a unit circle, nodes sorted by code, first at the top: the same for every snapshot.

    Pass the union of the nodes of several graphs to :func:`network` so states keep their place across charts.

    >>> layout = circle_layout({"B", "A"})
    >>> [(n, round(x, 2), round(y, 2)) for n, (x, y) in layout.items()]
    [('A', 0.0, 1.0), ('B', 0.0, -1.0)]
    """
    ordered = sorted(nodes)
    step = 2 * math.pi / max(1, len(ordered))
    return {n: (math.cos(math.pi / 2 - step * i), math.sin(math.pi / 2 - step * i)) for i, n in enumerate(ordered)}


def network(graph: nx.MultiGraph, ax: Axes | None = None, title: str | None = None,
            positions: dict[str, tuple[float, float]] | None = None) -> Axes:
    """Draw the relations graph with a fixed circular layout (nodes sorted by code) and a legend.

    Parallel edges of different types are drawn as arcs of different curvature so none hides another;
    members are filled with their status colour, other states are grey.

    >>> g = nx.MultiGraph(); g.add_node("A", status="member"); g.add_node("B", status="")
    >>> g.add_edge("A", "B", relation="military_base", directed=True, source="A", target="B")
    0
    >>> ax = network(g)
    >>> sorted(t.get_text() for t in ax.texts if t.get_text())
    ['A', 'B']
    >>> plt.close("all")
    """
    ax = _ax(ax, (8, 8))
    nodes = sorted(graph.nodes)
    if positions is None:
        positions = circle_layout(nodes)
    missing = [n for n in nodes if n not in positions]
    if missing:
        raise KeyError(f"no position for {missing}; pass a layout covering every node")
    seen: dict[frozenset, int] = {}
    relations_drawn = []
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[3]["relation"], e[0], e[1], e[2]))
    for u, v, _key, data in edges:
        pair = frozenset((u, v))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        src, dst = (data.get("source", u), data.get("target", v))
        rad = 0.08 * k * (1 if k % 2 else -1) if k else 0.0
        ax.annotate("", xy=positions[dst], xytext=positions[src],
                    arrowprops={"arrowstyle": "-|>" if data.get("directed") else "-",
                                "color": _colour(RELATION_COLOURS, data["relation"]), "lw": 1.6,
                                "shrinkA": 14, "shrinkB": 14, "connectionstyle": f"arc3,rad={rad}"})
        relations_drawn.append(data["relation"])
    for n in nodes:
        status = graph.nodes[n].get("status", "")
        ax.scatter(*positions[n], s=900, color=STATUS_COLOURS.get(status, "#DDDDDD"), zorder=3,
                   edgecolor="#333333", linewidth=0.8)
        ax.text(*positions[n], n, ha="center", va="center", fontsize=8, zorder=4,
                color="white" if status in STATUS_COLOURS else "#000000")
    handles = [Line2D([], [], color=_colour(RELATION_COLOURS, r), lw=2, label=r.replace("_", " "))
               for r in sorted(set(relations_drawn))]
    statuses = sorted({graph.nodes[n].get("status", "") for n in nodes} - {""})
    handles += [Line2D([], [], marker="o", linestyle="", markersize=10, color=STATUS_COLOURS.get(s, "#DDDDDD"),
                       label=f"{s} state") for s in statuses]
    handles.append(Line2D([], [], marker="o", linestyle="", markersize=10, color="#DDDDDD", label="non-member"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1), frameon=False)
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.25, 1.25)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title or "Ties between states")
    return ax


def stacked_years(counts: pd.DataFrame, ax: Axes | None = None, title: str = "", ylabel: str = "count") -> Axes:
    """Stacked bars of counts per year: index = year, one column per series, stacked in column order.

    >>> ax = stacked_years(pd.DataFrame({"a": [1, 0], "b": [2, 3]}, index=[2001, 2002]))
    >>> [round(p.get_height()) for p in ax.patches]
    [1, 0, 2, 3]
    >>> plt.close("all")
    """
    ax = _ax(ax, (10, 4))
    bottom = np.zeros(len(counts))
    for i, column in enumerate(counts.columns):
        values = counts[column].to_numpy(dtype=float)
        ax.bar(counts.index, values, bottom=bottom, label=str(column), color=OKABE_ITO[i % len(OKABE_ITO)])
        bottom += values
    ax.set_xlabel("year")
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title)
    return ax


def activity(events: pd.DataFrame, ax: Axes | None = None, types: list[str] | None = None,
             title: str | None = None) -> Axes:
    """Stacked bars of events per year by type (``types`` chooses and orders them; others are "other").

    >>> ev = pd.DataFrame({"event_type": ["summit", "exercise", "summit"],
    ...                    "start_date": pd.to_datetime(["2001-05-01", "2001-09-01", "2002-05-01"])})
    >>> ax = activity(ev, types=["summit", "exercise"])
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['summit', 'exercise']
    >>> plt.close("all")
    """
    kinds = events["event_type"].astype("object")
    types = types or sorted(kinds.unique())
    kinds = kinds.where(kinds.isin(types), "other")
    counts = pd.crosstab(events["start_date"].dt.year, kinds)
    if len(counts):
        counts = counts.reindex(range(int(counts.index.min()), int(counts.index.max()) + 1), fill_value=0)
    counts = counts[[t for t in [*types, "other"] if t in counts.columns]]
    return stacked_years(counts, ax=ax, title=title or "Recorded events per year", ylabel="events recorded")


__all__ = ["OKABE_ITO", "STATUS_COLOURS", "RELATION_COLOURS", "setup", "timeline", "assistance_matrix", "bars",
           "circle_layout", "network", "stacked_years", "activity"]
