"""Activity: counts of events that took place, exercises, attendance at Council sessions, crisis responses, and
their charts; on small hand-made tables, on empty ones, and on a directory without the project's columns."""

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import csto  # noqa: E402
from csto import plot  # noqa: E402
from csto.activity import (activity_by_year, attendance, exercise_counts, exercises, not_held,  # noqa: E402
                           response_summary, responses, session_attendance, sessions_per_year, took_place)
from csto.schema import enum, read_schema  # noqa: E402

NATO = Path(__file__).resolve().parent / "fixtures" / "nato"


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


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


def events(*rows, columns=("event_id", "organization", "event_type", "start_date", "start_precision", "title",
                           "location", "series", "format", "status")):
    ev = pd.DataFrame(rows, columns=list(columns))
    ev["start_date"] = pd.to_datetime(ev["start_date"])
    return ev


# Three sessions of organization X (one only announced), two exercises of one series (one cancelled), an
# operation; dates at day, month and year precision.
PROJECT = events(
    ("s1", "X", "summit", "2001-05-25", "day", "Session", "AAA", "", "regular", ""),
    ("s2", "X", "summit", "2003-04-01", "month", "Informal", "BBB", "", "informal", ""),
    ("s3", "X", "summit", "2004-01-01", "year", "Planned", "AAA", "", "regular", "announced"),
    ("e1", "X", "exercise", "2001-08-02", "day", "Drill-2001", "AAA", "Drill", "", ""),
    ("e2", "X", "exercise", "2002-10-01", "month", "Drill-2002", "BBB", "Drill", "", "cancelled"),
    ("e3", "X", "exercise", "2003-01-01", "year", "Other drill", "", "", "", ""),
    ("o1", "X", "operation", "2003-09-14", "day", "Channel", "", "Channel", "", ""))
ROLES = pd.DataFrame({"event_id": ["s1", "s1", "s1", "s2", "s2", "e1", "e1", "e2"],
                      "state": ["AAA", "BBB", "CCC", "BBB", "AAA", "AAA", "CCC", "BBB"],
                      "role": ["host", "participant", "absent", "host", "absent", "participant", "absent", "host"]})
# AAA member throughout; BBB member, then frozen from 2002 (still expected); CCC member, suspended from 2002.
SPELLS = pd.DataFrame({"organization": ["X"] * 5, "state": ["AAA", "BBB", "BBB", "CCC", "CCC"],
                       "status": ["member", "member", "frozen", "member", "suspended"],
                       "start_date": pd.to_datetime(["2000-01-01", "2000-01-01", "2002-01-01", "2000-01-01",
                                                     "2002-01-01"]),
                       "end_date": pd.to_datetime([None, "2002-01-01", None, "2002-01-01", None])})


# --- crisis responses ---------------------------------------------------------------------------------------

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


def test_month_dated_response_gives_no_day_count():
    ev = EVENTS.copy()
    ev.loc[ev["event_id"] == "d1", "start_precision"] = "month"
    got = responses(ev).set_index("response_id")
    assert math.isnan(got.loc["d1", "days_after"]) and got.loc["s1", "days_after"] == 8.0


def test_response_summary_separates_acts_words_and_silence():
    ev = pd.concat([EVENTS, frame(("c3", "crisis", "2023-09-19", "day", "Offensive", None),
                                  ("ms", "member_statement", "2022-01-03", "day", "A member speaks", "c1"))])
    got = response_summary(responses(ev)).set_index("crisis_id")
    assert got.loc["c1", ["action", "words", "members"]].tolist() == [1, 1, 1]
    assert got.loc["c1", "first_days"] == 1.0
    assert got.loc["c2", ["action", "words", "members"]].tolist() == [1, 0, 0]
    assert got.loc["c3", ["action", "words", "members"]].tolist() == [0, 0, 0]
    assert math.isnan(got.loc["c3", "first_days"])
    assert response_summary(responses(EVENTS.iloc[0:0])).empty


# --- what took place ----------------------------------------------------------------------------------------

def test_status_decides_what_took_place():
    assert took_place(PROJECT).tolist() == [True, True, False, True, False, True, True]
    assert not_held(PROJECT)[["event_id", "year", "status"]].values.tolist() == [
        ["e2", 2002, "cancelled"], ["s3", 2004, "announced"]]
    assert took_place(PROJECT.drop(columns="status")).all()
    assert not_held(PROJECT.drop(columns="status")).empty


def test_activity_by_year_counts_only_events_that_took_place_in_their_start_year():
    got = activity_by_year(PROJECT)
    assert list(got.index) == [2001, 2002, 2003]  # 2004 has only the announced session
    assert got.loc[2003].to_dict() == {"exercise": 1, "operation": 1, "summit": 1}  # month and year precision
    assert got.loc[2002].sum() == 0  # the cancelled exercise is not activity
    assert activity_by_year(PROJECT, types=["summit"]).columns.tolist() == ["summit", "other"]
    assert activity_by_year(PROJECT, types=["summit", "exercise", "operation"]).columns.tolist() == [
        "summit", "exercise", "operation"]  # no "other" column when nothing is left over
    wide = activity_by_year(PROJECT, start=1999, end=2005)
    assert list(wide.index) == list(range(1999, 2006)) and wide.loc[1999].sum() == 0


def test_activity_by_year_on_empty_tables():
    assert activity_by_year(PROJECT.iloc[0:0]).empty
    assert activity_by_year(PROJECT.iloc[0:0], start=2000, end=2001).shape == (2, 0)
    assert activity_by_year(PROJECT[PROJECT["status"] != ""]).empty


def test_sessions_per_year_shows_gaps_and_formats():
    got = sessions_per_year(PROJECT, 2000, 2004)
    assert got["sessions"].tolist() == [0, 1, 0, 1, 0]
    assert got.loc[2003, "informal"] == 1 and got.loc[2001, "regular"] == 1
    plain = sessions_per_year(PROJECT.drop(columns=["format", "status"]), 2001, 2004)
    assert plain.columns.tolist() == ["unspecified", "sessions"] and plain["sessions"].tolist() == [1, 0, 1, 1]
    empty = sessions_per_year(PROJECT.iloc[0:0], 2000, 2001)
    assert empty["sessions"].tolist() == [0, 0]


# --- exercises ----------------------------------------------------------------------------------------------

def test_exercises_keep_every_status_and_name_the_states():
    got = exercises(PROJECT, ROLES)
    assert got["event_id"].tolist() == ["e1", "e2", "e3"]
    assert got.set_index("event_id").loc["e1", ["series", "host", "participants", "absent"]].tolist() == [
        "Drill", "AAA", "AAA", "CCC"]
    assert got.set_index("event_id").loc["e2", "status"] == "cancelled"
    both = exercises(PROJECT, types=("exercise", "operation"))
    assert both["event_id"].tolist() == ["e1", "e2", "e3", "o1"]
    assert "participants" not in exercises(PROJECT).columns


def test_exercise_counts_by_series_and_host():
    table = exercises(PROJECT)
    by_series = exercise_counts(table)
    assert by_series.columns.tolist() == [2001, 2002, 2003, "total"]  # every year, the cancelled one's too
    assert by_series["total"].to_dict() == {"(none)": 1, "Drill": 1}
    assert exercise_counts(table, by="host")["total"].to_dict() == {"(none)": 1, "AAA": 1}
    assert exercise_counts(exercises(PROJECT.iloc[0:0])).empty


def test_exercises_without_project_columns():
    bare = PROJECT.drop(columns=["series", "status", "format"])
    got = exercises(bare)
    assert got["series"].tolist() == ["", "", ""] and got["status"].tolist() == ["", "", ""]
    assert exercise_counts(got)["total"].to_dict() == {"(none)": 3}


# --- attendance ---------------------------------------------------------------------------------------------

def test_session_attendance_expects_members_and_frozen_states():
    got = session_attendance(PROJECT, ROLES, SPELLS)
    first = got[got["event_id"] == "s1"].set_index("state")["attendance"].to_dict()
    assert first == {"AAA": "attended", "BBB": "attended", "CCC": "absent"}
    second = got[got["event_id"] == "s2"].set_index("state")
    assert second["attendance"].to_dict() == {"AAA": "absent", "BBB": "attended"}  # CCC suspended: not expected
    assert second.loc["BBB", "status"] == "frozen"
    assert "s3" not in set(got["event_id"])  # announced only
    assert got["format"].tolist() == ["regular"] * 3 + ["informal"] * 2


def test_an_explicit_absence_wins_and_silence_is_not_an_absence():
    roles = pd.concat([ROLES, pd.DataFrame({"event_id": ["s1"], "state": ["CCC"], "role": ["signatory"]})])
    got = session_attendance(PROJECT, roles, SPELLS)
    assert got.set_index(["event_id", "state"]).loc[("s1", "CCC"), "attendance"] == "absent"
    quiet = session_attendance(PROJECT, ROLES[ROLES["event_id"] != "s2"], SPELLS)
    assert quiet.loc[quiet["event_id"] == "s2", "attendance"].tolist() == ["not recorded", "not recorded"]


def test_session_attendance_without_memberships_uses_the_states_named():
    roles = pd.concat([ROLES, pd.DataFrame({"event_id": ["s1"], "state": ["DDD"], "role": ["subject"]})])
    got = session_attendance(PROJECT, roles)
    assert got.loc[got["event_id"] == "s1", "state"].tolist() == ["AAA", "BBB", "CCC"]


def test_attendance_per_state_and_year():
    got = attendance(session_attendance(PROJECT, ROLES, SPELLS)).set_index(["state", "year"])
    assert got.loc[("AAA", 2003)].to_dict() == {"sessions": 1, "attended": 0, "absent": 1, "not recorded": 0}
    assert got.loc[("CCC", 2001), "absent"] == 1
    assert ("CCC", 2003) not in got.index


def test_attendance_on_empty_tables():
    empty = session_attendance(PROJECT.iloc[0:0], ROLES.iloc[0:0], SPELLS)
    assert empty.empty and list(empty.columns)[-1] == "attendance"
    assert attendance(empty).empty
    no_roles = session_attendance(PROJECT, ROLES.iloc[0:0])
    assert no_roles.empty  # nobody named, no memberships: nobody expected


# --- a directory without the project's columns --------------------------------------------------------------

def test_nato_fixture_without_status_series_format():
    header = (NATO / "events.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert not {"status", "series", "format"} & set(header)
    ds = csto.load(NATO)
    assert took_place(ds.events).all()
    assert activity_by_year(ds.events).loc[1949, "treaty_signing"] == 1
    assert sessions_per_year(ds.events, 1949, 1950)["sessions"].tolist() == [0, 0]
    assert exercises(ds.events, ds.event_participants).empty
    assert session_attendance(ds.events, ds.event_participants, ds.memberships, ds.organizations).empty
    assert responses(ds.events, ds.event_participants).empty
    assert len(plot.bar_segments(plot.activity(ds.events))) == 1
    raw = ds.events.drop(columns=["status", "series", "format"])
    assert activity_by_year(raw).equals(activity_by_year(ds.events))


# --- charts -------------------------------------------------------------------------------------------------

def test_every_event_type_of_the_schema_has_a_colour_of_its_own():
    types = enum(read_schema(), "events", "event_type")
    colours = plot.event_type_colours()
    assert set(colours) == set(types)
    assert len(set(colours.values())) == len(colours)
    assert plot.OTHER_COLOUR not in colours.values()
    assert set(plot.EVENT_TYPE_COLOURS) >= set(types)  # the shipped schema needs no reserve colour
    extra = plot.event_type_colours([*types, "parade", "flyover"])
    assert extra["parade"] != extra["flyover"] and extra["summit"] == plot.EVENT_TYPE_COLOURS["summit"]


def test_activity_chart_gives_summit_and_other_different_colours():
    ax = plot.activity(PROJECT, types=["summit"])
    by_label = {}
    for series in ax.collections:  # one collection of bars per series
        by_label[series.get_label()] = matplotlib.colors.to_hex(series.get_facecolor()[0])
    assert by_label == {"summit": plot.EVENT_TYPE_COLOURS["summit"].lower(), "other": plot.OTHER_COLOUR.lower()}


def test_activity_chart_stacks_types_in_palette_order_and_skips_cancelled():
    ax = plot.activity(PROJECT)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["summit", "exercise", "operation"]
    assert sum(h for _, _, h in plot.bar_segments(ax)) == 5  # seven rows, two with a status


def test_exercise_grid_marks_status_and_host():
    ax = plot.exercise_grid(exercises(PROJECT))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["(no series)", "Drill"]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["AAA", "BBB", "no host", "announced only", "postponed or cancelled"]
    dots = {c.get_label(): ([tuple(map(float, xy)) for xy in c.get_offsets()],
                            [matplotlib.colors.to_hex(f) for f in c.get_facecolors()]) for c in ax.collections}
    aaa, bbb = plot.OKABE_ITO[0].lower(), plot.OKABE_ITO[1].lower()
    assert dots == {"_called off": ([(2002.0, 1.0)], [bbb]),  # Drill is row 1, (no series) row 0
                    "_held": ([(2001.0, 1.0), (2003.0, 0.0)], [aaa, "#999999"])}


def test_attendance_grid_colours_absences():
    table = attendance(session_attendance(PROJECT, ROLES, SPELLS))
    ax = plot.attendance_grid(table)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["AAA", "BBB", "CCC"]
    colours = {matplotlib.colors.to_hex(c.get_facecolor()[0]) for c in ax.collections}
    assert plot.ATTENDANCE_COLOURS["absent"].lower() in colours
    assert sorted(t.get_text() for t in ax.texts) == ["0/1", "0/1", "1/1", "1/1", "1/1"]  # AAA, CCC missed one each
    assert len(plot.attendance_grid(table.iloc[0:0]).collections) == 0
