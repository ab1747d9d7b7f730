"""Known facts about NATO's calls and members hold in data/nato/.

Values are written from the sources the rows cite (read in the stored copies), not copied from the tables:
- Article 5: NAC statement of 12 Sep 2001 and NATO's "What is Article 5?" page (nato_guardian_2001_nac_statement,
  nato_terrorism_article5); confirmation 2 Oct (nato_update_2001_10_02).
- Turkey 2003: DPC decision sheet of 16 Feb 2003, "its letter of 10 February 2003" (nato_dpc_2003_02_16).
- Turkey June 2012: NATO press release (2012) 083 of Sunday 24 June, Council on Tuesday 26 June (Reuters,
  nato_reuters_2012_06_24); October 2012: NAC statement of 3 Oct (nato_nac_2012_10_03).
- Patriots: Turkish MFA 21 Nov 2012; ministers' decision 4 Dec 2012 (nato_news_2012_12_04); "Germany, the
  Netherlands and the United States provide two batteries each", first online 26 Jan, last 15 Feb 2013
  (nato_news_2013_02_16, nato_news_2013_01_30).
- Poland 2014: press release (2014) 035 of 3 Mar, Council on 4 Mar (nato_pr_2014_035).
- Turkey 2015: press release (2015) 108 of 26 Jul, Council on 28 Jul (nato_pr_2015_108, nato_nac_2015_07_28).
- Turkey 2020: request by phone late on 27 Feb, Council on 28 Feb (nato_news_2020_02_28, nato_udayavani_2020_afp).
- 24 Feb 2022: "the request of Latvia, Bulgaria, the Czech Republic, Estonia, Lithuania, Poland, Romania and
  Slovakia", Council the same day (nato_lv_2022_02_24).
- Poland 10 Sep 2025 (Tusk in the Sejm, nato_interfax_ua_2025_09_10); Estonia 19 Sep 2025 (nato_unn_2025_09_19),
  Council on 23 Sep (nato_liga_2025_09_23).
- Members: 12 signatories on 4 Apr 1949; Sweden the 32nd on 7 Mar 2024 (NATO member-country pages).
"""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import csto
from csto.alliances import call_ids, calls

ROOT = Path(__file__).resolve().parents[1]
NATO = ROOT / "data" / "nato"


@pytest.fixture(scope="module")
def ds():
    return csto.load(NATO)


def row(ds, appeal_id):
    rows = ds.appeals[ds.appeals["appeal_id"] == appeal_id]
    assert len(rows) == 1, appeal_id
    return rows.iloc[0]


def day(value) -> str:
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def test_directory_validates():
    result = subprocess.run([sys.executable, "-m", "csto", "validate", str(NATO)], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_article_5_invoked_once_for_the_usa_on_12_september_2001(ds):
    art5 = ds.appeals[ds.appeals["legal_basis"].str.contains("Article 5")]
    assert art5["appeal_id"].tolist() == ["USA-2001-09"]
    usa = art5.iloc[0]
    assert (usa["requester"], day(usa["date"]), usa["date_precision"]) == ("USA", "2001-09-12", "day")
    assert (usa["decision"], day(usa["decision_date"])) == ("approved", "2001-09-12")


@pytest.mark.parametrize("appeal_id, date, decision_date", [
    ("TUR-2003-02", "2003-02-10", "2003-02-16"),
    ("TUR-2012-06", "2012-06-24", "2012-06-26"),
    ("TUR-2012-10", "2012-10-03", "2012-10-03"),
    ("TUR-2015-07", "2015-07-26", "2015-07-28"),
    ("TUR-2020-02", "2020-02-27", "2020-02-28"),
    ("POL-2014-03", "2014-03-03", "2014-03-04"),
    ("POL-2025-09", "2025-09-10", "2025-09-10"),
    ("EST-2025-09", "2025-09-19", "2025-09-23"),
])
def test_article_4_requests_and_decisions(ds, appeal_id, date, decision_date):
    appeal = row(ds, appeal_id)
    assert appeal["legal_basis"] == "North Atlantic Treaty, Article 4"
    assert appeal["requester"] == appeal_id[:3]
    assert (day(appeal["date"]), appeal["date_precision"]) == (date, "day")
    assert (appeal["decision"], day(appeal["decision_date"]), appeal["decision_precision"]) == (
        "approved", decision_date, "day")


def test_turkey_asked_under_article_4_five_times(ds):
    tur = ds.appeals[(ds.appeals["requester"] == "TUR")
                     & (ds.appeals["legal_basis"] == "North Atlantic Treaty, Article 4")]
    assert [d.strftime("%Y-%m") for d in sorted(tur["date"])] == ["2003-02", "2012-06", "2012-10", "2015-07",
                                                                  "2020-02"]


def test_joint_request_of_24_february_2022_is_eight_rows_and_one_call(ds):
    joint = ds.appeals[ds.appeals["date"] == pd.Timestamp("2022-02-24")]
    assert sorted(joint["requester"]) == ["BGR", "CZE", "EST", "LTU", "LVA", "POL", "ROU", "SVK"]
    assert set(joint["decision"]) == {"approved"} and set(joint["decision_date"]) == {pd.Timestamp("2022-02-24")}
    assert call_ids(joint).nunique() == 1


def test_twelve_calls_nine_under_article_4(ds):
    """Counting the 2022 joint request once, as the Danish minister's "nine times" (Sep 2025) does; the two Turkish
    requests for military help outside any article (1990 and 2012) are admitted by one rule."""
    table = calls(ds.appeals, ds.assistance)
    assert (len(ds.appeals), len(table)) == (19, 12)
    assert table["legal_basis"].value_counts().to_dict() == {
        "North Atlantic Treaty, Article 4": 9, "North Atlantic Treaty, Article 5": 1, "none stated": 1,
        "none stated (request follows the Article 4 consultations of 26 June and 3 October 2012)": 1}
    assert set(ds.appeals["decision"]) == {"approved"}


def test_patriot_request_and_decision_2012(ds):
    patriot = row(ds, "TUR-2012-11")
    assert (day(patriot["date"]), day(patriot["decision_date"])) == ("2012-11-21", "2012-12-04")


def test_patriot_deployment_2013_by_germany_netherlands_usa(ds):
    rows = ds.assistance[(ds.assistance["appeal_id"] == "TUR-2012-11") & (ds.assistance["side"] == "delivered")
                         & (ds.assistance["unit"] == "Patriot batteries")]
    first = rows[rows["start_date"] < pd.Timestamp("2014-01-01")]
    by_state = first.dropna(subset=["contributor"]).set_index("contributor")["quantity"].astype(float).to_dict()
    assert by_state == {"NLD": 2.0, "DEU": 2.0, "USA": 2.0}
    total = first[first["contributor"].isna()]
    assert total["quantity"].tolist() == [6] and day(total["start_date"].iloc[0]) == "2013-01-26"


def test_display_deterrence_2003_patriots_from_the_netherlands(ds):
    rows = ds.assistance[(ds.assistance["appeal_id"] == "TUR-2003-02") & (ds.assistance["side"] == "delivered")
                         & (ds.assistance["category"] == "equipment")]
    assert set(rows["contributor"].dropna()) == {"NLD", "DEU", "USA"}


def test_founders_on_4_april_1949(ds):
    assert csto.members_on(ds.memberships, "1949-04-03", "NATO", ds.organizations) == []
    assert csto.members_on(ds.memberships, "1949-04-04", "NATO", ds.organizations) == [
        "BEL", "CAN", "DNK", "FRA", "GBR", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "USA"]


@pytest.mark.parametrize("date, count", [("1952-02-18", 14), ("1999-03-12", 19), ("2004-03-29", 26),
                                         ("2023-04-04", 31), ("2024-03-06", 31), ("2024-03-07", 32)])
def test_member_counts(ds, date, count):
    assert len(csto.members_on(ds.memberships, date, "NATO", ds.organizations)) == count


def test_no_exit_or_suspension(ds):
    assert set(ds.memberships["status"]) == {"member"}
    assert ds.memberships["end_date"].isna().all()


def test_turkey_1990_ace_mobile_force(ds):
    """Turkey's request of December 1990: NATO decided on 2 January 1991 to send 42 ACE Mobile Force aircraft."""
    request = row(ds, "TUR-1990-12")
    assert (day(request["date"]), request["date_precision"], day(request["decision_date"])) == (
        "1990-12-01", "month", "1991-01-02")
    sent = ds.assistance[(ds.assistance["appeal_id"] == "TUR-1990-12") & (ds.assistance["side"] == "delivered")]
    assert sent.set_index(sent["contributor"].astype(object).fillna("all"))["quantity"].to_dict() == {
        "all": 42, "DEU": 18, "BEL": 18, "ITA": 6}
