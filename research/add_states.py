"""Add to data/states.csv every ISO3 code the other tables use but states.csv lacks, with its COW code.

    .venv/bin/python research/add_states.py

COW numbers and abbreviations are those of COW State System Membership v2016 (source m_cow_states2016); a code
not in the table below stops the script, so nothing is guessed.
"""

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
COW = {  # ISO3: (name, COW number, COW abbreviation), read from states2016.csv
    "ARE": ("United Arab Emirates", 696, "UAE"), "CHN": ("China", 710, "CHN"), "DEU": ("Germany", 255, "GMY"),
    "EST": ("Estonia", 366, "EST"), "FRA": ("France", 220, "FRN"), "GBR": ("United Kingdom", 200, "UKG"),
    "IND": ("India", 750, "IND"), "IRN": ("Iran", 630, "IRN"), "IRQ": ("Iraq", 645, "IRQ"), "ITA": ("Italy", 325, "ITA"),
    "LTU": ("Lithuania", 368, "LIT"), "LVA": ("Latvia", 367, "LAT"), "MNG": ("Mongolia", 712, "MON"),
    "PAK": ("Pakistan", 770, "PAK"), "POL": ("Poland", 290, "POL"), "SYR": ("Syria", 652, "SYR"),
    "TKM": ("Turkmenistan", 701, "TKM"), "TUR": ("Turkey", 640, "TUR"), "UKR": ("Ukraine", 369, "UKR"),
    "USA": ("United States of America", 2, "USA"), "VEN": ("Venezuela", 101, "VEN"), "CUB": ("Cuba", 40, "CUB"),
    "VNM": ("Vietnam", 816, "DRV"), "PRK": ("North Korea", 731, "PRK"), "NLD": ("Netherlands", 210, "NTH"),
    "ESP": ("Spain", 230, "SPN"), "GRC": ("Greece", 350, "GRC"), "SRB": ("Serbia", 345, "YUG"), "BGR": ("Bulgaria", 355, "BUL"), "ROU": ("Romania", 360, "ROM"),
    "SVK": ("Slovakia", 317, "SLO"), "CZE": ("Czech Republic", 316, "CZR"), "HUN": ("Hungary", 310, "HUN"),
}
USES = {"memberships.csv": ["state"], "events.csv": ["location"], "event_participants.csv": ["state"],
        "appeals.csv": ["requester"], "assistance.csv": ["contributor"], "relations.csv": ["source", "target"],
        "crosswalk.csv": ["state"]}


def main() -> None:
    with (DATA / "states.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns, rows = list(reader.fieldnames or []), list(reader)
    known = {r["iso3"] for r in rows}
    used = set()
    for name, cols in USES.items():
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                used |= {row[c] for c in cols if row.get(c)}
    for iso3 in sorted(used - known):
        name, code, abbrev = COW[iso3]
        rows.append({**{c: "" for c in columns}, "iso3": iso3, "name": name, "cow_code": str(code),
                     "cow_abbrev": abbrev, "source_ids": "m_cow_states2016"})
        print("added", iso3)
    rows.sort(key=lambda r: r["iso3"])
    with (DATA / "states.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
