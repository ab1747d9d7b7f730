"""Append a research folder's candidate rows to the tables in data/.

    .venv/bin/python research/merge.py research/sessions [research/exercises ...]

For each CSV in the folder that has a namesake in data/ (events, event_participants, relations, sources, ...),
rows whose key is already in data/ are skipped and listed (edit those by hand: ids are stable), the others are
appended in data/'s column order. A column the folder has and data/ lacks stops the merge: add it to the schema
first. The merged tables are then checked with `python -m csto validate data` by the caller.
"""

import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
KEYS = {
    "events": ("event_id",),
    "event_participants": ("event_id", "state", "role"),
    "relations": ("source", "target", "relation", "start_date", "label"),
    "sources": ("source_id",),
    "states": ("iso3",),
    "crosswalk": ("dataset", "dataset_id", "phase", "state"),
}


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def merge(folder: Path) -> None:
    for name, key in KEYS.items():
        candidate = folder / f"{name}.csv"
        if not candidate.is_file():
            continue
        columns, rows = read(DATA / f"{name}.csv")
        new_columns, new_rows = read(candidate)
        extra = [c for c in new_columns if c not in columns]
        if extra:
            sys.exit(f"{candidate}: columns {extra} are not in data/{name}.csv; add them to the schema first")
        seen = {tuple(r[k] for k in key) for r in rows}
        added = skipped = 0
        for row in new_rows:
            k = tuple(row.get(c, "") for c in key)
            if k in seen:
                skipped += 1
                print(f"  {candidate}: {k} already in data/{name}.csv, skipped")
                continue
            seen.add(k)
            rows.append({c: row.get(c, "") for c in columns})
            added += 1
        with (DATA / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        print(f"{folder.name}/{name}.csv: {added} rows added, {skipped} skipped")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        merge(Path(arg))
