"""Every citation can be followed to its publisher (codebook, "Sources and citations")."""

import csv
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
# Hosts that republish other publishers' work: content farms, wire aggregators, Wikipedia mirrors and proxies.
COPY_HOSTS = (
    "d1softballnews.com", "socialbites.ca", "thegoaspotlight.com", "usmuslims.com", "news.kitchen0.com",
    "innfrad.com", "survincity.com", "infosurhoy.com", "247newsagency.com",
    "urdupoint.com", "devdiscourse.com", "hyetert.org", "armenianclub.com", "armeniandiaspora.com",
    "worldmilitarynews.com", "news360.es",
    "amansaja.com", "liquisearch.com", "pinocchiopedia.com", "fitness-program.org", "iiab.me",
    "the-uncensored-wiki.com", "frwiki.wiki", "sco.wikipedia.org",
    "cloudfront.net", "crimea-news.com",
)
STRONG = {"official", "news_agency", "newspaper"}
NOT_FOUND = "Original not found:"
# Rows whose only report is an analysis source, each searched for in agency and newspaper archives (codebook gaps).
ANALYSIS_ONLY = {
    ("assistance.csv", "KGZ-1999-08", "delivered", "military_technical_aid"):
        "Only Jamestown's Monitor (4 Oct 1999) reports the CST decision announced by Zemsky on 2 Oct 1999.",
}


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


SOURCES = {row["source_id"]: row for row in rows("sources.csv")}


def on_copy_host(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in COPY_HOSTS)


def is_amp(url: str) -> bool:
    parts = urlsplit(url)
    return ((parts.hostname or "").startswith("amp.") or re.search(r"(^|[/_.-])amp([/_.-]|$)", parts.path.lower()) is not None
            or "amp=" in parts.query.lower())


def copy_declared(source: dict[str, str]) -> bool:
    """A copy may stand in `url` only when the original could not be found, and the row says so."""
    return source["copy_url"] == source["url"] and source["notes"].startswith(NOT_FOUND)


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_url_is_well_formed(source_id):
    source = SOURCES[source_id]
    for column in ("url", "copy_url"):
        url = source[column]
        if not url:
            continue
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https") and "." in (parts.hostname or ""), (column, url)
        assert "\ufffd" not in url and not any(c.isspace() for c in url), (column, url)


def test_no_copy_host_amp_or_live_wikipedia_in_url():
    bad = []
    for source_id, source in SOURCES.items():
        url = source["url"]
        if (on_copy_host(url) or is_amp(url)) and not copy_declared(source):
            bad.append((source_id, url))
        if "wikipedia.org" in (urlsplit(url).hostname or "") and "oldid=" not in url:
            bad.append((source_id, url))
    assert bad == []


def test_publisher_names_the_original_not_the_copy():
    brands = ("d1softball", "socialbites", "goaspotlight", "usmuslims", "kitchen0", "innfrad", "survincity",
              "infosurhoy", "247news", "urdupoint", "devdiscourse", "hyetert", "armenianclub", "armeniandiaspora",
              "worldmilitarynews", "news360", "amansaja", "liquisearch", "pinocchiopedia", "fitness-program",
              "uncensored", "frwiki")
    assert [(i, s["publisher"]) for i, s in SOURCES.items() if s["publisher"].lower().startswith(brands)] == []


@pytest.mark.parametrize("table", ["memberships.csv", "appeals.csv", "assistance.csv"])
def test_membership_appeal_and_assistance_rows_rest_on_a_strong_original(table):
    """At least one official, news-agency or newspaper source that is neither Wikipedia nor a declared copy."""
    weak = []
    for line, row in enumerate(rows(table), start=2):
        cited = [SOURCES[s] for s in row["source_ids"].split(";")]
        strong = [s for s in cited if s["source_type"] in STRONG and not copy_declared(s)
                  and "wikipedia.org" not in s["url"]]
        key = (table, row.get("appeal_id", row.get("state", "")), row.get("side", ""), row.get("category", ""))
        if not strong and key not in ANALYSIS_ONLY:
            weak.append((table, line, row["source_ids"]))
    assert weak == []


def test_a_copy_cited_in_place_of_its_original_says_so():
    """Where the original could not be found, url and copy_url both hold the copy and the notes begin
    "Original not found:", naming the original's publisher (the codebook's convention)."""
    import csv
    from pathlib import Path

    rows = csv.DictReader((Path(__file__).resolve().parents[1] / "data" / "sources.csv").open(encoding="utf-8"))
    silent = [r["source_id"] for r in rows
              if r["copy_url"] and r["url"] == r["copy_url"] and not r["notes"].startswith("Original not found")]
    assert silent == []
