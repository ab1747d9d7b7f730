"""Build data/un_votes.csv, its sources and its quote batch from the research of this folder and the UN-vote extract.

Rerunnable from the repository root (``.venv/bin/python research/unvotes/build.py``); it rewrites
``data/un_votes.csv`` and ``research/evidence/un_votes.csv`` (the nine treaty states and the United States) and
``data/nato/un_votes.csv`` and ``research/evidence/nato-un_votes.csv`` (NATO's members), and appends the sources
each needs to that directory's ``sources.csv`` (a source already there is left as it is). Then run
``research/evidence/merge.py``.

Inputs, in the order they decide a vote:
1. ``data/external/unga_votes.csv``: Voeten's roll-call data, compiled from the UN's voting records (a state UN
   member on the day without a row is ``absent``), for the resolutions of RESOLUTIONS_IN_EXTRACT;
2. ``research/unvotes_pre2020/votes.csv``: news reports naming states, 2008-2019 (the UN press releases found
   there could be read only to their vote counts, not to the annex that names the states);
3. ``research/unvotes/votes.csv``: news reports and Wikipedia copies naming states, 2014-2026.
Where two inputs disagree the first decides and ``notes`` says what the other had. A row of input 3 is kept only
for a resolution whose symbol a read source confirms (SYMBOLS); the others stay in research/unvotes/.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "research" / "unvotes"
PRE2020 = ROOT / "research" / "unvotes_pre2020"
STATES = ("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB", "USA")
COLUMNS = ["resolution", "date", "subject", "state", "vote", "source_ids", "notes"]
DATASET_SOURCE = "unv_voeten_unga"
#: A source for each state's UN membership (the day it was admitted), cited by every derived ``absent``.
MEMBERS_SOURCE = {"TJK": "unv_wikisource_un_members", "UZB": "unv_wikisource_un_members",
                  "USA": "unv_wikisource_un_members", "BLR": "unv_britannica_un_members",
                  "RUS": "unv_britannica_un_members", "KAZ": "unv_kazinform_2021_un", "KGZ": "unv_mfakg_un",
                  "AZE": "unv_worldometers_un", "ARM": "unv_worldometers_un", "GEO": None}

#: Resolutions read from the roll-call extract: symbol -> (rcid, subject, date as the UN record has it).
#: 62/249 is dated 14 April 2008 in the extract; the UN's press release GA/10708 is of 15 May 2008.
RESOLUTIONS_IN_EXTRACT = {
    "A/RES/62/249": (4829, "georgia_displaced", "2008-05-15"),
    # 63/307 (9 September 2009) is left out: its only roll call in the extract, rcid 5847, is the vote on the
    # procedural motion before it (every state's vote is the reverse of its vote on the resolution).
    "A/RES/64/296": (5047, "georgia_displaced", "2010-09-07"),
    "A/RES/65/287": (5114, "georgia_displaced", "2011-06-29"),
    "A/RES/68/262": (5309, "ukraine", "2014-03-27"),
    "A/RES/68/274": (5310, "georgia_displaced", "2014-06-05"),
    "A/RES/69/286": (5389, "georgia_displaced", "2015-06-03"),
    "A/RES/71/205": (5489, "crimea_rights", "2016-12-19"),
    "A/RES/71/290": (5546, "georgia_displaced", "2017-06-01"),
    "A/RES/72/190": (5558, "crimea_rights", "2017-12-19"),
    "A/RES/73/263": (6155, "crimea_rights", "2018-12-22"),
    "A/RES/74/168": (9111, "crimea_rights", "2019-12-18"),
}
#: Symbols a read source confirms, for the news-coded rows (research/unvotes/NOTES.md, symbols.csv).
SYMBOLS = {"A/RES/68/262": "ukraine", "A/RES/74/300": "georgia_displaced",
           **{f"A/RES/ES-11/{n}": "ukraine" for n in range(1, 9)},
           **{f"A/RES/{n}": "georgia_displaced" for n in ("63/307", "66/283", "67/268", "70/265", "72/280", "73/298")},
           "A/RES/75/192": "crimea_rights", "A/RES/76/179": "crimea_rights", "A/RES/78/221": "crimea_rights"}
#: Placeholder ids of research/unvotes/votes.csv whose symbol a later search confirmed (symbols.csv): the
#: Secretary-General's reports "submitted pursuant to General Assembly resolution ...".
RENAMED = {"CRIMEA-HR-2020": ("A/RES/75/192", "report A/76/260"),
           "CRIMEA-HR-2021": ("A/RES/76/179", "report A/HRC/50/65"),
           "CRIMEA-HR-2023": ("A/RES/78/221", "report A/HRC/56/69")}


def read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def extract_votes(states: tuple[str, ...], derive_absent: bool) -> dict[tuple[str, str], str]:
    """(resolution, state) -> vote from the roll-call extract; with ``derive_absent`` a state with no row is absent.

    Every state of STATES was a UN member on every date of RESOLUTIONS_IN_EXTRACT (the latest admission among
    them is Georgia's, 31 July 1992; MEMBERS_SOURCE). For NATO's members no absence is derived (their UN
    admissions are not sourced here): a member without a recorded vote has no row."""
    by_rcid = {rcid: symbol for symbol, (rcid, _, _) in RESOLUTIONS_IN_EXTRACT.items()}
    votes = {}
    for row in read(ROOT / "data" / "external" / "unga_votes.csv"):
        symbol = by_rcid.get(int(row["rcid"]))
        if symbol and row["state"] in states:
            votes[(symbol, row["state"])] = row["vote"]
    if derive_absent:
        for symbol in RESOLUTIONS_IN_EXTRACT:
            for state in states:
                votes.setdefault((symbol, state), "absent")
    return votes


def merge_report(row: dict[str, str], report: dict[str, str]) -> None:
    """A second account of a coded vote: its sources join the row when it agrees; when not, the row keeps its
    vote (the roll-call record, or the first report) and ``notes`` says what the report has."""
    if row["vote"] == report["vote"]:
        row["source_ids"] = ";".join(dict.fromkeys(row["source_ids"].split(";") + report["source_ids"].split(";")))
        if report.get("notes") and report["notes"] not in row["notes"]:
            row["notes"] = "; ".join(filter(None, [row["notes"], report["notes"]]))
    else:
        row["notes"] = "; ".join(filter(None, [row["notes"], f"Reports ({report['source_ids'].replace(';', ', ')}) "
                                                             f"have '{report['vote']}'; the roll-call record decides."]))


def build(data_dir: Path, states: tuple[str, ...], derive_absent: bool, batch: str) -> None:
    """Write ``data_dir/un_votes.csv`` for ``states``, its quote batch and its new sources."""
    rows: dict[tuple[str, str], dict[str, str]] = {}
    quotes = []
    # 1. the roll-call extract (Voeten's data, from the UN's voting records)
    for (symbol, state), vote in extract_votes(states, derive_absent).items():
        rcid, subject, date = RESOLUTIONS_IN_EXTRACT[symbol]
        if vote == "absent" and not MEMBERS_SOURCE[state]:
            raise SystemExit(f"{symbol} {state}: absent, but no source for its UN membership in MEMBERS_SOURCE")
        sources = [DATASET_SOURCE] + ([MEMBERS_SOURCE[state]] if vote == "absent" else [])
        rows[(symbol, state)] = {"resolution": symbol, "date": date, "subject": subject, "state": state,
                                 "vote": vote, "source_ids": ";".join(sources),
                                 "notes": "" if vote != "absent" else
                                 "No recorded vote in Voeten's data; a UN member that day, so absent."}
    # 2. news reports of 2008-2019 (research/unvotes_pre2020: the UN press releases found there give counts only)
    for r in read(PRE2020 / "votes.csv"):
        key = (r["resolution"], r["state"])
        if r["state"] not in states or not r["resolution"].startswith("A/RES/"):
            continue
        if key in rows:
            merge_report(rows[key], r)
            continue
        subject = RESOLUTIONS_IN_EXTRACT.get(r["resolution"], (None, None))[1] or SYMBOLS.get(r["resolution"])
        rows[key] = {**r, "subject": subject}
    quotes += [(r, PRE2020) for r in read(PRE2020 / "evidence.csv")]
    # 3. the news
    news = read(HERE / "votes.csv")
    news_quotes = read(HERE / "evidence.csv")
    for r in news + news_quotes:
        if r["resolution"] in RENAMED:
            symbol, report = RENAMED[r["resolution"]]
            r["resolution"] = symbol
            if "vote" in r:
                r["notes"] = "; ".join(filter(None, [r["notes"], f"Symbol from the Secretary-General's {report}, "
                                                                 f"submitted pursuant to resolution {symbol[6:]}."]))
    for r in news:
        key = (r["resolution"], r["state"])
        if r["state"] not in states or r["resolution"] not in SYMBOLS:
            continue
        if key in rows:
            merge_report(rows[key], r)
            continue
        rows[key] = {**r, "subject": SYMBOLS[r["resolution"]]}
    quotes += [(r, HERE) for r in news_quotes]
    membership = {q["state"]: q for q in read(HERE / "evidence-extra.csv")}
    quotes += [({**membership[r["state"]], "resolution": r["resolution"]}, HERE) for r in rows.values()
               if MEMBERS_SOURCE.get(r["state"]) and MEMBERS_SOURCE[r["state"]] in r["source_ids"].split(";")]

    # The UN's press release of the meeting dates the vote (its annex, which names the states, was not readable).
    for record in sorted((PRE2020 / "records").glob("*.txt")):
        lines = record.read_text(encoding="utf-8").splitlines()
        symbol = record.stem.replace("_", "/")
        for i, line in enumerate(lines):
            if line.startswith("source_id: unvp_un_ga"):
                source = line.split(": ", 1)[1]
                sentence = next(x for x in lines[i + 1:] if "vote of" in x).split(" [...]")[0][:400]
                for row in rows.values():
                    if row["resolution"] == symbol:
                        row["source_ids"] = ";".join(dict.fromkeys(row["source_ids"].split(";") + [source]))
                        quotes.append(({"resolution": symbol, "state": row["state"], "source_id": source,
                                        "quote": sentence, "field": "date",
                                        "notes": "The UN's press release of the meeting, dated that day: the vote "
                                                 "'today'."}, PRE2020))
    # A source with no address cannot be followed: it is not cited, and a row resting on it alone stays out.
    all_sources = {s["source_id"]: s for folder in (PRE2020, HERE) for s in read(folder / "sources.csv")}
    unusable = {sid for sid, s in all_sources.items() if not (s["url"] or s["copy_url"])}
    for key, row in list(rows.items()):
        kept = [sid for sid in row["source_ids"].split(";") if sid not in unusable]
        if not kept:
            print(f"left out (its only source has no address): {key}")
            del rows[key]
        row["source_ids"] = ";".join(kept)
    table = sorted(rows.values(), key=lambda r: (r["date"], r["resolution"], r["state"]))
    write(data_dir / "un_votes.csv", COLUMNS, table)

    cited = {s for r in table for s in r["source_ids"].split(";")}
    quoted = [{"table": "un_votes", "row": f"{q['resolution']}|{q['state']}", "field": q.get("field", "vote"),
              "source_id": q["source_id"], "quote": q["quote"], "quote_en": "", "notes": q.get("notes", "")}
             for q, _ in quotes if (q["resolution"], q["state"]) in rows and q["source_id"] in
             rows[(q["resolution"], q["state"])]["source_ids"].split(";")]
    write(ROOT / "research" / "evidence" / batch,
          ["table", "row", "field", "source_id", "quote", "quote_en", "notes"], quoted)

    sources_path = data_dir / "sources.csv"
    existing = read(sources_path)
    known = {s["source_id"] for s in existing}
    columns = list(existing[0])
    new = [s for folder in (PRE2020, HERE) for s in read(folder / "sources.csv")
           if s["source_id"] in cited and s["source_id"] not in known]
    new += [s for s in read(HERE / "sources-extra.csv") if s["source_id"] in cited and s["source_id"] not in known]
    seen = set()
    new = [s for s in new if not (s["source_id"] in seen or seen.add(s["source_id"]))]
    for s in new:  # the project's convention: where the original was not found, url is the copy read
        if not s["url"]:
            s["url"] = s["copy_url"]
    write(sources_path, columns, existing + new)
    missing = cited - known - {s["source_id"] for s in new}
    print(f"{data_dir.name}/un_votes.csv: {len(table)} rows; {len(quoted)} quotes; {len(new)} sources added; "
          f"missing: {sorted(missing)}")


def main() -> None:
    build(ROOT / "data", STATES, derive_absent=True, batch="un_votes.csv")
    nato_states = tuple(r["iso3"] for r in read(ROOT / "data" / "nato" / "states.csv"))
    build(ROOT / "data" / "nato", nato_states, derive_absent=False, batch="nato-un_votes.csv")


if __name__ == "__main__":
    main()
