"""data/un_votes.csv against the record it comes from (issue #24), and data/event_sizes.csv (issue #21).

Votes resting on Voeten's roll-call data must say what that data says; votes resting on reports must carry a
quote; the dates must be the UN's (the press release of the meeting where one was read), not the roll-call
data's where the two differ."""

from __future__ import annotations

import pandas as pd
import pytest

import csto
from csto import alignment

DATA = csto.load()
NATO = csto.load(csto.default_data_dir() / "nato")
EXT = alignment.load_external()
VOTES = DATA.un_votes
BOTH = pytest.mark.parametrize("ds", [DATA, NATO], ids=["csto", "nato"])
DATASET = "unv_voeten_unga"
#: Roll calls of the extract that carry a resolution's symbol but are the procedural motion voted before it
#: (every state's vote is the reverse of its vote on the text; data/external/README.md).
PROCEDURAL = {5847: "A/RES/63/307", 5866: "A/RES/64/296"}
#: Dates of the UN's press releases of the meetings (GA/10708, GA/10976, GA/11262, GA/11382, GA/11514, GA/11785).
UN_PRESS_RELEASE_DATES = {"A/RES/62/249": "2008-05-15", "A/RES/64/296": "2010-09-07", "A/RES/66/283": "2012-07-03",
                          "A/RES/67/268": "2013-06-13", "A/RES/68/274": "2014-06-05", "A/RES/70/265": "2016-06-07"}


def _cites(row: pd.Series, source: str) -> bool:
    return source in str(row["source_ids"]).split(";")


@BOTH
def test_votes_resting_on_the_roll_call_data_say_what_it_says(ds):
    """NATO's table derives no absences (its members' UN admissions are not sourced): there a row exists only
    where the data record a vote."""
    calls = EXT.roll_calls[~EXT.roll_calls["rcid"].isin(PROCEDURAL)]
    cast = EXT.votes.set_index(["rcid", "state"])["vote"]
    checked, wrong = 0, []
    for _, row in ds.un_votes[ds.un_votes.apply(_cites, axis=1, source=DATASET)].iterrows():
        rcids = calls.loc[calls["resolution"] == row["resolution"], "rcid"].tolist()
        assert len(rcids) == 1, (row["resolution"], rcids)
        expected = cast.get((rcids[0], row["state"]), "absent" if ds is DATA else None)
        checked += 1
        if expected != row["vote"]:
            wrong.append((row["resolution"], row["state"], row["vote"], expected))
    assert wrong == [] and checked >= 100


def test_a_procedural_motion_is_not_read_as_the_vote_on_the_text():
    """rcid 5847, the only roll call the extract files under 63/307, has Russia for and Georgia against: the
    motion to drop the item. No row may rest on it."""
    motion = EXT.votes[EXT.votes["rcid"] == 5847].set_index("state")["vote"]
    assert (motion["RUS"], motion["GEO"]) == ("yes", "no")
    on_63_307 = VOTES[VOTES["resolution"] == "A/RES/63/307"]
    assert not on_63_307.apply(_cites, axis=1, source=DATASET).any()
    assert on_63_307.set_index("state").loc["GEO", "vote"] == "yes"


def test_dates_are_the_uns_not_the_roll_call_datas():
    """The roll-call data date 62/249 to 14 April 2008; the UN's press release GA/10708 is of 15 May 2008."""
    assert EXT.roll_calls.loc[EXT.roll_calls["rcid"] == 4829, "date"].dt.strftime("%Y-%m-%d").item() == "2008-04-14"
    dates = VOTES.groupby("resolution")["date"].agg(lambda d: sorted(set(d.dt.strftime("%Y-%m-%d"))))
    assert {r: dates[r] for r in UN_PRESS_RELEASE_DATES} == {r: [d] for r, d in UN_PRESS_RELEASE_DATES.items()}
    assert (dates.map(len) == 1).all()  # one date per resolution


@BOTH
def test_every_vote_resting_on_reports_is_quoted_from_a_source_it_cites(ds):
    ev = ds.evidence[ds.evidence["table"] == "un_votes"]
    quoted = ev.groupby("row")["source_id"].agg(set).to_dict()
    # The roll-call data has no sentence to quote: a row resting on it alone (with, for an absence, a source of
    # the state's UN membership, which is quoted) is checked against the extract above instead.
    dataset_only = {DATASET}
    missing = []
    for _, row in ds.un_votes.iterrows():
        key = f"{row['resolution']}|{row['state']}"
        reports = set(str(row["source_ids"]).split(";")) - dataset_only
        if reports and not (quoted.get(key, set()) & reports):
            missing.append(key)
    assert missing == []


def test_a_recorded_vote_stays_the_vote_when_a_delegation_corrects_it_later():
    """67/268 (13 June 2013): Azerbaijan said its vote in favour had not appeared on the screen; the record has
    it not voting, and the row keeps the record with the correction in its notes."""
    row = VOTES[(VOTES["resolution"] == "A/RES/67/268") & (VOTES["state"] == "AZE")].iloc[0]
    assert row["vote"] == "absent" and "screen" in row["notes"]


def test_the_nato_table_holds_members_and_no_derived_absence():
    votes = NATO.un_votes
    assert set(votes["state"]) <= set(NATO.states["iso3"]) and len(votes) >= 500
    dataset_absent = votes[(votes["vote"] == "absent") & votes.apply(_cites, axis=1, source=DATASET)]
    assert dataset_absent.empty


def test_russia_never_votes_for_these_resolutions_and_belarus_never_against_russia():
    russia = VOTES[VOTES["state"] == "RUS"]
    assert set(russia["vote"]) == {"no"} and len(russia) >= 20
    belarus = VOTES[VOTES["state"] == "BLR"]
    assert set(belarus["vote"]) <= {"no", "abstain", "absent"}


@pytest.mark.parametrize("column", ["resolution", "subject", "vote"])
def test_vote_table_columns_are_complete(column):
    assert VOTES[column].notna().all()


# --- event_sizes ----------------------------------------------------------------------------------------------

SIZES = DATA.event_sizes


def test_every_size_is_quoted_and_sizes_an_exercise():
    quoted = set(DATA.evidence.loc[(DATA.evidence["table"] == "event_sizes") & (DATA.evidence["field"] == "personnel"),
                                   "row"])
    assert set(SIZES["size_id"]) <= quoted and len(SIZES) >= 50
    kinds = SIZES.merge(DATA.events[["event_id", "event_type"]], on="event_id")["event_type"]
    assert set(kinds) == {"exercise"}


def test_a_reported_size_rests_on_a_source_written_once_the_event_began():
    """A figure announced before the event is ``planned``, never ``reported``: the evidence rule of issue #22."""
    first = SIZES["source_ids"].str.split(";").str[0]
    published = first.map(DATA.sources.set_index("source_id")["published"])
    started = SIZES["event_id"].map(DATA.events.set_index("event_id")["start_date"])
    reported = SIZES["personnel_basis"] == "reported"
    early = SIZES[reported & published.notna() & (published.dt.to_period("M") < started.dt.to_period("M"))]
    assert early["size_id"].tolist() == []
