"""Facts about the events that matter for the activity analysis, checked against the shipped tables.

Expected values are written from the sources cited in the rows (named beside each test), not read off the
tables or the code's output, so a wrong edit of the data fails here even when it is well-formed.
"""

import re

import pandas as pd
import pytest

import csto

# Years without a Collective Security Council session in events.csv, and why. Every other year from 1992 to
# 2025 must have one that took place (event_type summit, empty status). Source of the reasons:
# research/sessions/NOTES.md (searches listed there) and research/events_gaps.md.
NO_SESSION = {
    1992: "The treaty was signed at the CIS summit in Tashkent (15 May 1992, a treaty_signing row); no source "
          "read calls that meeting a session of the Collective Security Council, and no other 1992 session found.",
    1993: "None found; a protocol of 24 Dec 1993 is mentioned in the treaty text without body or place.",
    1994: "None found.",
    1996: "None found. Pravda.Ru (13 May 2002) calls the May 2002 session the tenth, so 1990s sessions are missing.",
    1997: "None found (see 1996).",
    1998: "None found (see 1996).",
}
FIRST_YEAR, LAST_YEAR = 1992, 2025  # 2026 is not over at the end of coverage (24 Nov 2026)

# Rows whose id predates the rule "the date in the id is the start date": their dates were corrected from
# post-event sources after the id was published, and ids are stable. A row joins this list only when a published
# id's date is corrected (the 0.3.0 evidence pass corrected seven, among them Kazakhstan's statement of 22 Feb 2022,
# Cobalt-2022 from 3 Aug, Armenia's recall of 5 Sep 2023, the New York meeting of 26 Sep 2024, Simonyan's
# statement of 26 Nov 2025).
LEGACY_IDS = {
    "ev_20000101_agreement_blr", "ev_20030101_appointment", "ev_20040101_exercise", "ev_20050101_summit_rus",
    "ev_20090101_exercise_kaz", "ev_20100601_crisis_kgz", "ev_20140701_exercise_rus", "ev_20160401_crisis_aze",
    "ev_20181101_appointment", "ev_20190101_exercise_tjk", "ev_20200701_crisis_arm", "ev_20200901_crisis_aze",
    "ev_20210501_crisis_arm", "ev_20220101_crisis_kaz", "ev_20230101_member_statement_arm",
    "ev_20250101_exercise_kgz", "ev_20250101_exercise_tjk", "ev_20250901_exercise_blr",
    "ev_20220223_member_statement_kaz", "ev_20220802_exercise_kgz", "ev_20230901_member_statement_arm",
    "ev_20240901_ministerial_usa", "ev_20251127_member_statement_arm",
    "ev_20120606_operation_rus", "ev_20210707_mission_tjk",  # start known to the month; arrival on 6 July
}


@pytest.fixture(scope="module")
def ds():
    return csto.load()


@pytest.fixture(scope="module")
def events(ds):
    ev = ds.events.copy()
    for column in ["event_id", "event_type", "series", "format", "status", "location", "responds_to"]:
        ev[column] = ev[column].astype("object").where(ev[column].notna(), "").astype(str)
    return ev


def test_a_council_session_every_year_or_a_documented_gap(events):
    held = events[(events["event_type"] == "summit") & (events["status"] == "")]
    years = set(held["start_date"].dt.year)
    missing = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y not in years and y not in NO_SESSION]
    assert missing == [], f"years without a session and without a documented reason: {missing}"
    found_since = sorted(y for y in NO_SESSION if y in years)
    assert found_since == [], f"NO_SESSION lists years that now have a session; drop them: {found_since}"


def test_every_year_since_2000_has_a_session(events):
    held = events[(events["event_type"] == "summit") & (events["status"] == "")]
    assert set(range(2000, 2026)) <= set(held["start_date"].dt.year)


def test_every_summit_has_a_format_or_says_why_not(events):
    summits = events[events["event_type"] == "summit"]
    uncoded = summits[(summits["format"] == "") & ~summits["notes"].str.contains("Format not coded:", regex=False)]
    assert uncoded["event_id"].tolist() == []


def test_every_exercise_has_a_series(events):
    drills = events[events["event_type"] == "exercise"]
    assert drills.loc[drills["series"] == "", "event_id"].tolist() == []


def test_armenia_takes_part_in_no_exercise_after_january_2023(ds, events):
    # Pashinyan, press conference of 10 Jan 2023: no CSTO exercises in Armenia that year; Armenia then sent no
    # units to Indestructible Brotherhood-2023 (moved to Kyrgyzstan), Cobalt-2024, Interaction-2024,
    # Indestructible Brotherhood-2024 and -2025 (exercise sources in research/exercises/NOTES.md).
    later = events[(events["event_type"] == "exercise") & (events["start_date"] >= "2023-02-01")]
    roles = ds.event_participants.astype({"role": "object", "state": "object", "event_id": "object"})
    took_part = roles[roles["event_id"].isin(later["event_id"]) & (roles["state"] == "ARM")
                      & roles["role"].isin(["participant", "host"])]
    assert took_part["event_id"].tolist() == []
    assert (later["location"] != "ARM").all()


def test_armenia_absent_from_the_council_sessions_of_2023_to_2025(ds, events):
    # Minsk 23 Nov 2023 (Asia-Plus; Mayak), Astana 28 Nov 2024 (BelTA; Times of Central Asia),
    # Bishkek 27 Nov 2025 (kremlin.ru; 24.kg).
    roles = ds.event_participants.astype({"role": "object", "state": "object", "event_id": "object"})
    absent = set(roles.loc[(roles["state"] == "ARM") & (roles["role"] == "absent"), "event_id"])
    sessions = events[(events["event_type"] == "summit") & (events["status"] == "")
                      & (events["start_date"] >= "2023-01-01")]
    dates = sorted(str(d.date()) for d in sessions.loc[sessions["event_id"].isin(absent), "start_date"])
    assert dates == ["2023-11-23", "2024-11-28", "2025-11-27"]


def rubezh(events, year):
    rows = events[(events["series"] == "Rubezh") & (events["start_date"].dt.year == year)
                  & (events["status"] == "")]
    assert len(rows) == 1, f"expected one Rubezh-{year}, found {rows['event_id'].tolist()}"
    return rows.iloc[0]


def test_rubezh_2004_ran_2_to_6_august_2004(events):
    # Interfax-AVN, 9 Jul 2004: "exercise in Kazakhstan and Kyrgyzstan 2-6 August"; PTI, 2 Aug 2004.
    row = rubezh(events, 2004)
    assert (row["start_date"], row["start_precision"]) == (pd.Timestamp("2004-08-02"), "day")
    assert (row["end_date"], row["end_precision"]) == (pd.Timestamp("2004-08-06"), "day")


def test_rubezh_2014_ran_15_to_18_july_2014(events):
    # Argumenty i Fakty (Chelyabinsk), 15 Jul 2014; Asia-Plus, 16 Jul 2014: Chebarkul range, 15-18 July.
    row = rubezh(events, 2014)
    assert (row["start_date"], row["start_precision"]) == (pd.Timestamp("2014-07-15"), "day")
    assert (row["end_date"], row["end_precision"]) == (pd.Timestamp("2014-07-18"), "day")
    assert row["location"] == "RUS"


def test_the_kazakhstan_deployment_of_january_2022(ds, events):
    # Belsat, 6 Jan 2022: the Council decided to send peacekeeping forces at Tokayev's request; Kursiv,
    # 19 Jan 2022: the withdrawal was over; TASS via Public Radio of Armenia: contingents of Russia, Belarus,
    # Armenia, Tajikistan and Kyrgyzstan.
    deployments = events[(events["event_type"] == "deployment") & (events["location"] == "KAZ")
                         & (events["start_date"].dt.year == 2022)]
    assert len(deployments) == 1
    row = deployments.iloc[0]
    assert row["start_date"] == pd.Timestamp("2022-01-06") and row["end_date"] == pd.Timestamp("2022-01-19")
    crisis = events.set_index("event_id").loc[row["responds_to"]]
    assert crisis["event_type"] == "crisis" and crisis["location"] == "KAZ"
    roles = ds.event_participants.astype({"role": "object", "state": "object", "event_id": "object"})
    contributors = sorted(roles.loc[(roles["event_id"] == row["event_id"]) & (roles["role"] == "contributor"),
                                    "state"])
    assert contributors == ["ARM", "BLR", "KGZ", "RUS", "TJK"]


def test_event_ids_are_unique_lower_case_and_dated(events):
    ids = events["event_id"]
    assert ids.is_unique
    assert ids.str.fullmatch(r"[a-z0-9_]+").all(), ids[~ids.str.fullmatch(r"[a-z0-9_]+")].tolist()
    assert ids.str.match(r"ev_\d{8}_").all(), ids[~ids.str.match(r"ev_\d{8}_")].tolist()
    stamp = events["start_date"].dt.strftime("%Y%m%d")
    in_id = ids.map(lambda i: re.match(r"ev_(\d{8})_", i).group(1))
    wrong = sorted(set(ids[(stamp != in_id)]) - LEGACY_IDS)
    assert wrong == [], f"the date in these ids is not the start date: {wrong}"


def test_legacy_ids_still_exist(events):
    # Stable ids: a legacy id that disappeared was renamed, which breaks links from users' own data.
    assert sorted(LEGACY_IDS - set(events["event_id"])) == []
