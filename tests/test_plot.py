"""Plots draw what the data says: bars per state and status, matrix cells, graph nodes and legends."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from csto import plot  # noqa: E402
from test_assistance import APPEALS, ASSISTANCE  # noqa: E402
from test_membership import LEAVE_AND_REJOIN  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_timeline_draws_one_bar_per_spell_and_uses_given_axes():
    fig, ax = plt.subplots()
    assert plot.timeline(LEAVE_AND_REJOIN, until="2013-12-31", ax=ax) is ax
    assert len(ax.patches) == 4
    colours = {matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches}
    assert colours == {plot.STATUS_COLOURS["member"].lower(), plot.STATUS_COLOURS["suspended"].lower()}
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["member", "suspended"]


def test_timeline_keeps_one_organization_lineage():
    table = pd.concat([LEAVE_AND_REJOIN, LEAVE_AND_REJOIN.head(1).assign(organization="Y", state="CCC")])
    ax = plot.timeline(table, until="2013-12-31", organization="X")
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["AAA", "BBB"]
    ax = plot.timeline(table, until="2013-12-31")
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["AAA", "BBB", "CCC"]
    plt.close("all")


def test_timeline_with_events_adds_a_row():
    events = pd.DataFrame({"start_date": pd.to_datetime(["1992-05-15", "2002-10-07"])})
    ax = plot.timeline(LEAVE_AND_REJOIN, until="2013-12-31", events=events)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "events"


def test_assistance_matrix_colours_the_gap():
    from csto.assistance import compare

    ax = plot.assistance_matrix(compare(APPEALS, ASSISTANCE))
    assert len(ax.patches) == 4  # troops+equipment for AAA, troops+consultations for BBB
    assert sorted(t.get_text() for t in ax.texts) == ["1,570"]


def test_network_is_reproducible():
    g = nx.MultiGraph()
    g.add_node("B", status="member")
    g.add_node("A", status="frozen")
    g.add_edge("A", "B", relation="armed_conflict", directed=False, source="A", target="B")
    ax1, ax2 = plot.network(g), plot.network(g)
    pos1 = [t.get_position() for t in ax1.texts if t.get_text()]
    pos2 = [t.get_position() for t in ax2.texts if t.get_text()]
    assert pos1 == pos2
    labels = [t.get_text() for t in ax1.get_legend().get_texts()]
    assert labels == ["armed conflict", "frozen state", "member state", "non-member"]


def test_activity_counts_per_year():
    events = pd.DataFrame({"event_type": ["summit", "summit", "exercise"],
                           "start_date": pd.to_datetime(["2001-01-01", "2003-01-01", "2003-02-01"])})
    ax = plot.activity(events)
    bars = sorted(plot.bar_segments(ax))
    assert bars == [(2001, 0, 1), (2003, 0, 1), (2003, 1, 1)]  # (year, bottom, height); empty segments not drawn
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["summit", "exercise"]


def test_bars_writes_values():
    ax = plot.bars(pd.Series({"RUS": 1500, "ARM": 70}))
    assert [t.get_text().strip() for t in ax.texts] == ["70", "1,500"]


def test_network_keeps_given_positions_and_rejects_incomplete_ones():
    import networkx as nx
    import pytest

    layout = plot.circle_layout({"AAA", "BBB", "CCC"})
    g = nx.MultiGraph()
    g.add_node("AAA", status="member")
    g.add_node("CCC", status="")
    ax = plot.network(g, positions=layout)
    labels = {t.get_text(): t.get_position() for t in ax.texts if t.get_text() in {"AAA", "CCC"}}
    assert labels == {"AAA": pytest.approx(layout["AAA"]), "CCC": pytest.approx(layout["CCC"])}
    with pytest.raises(KeyError, match="no position"):
        plot.network(g, positions={"AAA": (0.0, 1.0)})
    plt.close("all")


def test_circle_layout_with_a_centre_keeps_the_others_on_the_circle():
    layout = plot.circle_layout({"AAA", "BBB", "CCC", "RUS"}, centre="RUS")
    assert layout["RUS"] == (0.0, 0.0)
    assert all(abs(x * x + y * y - 1) < 1e-9 for n, (x, y) in layout.items() if n != "RUS")
    assert plot.circle_layout({"AAA"}, centre="ZZZ") == {"AAA": pytest.approx((0.0, 1.0))}  # centre not a node


def co_participation_layer(ax):
    layers = [c for c in ax.collections if c.get_label() == plot.CO_PARTICIPATION_LABEL]
    assert len(layers) <= 1
    return layers[0] if layers else None


def test_network_draws_the_co_participation_layer_beneath_and_lighter():
    g = nx.MultiGraph()
    g.add_node("AAA", status="member")
    g.add_edge("AAA", "BBB", relation="military_base", directed=True, source="AAA", target="BBB")
    shared = pd.DataFrame({"source": ["AAA", "AAA"], "target": ["BBB", "CCC"], "events": [10, 5]})
    layout = plot.circle_layout({"AAA", "BBB", "CCC"})
    ax = plot.network(g, positions=layout, co_participation=shared, co_participation_label="shared events")
    layer = co_participation_layer(ax)
    assert [tuple(map(tuple, segment)) for segment in layer.get_segments()] == [
        (layout["AAA"], layout["BBB"]), (layout["AAA"], layout["CCC"])]
    assert list(layer.get_linewidths()) == [6.0, 3.25]  # width grows with shared events
    assert [matplotlib.colors.to_hex(c) for c in layer.get_colors()] == [plot.CO_PARTICIPATION_COLOUR.lower()]
    assert layer.get_zorder() < min(a.get_zorder() for a in ax.patches + ax.collections if a is not layer)
    assert "shared events" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert sorted(t.get_text() for t in ax.texts if t.get_text()) == ["AAA", "BBB", "CCC"]
    ax = plot.network(g, positions=layout, co_participation=shared.iloc[0:0])
    assert co_participation_layer(ax) is None and "shared events" not in [t.get_text() for t in ax.get_legend().get_texts()]


def test_ties_over_time_uses_relation_colours_and_handles_no_types():
    counts = pd.DataFrame({"military_base": [1, 2, 2], "union_state": [0, 0, 1]}, index=[2000, 2001, 2002])
    ax = plot.ties_over_time(counts)
    colours = [matplotlib.colors.to_hex(c.get_facecolor()[0]) for c in ax.collections]
    assert colours == [plot.RELATION_COLOURS["military_base"].lower(), plot.RELATION_COLOURS["union_state"].lower()]
    assert ax.get_xlim() == (2000, 2002)
    assert plot.ties_over_time(pd.DataFrame(index=pd.Index([], name="year"))).get_legend() is None


def test_share_over_time_draws_percentages_on_one_axis():
    table = pd.DataFrame({"ties": [2, 4, 5], "with_state": [2, 3, 5], "share": [1.0, 0.75, 1.0]},
                         index=[2000, 2001, 2002])
    ax = plot.share_over_time(table, label="RUS")
    assert [float(y) for y in ax.lines[0].get_ydata()] == [100.0, 75.0, 100.0]
    assert "RUS" in ax.get_title()
    assert ax.figure.axes == [ax]  # no second axis: a count beside a share reads as a second measure
    both = plot.share_over_time({"cooperative": table, "all": table.assign(share=[0.5, 0.5, 0.5])}, label="RUS")
    assert [line.get_label() for line in both.lines] == ["cooperative", "all"]
    assert [float(y) for y in both.lines[1].get_ydata()] == [50.0, 50.0, 50.0]
    assert both.get_legend() is not None


def test_every_relation_type_of_the_schema_has_its_own_colour():
    from csto.schema import read_schema, resource

    fields = {f["name"]: f for f in resource(read_schema(), "relations")["schema"]["fields"]}
    types = fields["relation"]["constraints"]["enum"]
    assert set(types) <= set(plot.RELATION_COLOURS)
    assert len({plot.RELATION_COLOURS[t] for t in types}) == len(types)


def test_notebook_setup_draws_each_figure_once_and_freezes_the_imports_in_a_kernel():
    """In a kernel, pyplot installs a redraw of every figure after each cell, at the first figure; the inline
    backend then draws the figure again for its PNG. csto.notebook.setup() must leave only the inline backend's
    draw, even though it runs before any figure exists (it once removed the redraw before pyplot installed it)."""
    import sys

    import nbformat
    from nbclient import NotebookClient

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build import KERNEL, local_kernel

    cells = ["import csto.notebook\nimport matplotlib.pyplot as plt\ncsto.notebook.setup()",
             "fig, ax = plt.subplots()\nax.plot([1, 2]);",
             "import gc\nprint(sorted(c.__name__ for c in get_ipython().events.callbacks['post_execute']), "
             "gc.get_freeze_count() > 0)"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "CSTO in Data", "language": "python"}
    km = local_kernel()
    try:
        NotebookClient(nb, km=km, timeout=120).execute()
    finally:
        if km.has_kernel:
            km.shutdown_kernel()
    assert [o["output_type"] for o in nb.cells[1].outputs] == ["display_data"]  # the figure is still shown
    hooks = nb.cells[2].outputs[0]["text"]
    assert "flush_figures" in hooks and "_draw_all_if_interactive" not in hooks
    assert hooks.strip().endswith("True")  # the imports' objects are frozen out of the garbage collector's walks
