"""Merge the quote batches of research/evidence/ into data/evidence.csv and data/nato/evidence.csv.

Rerunnable: the two tables are written anew from every batch file (``nato*.csv`` go to data/nato/, the rest to
data/), one line per (table, row, field, source_id), the first batch's line winning, sorted by table (schema
order), then by the row's position in its table, then field and source. Lines that cannot be right (their row,
column or source does not exist for that row, a quote over 400 characters) are not dropped silently: they go to
research/evidence/rejected.csv with the reason, for a person to fix. Run from the repository root:

    .venv/bin/python research/evidence/merge.py
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from csto import schema as sch
from csto.validate import row_key

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "research" / "evidence"
COLUMNS = ["table", "row", "field", "source_id", "quote", "quote_en", "notes"]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def merge(data_dir: Path, batches: list[Path]) -> tuple[int, list[dict[str, str]]]:
    schema = sch.read_schema(data_dir)
    order = {res["name"]: i for i, res in enumerate(schema["resources"])}
    tables, columns_of = {}, {}
    for res in schema["resources"]:
        key = res["schema"].get("primaryKey")
        path = data_dir / res["path"]
        if not key or not path.is_file() or res["name"] == "evidence":
            continue
        key = [key] if isinstance(key, str) else key
        rows = _read(path)
        tables[res["name"]] = {row_key(key, r): (i, r) for i, r in enumerate(rows)}
        columns_of[res["name"]] = {f["name"] for f in res["schema"]["fields"]}
    known_sources = {r["source_id"] for r in _read(data_dir / "sources.csv")}
    kept: dict[tuple[str, str, str, str], dict[str, str]] = {}
    rejected = []
    for batch in batches:
        for n, line in enumerate(_read(batch), start=2):
            line = {c: _clean(line.get(c, "")) for c in COLUMNS}
            target = tables.get(line["table"], {}).get(line["row"])
            reason = ""
            if target is None:
                reason = "no such row"
            elif line["field"] != "row" and line["field"] not in columns_of[line["table"]]:
                reason = "no such column"
            elif line["source_id"] not in known_sources:
                reason = "source not in sources.csv"
            elif line["source_id"] not in target[1].get("source_ids", "").split(";"):
                reason = "the row does not cite this source"
            elif not line["quote"]:
                reason = "empty quote"
            elif len(line["quote"]) > 400:
                reason = f"quote is {len(line['quote'])} characters"
            key = (line["table"], line["row"], line["field"], line["source_id"])
            if reason:
                rejected.append({"batch": batch.name, "line": str(n), "reason": reason, **line})
            elif key not in kept:
                kept[key] = line
    rows = sorted(kept.values(), key=lambda r: (order[r["table"]], tables[r["table"]][r["row"]][0], r["field"],
                                               r["source_id"]))
    _write(data_dir / "evidence.csv", COLUMNS, rows)
    return len(rows), rejected


def main() -> None:
    batches = sorted(p for p in HERE.glob("*.csv") if p.name != "rejected.csv" and not p.name.startswith("second-reader")
                     and not p.name.endswith("-todo.csv"))
    nato = [p for p in batches if p.name.startswith("nato")]
    csto = [p for p in batches if p not in nato]
    rejected = []
    for data_dir, group in ((ROOT / "data", csto), (ROOT / "data" / "nato", nato)):
        n, bad = merge(data_dir, group)
        rejected += bad
        print(f"{data_dir.relative_to(ROOT)}/evidence.csv: {n} quotes from {len(group)} batches")
    _write(HERE / "rejected.csv", ["batch", "line", "reason", *COLUMNS], rejected)
    print(f"research/evidence/rejected.csv: {len(rejected)} lines for a person to fix")


if __name__ == "__main__":
    main()
