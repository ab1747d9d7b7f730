"""Apply the second reader's corrections (second-reader-NOTES.md) to the merged personnel rows, their sources and
quotes; then run research/evidence/merge.py. Rerunnable. Run from the repository root."""

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def write(path, cols, rows):
    out = io.StringIO()
    w = csv.DictWriter(out, cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    Path(path).write_text(out.getvalue(), encoding="utf-8")


OLD_ID, NEW_ID = "rus-tjk-201-2012-10-worldbulletin", "rus-tjk-201-2012-10-reuters"
OLD_SRC, NEW_SRC = "r2_worldbulletin_2012_tjk_base", "r2_reuters_2012_tjk_lease"
WB_URL = "https://worldbulletin.dunyabulteni.net/europe/russia-extends-tajik-base-lease-for-30-years-h96710.html"

cols, rows = read(ROOT / "data/personnel.csv")
for r in rows:
    if r["personnel_id"] == OLD_ID:
        r.update(personnel_id=NEW_ID, source_ids=NEW_SRC,
                 notes="'More than 6,000' across three towns (Reuters, Gleb Bryanski, dateline Dushanbe 5 October 2012; "
                       "first read in World Bulletin's uncredited copy). Disagrees with '7,000 men' (Naharnet, same "
                       "day: rus-tjk-201-2012-10-naharnet).")
    elif r["personnel_id"] == "rus-kgz-kant-2013-10":
        r.update(date="2013-10-26", date_precision="day",
                 notes="'250 Russian officers and 150 soldiers' (RT, published 26 October 2013, the base's tenth "
                       "anniversary); the sum 400 is not stated on the page. Air & Space Forces Magazine repeats the "
                       "figure ('some'), citing RT. A second reader found RIA Novosti giving the same split as 'about "
                       "400' in 2007 and 2009 (not re-read here), so RT's sentence may be older background. Disagrees "
                       "with 'about 700' (RIA, 19 April 2013: rus-kgz-kant-2013).")
    elif r["personnel_id"] == "rus-arm-102-2011-06":
        r["notes"] = ("'some 3,500 troops' (PanARMENIAN citing RIA Novosti; read in a repost). Same as UNIAN's 3,500 "
                      "(August 2010). An undated PanARMENIAN item (r_panarmenian_2011_gyumri) says '3,000 ... "
                      "officially'; it is not coded, having no date.")
    elif r["personnel_id"] in ("rus-tjk-201-2004-10-tass", "rus-tjk-201-2004-10-rferl") and "intended" not in r["notes"]:
        r["notes"] = ("Defence Minister Ivanov's figure for the base as it opened (its intended strength, 'would "
                      "comprise' / 'will be located'). " + r["notes"])
write(ROOT / "data/personnel.csv", cols, rows)

cols, sources = read(ROOT / "data/sources.csv")
sources = [s for s in sources if s["source_id"] != OLD_SRC]
if not any(s["source_id"] == NEW_SRC for s in sources):
    sources.append({
        "source_id": NEW_SRC, "title": "Russia extends Tajik base lease (title supplied from the World Bulletin copy)",
        "publisher": "Reuters (Gleb Bryanski)", "published": "2012-10-05", "published_precision": "day",
        "url": "http://in.reuters.com/article/russia-tajikistan-idINL6E8L5DX220121005", "copy_url": WB_URL,
        "accessed": "2026-12-04", "source_type": "news_agency",
        "notes": "Dateline 'DUSHANBE, Oct 5'. World Bulletin (copy_url) republished the story without credit; it "
                 "was read there first. More than 6,000 soldiers across three towns."})
for s in sources:
    if s["source_id"] == "r2_rt_2013_kant_double":
        s.update(published="2013-10-26", published_precision="day",
                 notes="'Published time: October 26, 2013 19:18' on the stored copy of the same address with a "
                       "trailing slash. Sevostyanov spoke at Kant for the base's 10-year anniversary. Contingent of "
                       "250 Russian officers and 150 soldiers.")
write(ROOT / "data/sources.csv", cols, sources)

cols, quotes = read(ROOT / "research/evidence/personnel2.csv")
for q in quotes:
    if q["row"] in (OLD_ID, NEW_ID):
        q.update(row=NEW_ID, source_id=NEW_SRC)
        if q["field"] == "personnel":
            q.update(quote="More than 6,000 soldiers stationed across three towns in Tajikistan comprise Russia's "
                           "Base 201, the Kremlin's biggest troop deployment abroad",
                     notes="Line breaks of the stored copy joined with spaces; the sentence goes on.")
        else:
            q.update(quote="DUSHANBE, Oct 5 Russia extended its military presence in Tajikistan for 30 years on Friday",
                     notes="Dateline of the Reuters original; line breaks joined.")
    elif q["row"] == "rus-kgz-kant-2013-10" and q["field"] == "date" and q["source_id"] == "r2_rt_2013_kant_double":
        q.update(quote="Published time: October 26, 2013 19:18",
                 notes="On the stored copy of the same address with a trailing slash.")
write(ROOT / "research/evidence/personnel2.csv", cols, quotes)
