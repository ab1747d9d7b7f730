"""Crisis responses: the events linked to each crisis by ``responds_to``."""

import math

import pandas as pd

from csto.activity import responses


def frame(*rows):
    ev = pd.DataFrame(rows, columns=["event_id", "event_type", "start_date", "start_precision", "title", "responds_to"])
    ev["start_date"] = pd.to_datetime(ev["start_date"])
    return ev


EVENTS = frame(("c1", "crisis", "2022-01-02", "day", "Unrest", None),
               ("d1", "crisis_decision", "2022-01-06", "day", "Force sent", "c1"),
               ("s1", "summit", "2022-01-10", "day", "Online summit", "c1"),
               ("x1", "summit", "2022-01-20", "day", "Unrelated summit", None),
               ("c2", "crisis", "2022-09-01", "month", "Border war", None),
               ("m2", "mission", "2022-09-20", "day", "Mission", "c2"))
PARTICIPANTS = pd.DataFrame({"event_id": ["c1", "c2", "c2"], "state": ["AAA", "CCC", "BBB"],
                             "role": ["subject", "subject", "subject"]})


def test_responses_follow_the_coded_links_only():
    got = responses(EVENTS, PARTICIPANTS)
    first = got[got["crisis_id"] == "c1"]
    assert first["response_id"].tolist() == ["d1", "s1"]  # the unrelated summit is not a response
    assert first["days_after"].tolist() == [4.0, 8.0]
    assert got.loc[got["crisis_id"] == "c2", "states"].tolist() == ["BBB, CCC"]


def test_month_dated_crisis_gives_no_day_count_and_silence_shows():
    got = responses(EVENTS, PARTICIPANTS)
    assert math.isnan(got.loc[got["crisis_id"] == "c2", "days_after"].iloc[0])
    silent = responses(EVENTS[EVENTS["event_id"] != "m2"])
    assert silent.loc[silent["crisis_id"] == "c2", "response_id"].isna().all()
    assert responses(EVENTS.iloc[0:0]).empty
