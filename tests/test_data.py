"""The facts a careful reader checks first, against the shipped tables.

Expected values are written from the sources named in each test (not read off the tables), so a wrong edit of
the data fails here even when it is well-formed.
"""

import pandas as pd
import pytest

import csto
from csto.assistance import compare
from csto.membership import members_on, status_on


@pytest.fixture(scope="module")
def ds():
    return csto.load()


def members(ds, date):
    return members_on(ds.memberships, date, "CSTO", ds.organizations)


def test_founders_signed_in_tashkent_on_15_may_1992(ds):
    # Belarus MFA: signed 15 May 1992 in Tashkent by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan.
    assert members(ds, "1992-05-15") == ["ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
    assert members(ds, "1992-05-14") == []


def test_three_later_signatories_of_1993(ds):
    # Wikipedia (2006 revision): Azerbaijan 24 Sep 1993, Georgia 9 Dec 1993, Belarus 31 Dec 1993.
    first = ds.memberships.groupby("state")["start_date"].min()
    assert first["AZE"] == pd.Timestamp("1993-09-24")
    assert first["GEO"] == pd.Timestamp("1993-12-09")
    assert first["BLR"] == pd.Timestamp("1993-12-31")
    assert len(members(ds, "1994-04-20")) == 9  # in force 20 April 1994 with nine parties


def test_the_1999_non_renewal(ds):
    # Jamestown Monitor 5/79: 20 April 1999 was the expiry date; Georgia, Azerbaijan, Uzbekistan are outside.
    assert {"AZE", "GEO", "UZB"} <= set(members(ds, "1999-04-19"))
    assert members(ds, "1999-04-20") == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    exits = ds.memberships[(ds.memberships["end_date"] == "1999-04-20")]
    assert sorted(exits["state"]) == ["AZE", "GEO", "UZB"]
    assert set(exits["end_act"].astype(str)) == {"treaty_expiry"}


def test_the_charter_founders(ds):
    # Belarus MFA: the six signed the Charter in Chisinau on 7 October 2002.
    assert members(ds, "2002-10-07") == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    cst = ds.memberships[ds.memberships["organization"] == "CST"]
    assert set(cst.loc[cst["end_reason"] == "succeeded", "end_date"]) == {pd.Timestamp("2002-10-07")}


def test_uzbekistan_two_spells_then_suspended(ds):
    # TASS 28 Jun 2012: return confirmed by protocol of 16 Aug 2006; Moscow Times: note sent 20 Jun 2012;
    # TASS 19 Dec 2012: the Council suspended Uzbekistan's membership.
    uzb = ds.memberships[(ds.memberships["state"] == "UZB") & (ds.memberships["status"] == "member")]
    assert len(uzb) == 2
    assert "UZB" not in members(ds, "2006-08-15") and "UZB" in members(ds, "2006-08-16")
    assert "UZB" in members(ds, "2012-06-19") and "UZB" not in members(ds, "2012-06-20")
    today = status_on(ds.memberships, ds.coverage_end, "CSTO", ds.organizations).set_index("state")["status"]
    assert today["UZB"] == "suspended"


def test_armenia_is_frozen_not_gone(ds):
    # France 24 interview published 22 Feb 2024 (RT, Asbarez); no withdrawal notified (Pankin, March 2025).
    assert "ARM" in members(ds, "2024-02-21")
    today = status_on(ds.memberships, ds.coverage_end, "CSTO", ds.organizations).set_index("state")["status"]
    assert today["ARM"] == "frozen"
    assert members(ds, ds.coverage_end) == ["BLR", "KAZ", "KGZ", "RUS", "TJK"]


@pytest.mark.parametrize(("appeal", "decision"), [
    ("KGZ-2010-06", "partially_approved"),  # troops refused, equipment sent (Eurasianet, RT 14 Jun 2010)
    ("KAZ-2022-01", "approved"),            # decision 6 Jan 2022 (People's Daily / Xinhua)
    ("ARM-2022-09", "declined"),            # missions only, no military help (Azatutyun)
    ("ARM-2021-05", "no_decision"),         # consultations, no joint statement (Azatutyun)
])
def test_appeal_decisions(ds, appeal, decision):
    assert ds.appeals.set_index("appeal_id").loc[appeal, "decision"] == decision


def test_kyrgyzstan_2010_asked_for_troops_and_got_none(ds):
    table = compare(ds.appeals, ds.assistance).set_index(["appeal_id", "category"])
    troops = table.loc[("KGZ-2010-06", "troops")]
    assert bool(troops["requested"]) and not bool(troops["delivered"])
    assert bool(table.loc[("KGZ-2010-06", "equipment"), "delivered"])


def test_armenia_2022_got_a_fact_finding_mission_not_troops(ds):
    table = compare(ds.appeals, ds.assistance).set_index(["appeal_id", "category"])
    assert not bool(table.loc[("ARM-2022-09", "troops"), "delivered"])
    mission = table.loc[("ARM-2022-09", "fact_finding_mission")]
    assert bool(mission["delivered"]) and mission["first_arrival"] == pd.Timestamp("2022-09-15")


def test_kazakhstan_2022_deployment(ds):
    # Tokayev at the 10 Jan 2022 session: 2,030 personnel; Zas: about 2,500; withdrawal ended 19 Jan 2022.
    troops = compare(ds.appeals, ds.assistance).set_index(["appeal_id", "category"]).loc[("KAZ-2022-01", "troops")]
    assert troops["delivered_quantity"] == 2030
    assert (troops["delivered_low"], troops["delivered_high"]) == (2000, 2500)
    assert troops["contributors"] == "ARM;BLR;KGZ;RUS;TJK"
    assert troops["first_arrival"] == pd.Timestamp("2022-01-06")
    assert troops["last_departure"] == pd.Timestamp("2022-01-19")


def test_every_row_cites_a_listed_source(ds):
    known = set(ds.sources["source_id"])
    for name, table in ds.tables.items():
        if "source_ids" in table:
            cited = {s for ids in table["source_ids"] for s in ids.split(";")}
            assert cited <= known, name


def test_every_state_in_the_tables_has_a_cow_code(ds):
    assert ds.states["cow_code"].notna().all()
    assert ds.states.set_index("iso3").loc["RUS", "cow_code"] == 365


def test_codebook_column_reference_is_current():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "scripts" / "codebook.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_codebook_cites_only_listed_sources(ds):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "data" / "README.md").read_text(encoding="utf-8")
    # Source ids in the codebook are written in backticks, like `a_belta_2021_zas_karabakh`; column names in
    # backticks have no year in them, so a four-digit year tells the two apart.
    cited = set(re.findall(r"`([a-z0-9]+_[a-z0-9_]*(?:19|20)[0-9]{2}[a-z0-9_]*)`", text))
    assert len(cited) >= 10
    assert cited <= set(ds.sources["source_id"])
