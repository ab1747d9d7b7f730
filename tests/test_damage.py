"""The validator under random damage (issue #25): generated breakage of a copy of the project's data.

Each example copies a data directory, damages one file in one of the ways a hostile or careless editor would
(a date not written YYYY-MM-DD, an unknown precision, a key that resolves nowhere, a repeated row, an end
before its start, a truncated file, a byte-order mark, junk Unicode, a header without one of its columns,
swapped or missing cells), runs ``csto validate`` on it in-process and checks:

- the exit status is 0 or 1 and nothing raises (no traceback);
- every damage that certainly makes the data invalid is rejected, and one of the problems names the damaged
  file and line;
- every problem printed has the contract's ``FILE:LINE: COLUMN: message`` form;
- damage that leaves the data valid (junk Unicode in a free-text note) is accepted;
- the validator leaves the files as it found them.

The run is seeded: the seed is printed in pytest's header (``csto damage seed: N``), and
``CSTO_DAMAGE_SEED=N pytest tests/test_damage.py`` replays the same examples. ``CSTO_DAMAGE_EXAMPLES`` sets how many
(default 200; about 40 s on one core), ``CSTO_DAMAGE_DATA`` which directory is damaged (default ``data/nato``, the
project's own NATO tables: every column of the schema, a quarter of the cost of ``data/``).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from csto import schema as sch
from csto.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("CSTO_DAMAGE_DATA", ROOT / "data" / "nato"))
SEED = int(os.environ.get("CSTO_DAMAGE_SEED", "0"))  # tests/conftest.py draws one per run when unset
EXAMPLES = int(os.environ.get("CSTO_DAMAGE_EXAMPLES", "200"))
PROBLEM_LINE = re.compile(r"^(?P<file>.+?\.csv):(?P<line>[0-9]+): (?P<column>[^:]+): .+$", re.DOTALL)


@dataclass
class Table:
    name: str
    path: str
    fields: dict[str, dict]
    key: list[str]
    foreign: dict[str, str]  # column -> referenced table
    header: list[str]
    records: list[tuple[int, list[str]]]  # (first line, cells) of each data row


def _records(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    out, line = [], 1
    for cells in reader:
        out.append((line, cells))
        line = reader.line_num + 1
    return out


def _write(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _tables() -> list[Table]:
    schema = sch.read_schema(DATA)
    tables = []
    for res in schema["resources"]:
        path = DATA / res["path"]
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        records = _records(text)
        # The damage rewrites whole files with the csv module: it must give back the file's own bytes.
        assert _write([cells for _, cells in records]) == text, f"{path} is not written as csv.writer writes"
        foreign = {}
        for fk in res["schema"].get("foreignKeys", []):
            fields = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
            if len(fields) == 1:
                foreign[fields[0]] = fk["reference"]["resource"]
        foreign.setdefault("source_ids", "sources") if "source_ids" in records[0][1] else None
        key = res["schema"].get("primaryKey", [])
        key = [key] if isinstance(key, str) else key
        tables.append(Table(res["name"], res["path"], {f["name"]: f for f in res["schema"]["fields"]},
                            [k for k in key if k in records[0][1]], foreign, records[0][1], records[1:]))
    return [t for t in tables if t.records]


TABLES = _tables()


@dataclass
class Damage:
    """What was done to which file; ``line`` is where a problem must be reported (None: anywhere)."""

    kind: str
    table: str
    line: int | None
    invalid: bool | None  # True: certainly invalid; False: certainly still valid; None: either
    detail: str = ""


def _columns(table: Table, kinds: tuple[str, ...]) -> list[str]:
    return [c for c in table.header if table.fields[c]["type"] in kinds]


def _bad_date(date: str, variant: int) -> str:
    y, m, d = date.split("-")
    options = [f"{y}/{m}/{d}", f"{d}.{m}.{y}", f"{date} ", f" {date}", f"{y}-{m}-{d}T00:00", f"{y}{m}{d}",
               f"{y}-02-30", f"{y}-13-{d}", f"{y[2:]}-{m}-{d}", f"{y}-{int(m)}-{int(d)}"]
    if m[0] != "0" and d[0] != "0":
        options.pop()  # nothing to unpad
    return options[variant % len(options)]


@st.composite
def damages(draw):
    table = draw(st.sampled_from(TABLES))
    header = list(table.header)
    rows = [list(cells) for _, cells in table.records]
    lines = [line for line, _ in table.records]
    i = draw(st.integers(0, len(rows) - 1))
    row, line = rows[i], lines[i]
    col = {name: j for j, name in enumerate(header)}
    dates = [c for c in _columns(table, ("date",)) if row[col[c]]]
    precisions = [c for c in header if c.endswith("_precision") and row[col[c]]]
    typed = [c for c in header if row[col[c]] and (table.fields[c]["type"] in ("date", "integer", "number", "boolean")
             or "enum" in table.fields[c].get("constraints", {})
             or table.fields[c].get("constraints", {}).get("pattern") == "^[A-Z]{3}$")]
    kinds = ["truncate", "bom", "drop_cell", "junk_text"]
    # Only a contract column must be present; a table of project columns alone (un_votes) has none to drop.
    kinds += ["drop_header_column"] if any(table.fields[c].get("contract", True) for c in header) else []
    kinds += ["date_format"] if dates else []
    paired = [c for c in dates if table.fields[c].get("precisionField") in col]
    kinds += ["swap_date_precision"] if paired else []
    kinds += ["precision"] if precisions else []
    kinds += ["unknown_key"] if any(c in table.foreign and row[col[c]] for c in header) else []
    kinds += ["duplicate_row"] if table.key else []
    kinds += ["junk_typed"] if typed else []
    kind = draw(st.sampled_from(kinds))
    text = None
    if kind == "date_format":
        c = draw(st.sampled_from(dates))
        row[col[c]] = _bad_date(row[col[c]], draw(st.integers(0, 9)))
        damage = Damage(kind, table.path, line, True, f"{c}={row[col[c]]!r}")
    elif kind == "swap_date_precision":
        c = draw(st.sampled_from(paired))
        p = table.fields[c]["precisionField"]
        row[col[c]], row[col[p]] = row[col[p]], row[col[c]]
        damage = Damage(kind, table.path, line, True, f"{c}<->{p}")
    elif kind == "precision":
        c = draw(st.sampled_from(precisions))
        row[col[c]] = draw(st.sampled_from(["week", "Day", "days", "decade", "", " day"]))
        damage = Damage(kind, table.path, line, True, f"{c}={row[col[c]]!r}")
    elif kind == "unknown_key":
        c = draw(st.sampled_from([c for c in header if c in table.foreign and row[col[c]]]))
        target = table.foreign[c]
        new = "QQQ" if target == "states" else "no-such-id-" + str(draw(st.integers(0, 99)))
        if c == "source_ids":
            new = row[col[c]] + ";" + new
        row[col[c]] = new
        damage = Damage(kind, table.path, line, True, f"{c}={new!r}")
    elif kind == "duplicate_row":
        rows.insert(i + 1, list(row))
        text = _write([header, *rows])
        damage = Damage(kind, table.path, _records(text)[i + 2][0], True, f"line {line} repeated")
    elif kind == "truncate":
        full = _write([header, *rows])
        cut = draw(st.integers(len(_write([header])), len(full) - 1))
        text = full[:cut]
        damage = Damage(kind, table.path, None, None, f"cut at byte {cut} of {len(full)}")
    elif kind == "bom":
        text = "\ufeff" + _write([header, *rows])
        damage = Damage(kind, table.path, 1, True)
    elif kind == "drop_header_column":
        contract = [c for c in header if table.fields[c].get("contract", True)]
        c = draw(st.sampled_from(contract))
        header = [h for h in header if h != c]
        damage = Damage(kind, table.path, 1, True, c)
    elif kind == "drop_cell":
        row.pop(draw(st.integers(0, len(row) - 1)))
        damage = Damage(kind, table.path, line, True)
    elif kind == "junk_typed":
        c = draw(st.sampled_from(typed))
        junk = draw(st.text(st.characters(min_codepoint=0x80, exclude_categories=("Cs", "Cc")), min_size=1,
                            max_size=8))
        row[col[c]] = junk
        damage = Damage(kind, table.path, line, True, f"{c}={junk!r}")
    else:  # junk_text: printable Unicode in a free-text column with no rule is still valid data
        free = [c for c in header if c == "notes"] or [c for c in header if c in ("title", "description")]
        if not free:
            return Damage("none", table.path, None, False), None
        c = free[0]
        junk = draw(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=20))
        row[col[c]] = (row[col[c]] + " " + junk).strip() if row[col[c]] else junk.strip() or "x"
        damage = Damage(kind, table.path, None, False, f"{c}+={junk!r}")
    if text is None:
        text = _write([header, *rows])
    return damage, text


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@seed(SEED)
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damages())
def test_damage_is_rejected_clearly_and_nothing_is_touched(case):
    damage, text = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "D"
        shutil.copytree(DATA, folder)
        if text is not None:
            (folder / damage.table).write_text(text, encoding="utf-8", newline="")
        before = _fingerprint(folder)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["validate", str(folder)])  # an exception here is the traceback a user would see
        assert _fingerprint(folder) == before, "the validator changed the files"
    replay = f"(replay: CSTO_DAMAGE_SEED={SEED}; damage {damage})"
    assert status in (0, 1), replay
    problems = out.getvalue().splitlines() if status else []
    for text_line in problems:
        assert PROBLEM_LINE.match(text_line), f"not FILE:LINE: COLUMN: message: {text_line!r} {replay}"
    if damage.invalid is True:
        assert status == 1, f"accepted {replay}"
        named = [p for p in problems if p.startswith(f"{tmp}/D/{damage.table}:")]
        assert named, f"no problem names {damage.table}: {problems[:5]} {replay}"
        if damage.line is not None:
            assert any(p.split(":")[1] == str(damage.line) for p in named), \
                f"no problem names line {damage.line}: {named[:5]} {replay}"
    elif damage.invalid is False:
        assert status == 0, f"rejected valid data: {problems[:5]} {replay}"
