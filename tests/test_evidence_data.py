"""The record's evidence rules (issue #22): every row carries a quote from a source it cites, what happened rests
on sources written after it, end dates say whether they were reported or only scheduled, sources are dated.

The validator checks that each quote points at a real row, column and cited source; these tests check that the
quotes and dates are all there for this project's data (another alliance's data need not meet them)."""

from __future__ import annotations

import pandas as pd
import pytest

import csto
from csto import evidence
from csto.evidence import RECORD_TABLES

DATA = csto.load()
NATO = csto.load(csto.default_data_dir() / "nato")
WIDTH = {"day": 10, "month": 7, "year": 4}


def _quoted(ds: csto.Dataset, table: str) -> dict[str, set[str]]:
    """Row key -> the fields its quotes carry."""
    ev = ds.evidence[ds.evidence["table"] == table]
    return ev.groupby("row")["field"].agg(lambda s: set(s.astype(str))).to_dict()


@pytest.mark.parametrize("ds, table", [(DATA, t) for t in RECORD_TABLES]
                         + [(NATO, "appeals"), (NATO, "assistance")], ids=lambda x: getattr(x, "__name__", x)
                         if isinstance(x, str) else x.data_dir.name)
def test_every_row_has_a_quote(ds, table):
    assert evidence.unquoted(ds, table) == []


@pytest.mark.parametrize("ds", [DATA, NATO], ids=["csto", "nato"])
def test_appeals_quote_the_request_the_decision_and_the_outcome(ds):
    """A decided appeal quotes its request, its decision and what came of it (the outcome in its own words, or
    a quote for every delivered row); an appeal nobody decided quotes its request (an absence has no sentence)."""
    fields = _quoted(ds, "appeals")
    delivered = ds.assistance[ds.assistance["side"] == "delivered"]
    quoted_assistance = _quoted(ds, "assistance")
    missing = []
    for _, appeal in ds.appeals.iterrows():
        got = fields.get(appeal["appeal_id"], set())
        if not got & {"request", "date"}:
            missing.append((appeal["appeal_id"], "request"))
        if appeal["decision"] != "no_decision":
            if not got & {"decision", "decision_date"}:
                missing.append((appeal["appeal_id"], "decision"))
            rows = delivered.loc[delivered["appeal_id"] == appeal["appeal_id"], "assistance_id"]
            if "outcome_summary" not in got and not all(r in quoted_assistance for r in rows):
                missing.append((appeal["appeal_id"], "outcome"))
    assert missing == []


@pytest.mark.parametrize("ds", [DATA, NATO], ids=["csto", "nato"])
def test_assistance_quantities_are_quoted(ds):
    fields = _quoted(ds, "assistance")
    with_quantity = ds.assistance.loc[ds.assistance["quantity"].notna(), "assistance_id"]
    assert [a for a in with_quantity if not fields.get(a, set()) & {"quantity", "quantity_low", "quantity_high"}] == []


def _published_on_or_after(source: pd.Series, day: pd.Timestamp) -> bool:
    if pd.isna(source["published"]):
        return False
    width = WIDTH[source["published_precision"] if pd.notna(source["published_precision"]) else "day"]
    return source["published"].strftime("%Y-%m-%d")[:width] >= day.strftime("%Y-%m-%d")[:width]


def _sources_of(row: pd.Series) -> list[pd.Series]:
    by_id = DATA.sources.set_index("source_id")
    return [by_id.loc[s] for s in str(row["source_ids"]).split(";")]


def test_held_events_rest_on_sources_written_after_they_began():
    """What happened rests on reports written after it, not on previews: a source published on or after the start,
    an official record, or a reference work (an encyclopedia's chronology is written after the events it lists,
    though its entries carry no publication date)."""
    held = DATA.events[DATA.events["status"].isna()]
    previews_only = [e["event_id"] for _, e in held.iterrows()
                     if not any(s["source_type"] in ("official", "reference")
                                or _published_on_or_after(s, e["start_date"]) for s in _sources_of(e))]
    assert previews_only == []


def test_end_dates_say_whether_they_were_reported_or_only_scheduled():
    """``reported`` needs a cited source published on or after the end; otherwise the end is ``scheduled``."""
    ended = DATA.events[DATA.events["end_date"].notna()]
    wrong = []
    for _, e in ended.iterrows():
        reported = any(_published_on_or_after(s, e["end_date"]) for s in _sources_of(e))
        if pd.isna(e["end_basis"]) or (e["end_basis"] == "reported") != reported:
            wrong.append((e["event_id"], e["end_basis"], "a later source" if reported else "no later source"))
    assert wrong == []
    assert DATA.events.loc[DATA.events["end_date"].isna(), "end_basis"].isna().all()


def test_sources_are_dated_where_the_page_is():
    """At most 2 % of sources without a publication date, reference works and datasets aside (an encyclopedia
    article or a dataset has versions, not a day)."""
    dated_kinds = DATA.sources[~DATA.sources["source_type"].isin(["reference", "dataset"])]
    undated = dated_kinds["published"].isna().sum()
    assert undated / len(DATA.sources) <= 0.02, f"{undated} of {len(DATA.sources)} sources undated"


MAIN_DATES = {"memberships": ("start_date", "start_precision"), "events": ("start_date", "start_precision"),
              "appeals": ("date", "date_precision"), "assistance": ("start_date", "start_precision"),
              "relations": ("start_date", "start_precision")}


@pytest.mark.parametrize("table", list(MAIN_DATES))
def test_day_precision_only_where_a_source_states_the_day(table):
    """A main date coded to the day has a quote for that date, or a cited report published that day or the next
    (which dates what it reports by 'today' or 'yesterday'); otherwise the day is not known and the precision is
    the month or the year."""
    date, precision = MAIN_DATES[table]
    rows = DATA[table].assign(row=evidence.row_keys(DATA, table))
    if table == "events":
        rows = rows[rows["status"].isna()]
    quoted = set(DATA.evidence.loc[(DATA.evidence["table"] == table) & (DATA.evidence["field"] == date), "row"])
    by_id = DATA.sources.set_index("source_id")
    unsupported = []
    for _, row in rows[rows[precision].astype(str) == "day"].iterrows():
        if row["row"] in quoted:
            continue
        cited = [by_id.loc[s] for s in str(row["source_ids"]).split(";")]
        if not any(pd.notna(s["published"]) and str(s["published_precision"]) == "day"
                   and 0 <= (s["published"] - row[date]).days <= 1 for s in cited):
            unsupported.append(row["row"])
    assert unsupported == []
