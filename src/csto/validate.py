"""Validation of a data directory: the Frictionless schema plus the contract's cross-table rules.

Every problem becomes one :class:`Problem` printed as ``FILE:LINE: COLUMN: what is wrong`` (LINE counts the
header as line 1; 0 means the whole file). Files are only read, never modified, and nothing is coerced.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from . import schema as sch

# Column pairs where the second date may not come before the first (contract: "end not before start").
ORDERED_DATES = {
    "memberships": ("start_date", "end_date"),
    "events": ("start_date", "end_date"),
    "assistance": ("start_date", "end_date"),
    "relations": ("start_date", "end_date"),
    "appeals": ("date", "decision_date"),
}
ASSISTANCE_KEY = ("appeal_id", "side", "category", "contributor", "start_date")
# The contract's ids: any text without ';', commas, quotes or surrounding whitespace (datapackage.json patterns).
ID_PATTERN = r"^[^;,\"'\s]([^;,\"']*[^;,\"'\s])?$"
ID_LIST_PATTERN = r"^[^;,\"'\s]([^;,\"']*[^;,\"'\s])?(;[^;,\"'\s]([^;,\"']*[^;,\"'\s])?)*$"
ID_RULE = "an id is text without ';', commas, quotes or surrounding spaces"
SOURCE_IDS = re.compile(ID_LIST_PATTERN)
# Longer cells are almost always an unclosed quote that swallowed the rest of the file.
MAX_CELL = 100_000
# The contract's formats, exactly. Frictionless alone reads '1992-5-15' as a date, '+5' and ' 05' as integers and
# '1e3' or 'NaN' as numbers, so every typed cell is held to the text it must be before anything reads it.
FORMATS = {
    "date": (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "YYYY-MM-DD"),
    "integer": (re.compile(r"-?(0|[1-9][0-9]*)"), "a whole number such as 42"),
    "number": (re.compile(r"-?(0|[1-9][0-9]*)([.][0-9]+)?"), "a decimal number such as 2030 or 2.5"),
}
# evidence.csv: how a quote names the row it supports (the row's primary key values joined by this).
KEY_JOIN = "|"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place of one file.

    >>> str(Problem("data/states.csv", 3, "cow_code", "'abc' is not a valid integer"))
    "data/states.csv:3: cow_code: 'abc' is not a valid integer"
    """

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.message}"


class ValidationError(ValueError):
    """Raised when a data directory is invalid; carries every problem found.

    >>> err = ValidationError([Problem("a.csv", 2, "x", "is required but empty")])
    >>> print(err)
    1 problem in the data:
    a.csv:2: x: is required but empty
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in the data:"
        return "\n".join([head, *map(str, self.problems)])

    def _render_traceback_(self) -> list[str]:
        """What IPython shows instead of a traceback: the reader needs file, line and column, not frames."""
        return ["The data did not validate, so nothing was loaded.", str(self)]


@dataclass
class _Table:
    """A CSV file read as text: header, rows as dicts of strings, and each row's line number."""

    name: str
    res: dict[str, Any]
    path: Path
    label: str
    header: list[str]
    rows: list[dict[str, str]]
    lines: list[int]


def validate(data_dir: str | Path | None = None) -> list[Problem]:
    """Check a data directory and return its problems (an empty list when it is valid).

    >>> validate()
    []
    """
    data_dir = Path(data_dir) if data_dir is not None else sch.default_data_dir()
    schema = sch.read_schema(data_dir)
    problems: list[Problem] = []
    tables: dict[str, _Table] = {}
    for res in schema["resources"]:
        table, found = _read(data_dir, res)
        problems += found
        if table is not None:
            tables[res["name"]] = table
    formats = [p for table in tables.values() for p in _format_rules(table)]
    # A cell that is not of its type is reported once, as such, not again by the checks that read it as a value.
    wrong = {(p.file, p.line, p.column) for p in formats}
    problems += formats + [p for p in _frictionless(data_dir, schema, tables)
                           if (p.file, p.line, p.column) not in wrong or p in formats]
    problems += _cross_table(tables)
    problems += _coverage_rule(tables, schema.get("coverage", {}).get("end", ""))
    return sorted(set(problems))


def check(data_dir: str | Path | None = None) -> None:
    """Validate a data directory and raise :class:`ValidationError` listing every problem.

    >>> check()  # the shipped data is valid
    """
    problems = validate(data_dir)
    if problems:
        raise ValidationError(problems)


def _label(data_dir: Path, res: dict[str, Any]) -> str:
    return str(data_dir / res["path"])


def _read(data_dir: Path, res: dict[str, Any]) -> tuple[_Table | None, list[Problem]]:
    """Read one file as text and check what Frictionless does not: presence, encoding, line ends, NUL
    characters, oversized cells, header. A file with any of these problems is not checked further."""
    path = data_dir / res["path"]
    label = _label(data_dir, res)
    if not path.is_file():
        if res.get("required", False):
            return None, [Problem(label, 0, "*", "required table is missing")]
        return None, []
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="surrogateescape")
    if text.startswith("\ufeff"):
        return None, [Problem(label, 1, "*", "file starts with a byte-order mark; save as UTF-8 without BOM")]
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        return None, [Problem(label, line, "*", "line ends with CR; use LF line endings")]
    records = _records(text)
    if not records:
        return None, [Problem(label, 1, "*", "file is empty; expected a header row")]
    header = records[0][1]
    problems = _cell_problems(label, header, records)
    if problems:
        return None, problems
    problems = _header_problems(label, header, res)
    if problems:
        return None, problems
    rows, lines = [], []
    blank = {f["name"]: "" for f in sch.fields(res)}  # project columns a directory may leave out
    for line, cells in records[1:]:
        if len(cells) == len(header):
            rows.append({**blank, **dict(zip(header, cells))})
            lines.append(line)
    return _Table(res["name"], res, path, label, header, rows, lines), []


def _records(text: str) -> list[tuple[int, list[str]]]:
    """Parse CSV text into (first line number, cells) records, whatever the size of a cell: oversized cells
    are reported by :func:`_cell_problems`, not by a ``field larger than field limit`` traceback."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(len(text), previous))
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        records, line = [], 1
        for cells in reader:
            records.append((line, cells))
            line = reader.line_num + 1
        return records
    finally:
        csv.field_size_limit(previous)


def _cell_problems(label: str, header: list[str], records: list[tuple[int, list[str]]]) -> list[Problem]:
    """Bytes that are not UTF-8, NUL characters and oversized cells, each reported in its own column."""
    problems = []
    for line, cells in records:
        for i, cell in enumerate(cells):
            column = (header[i] or "*") if line > 1 and i < len(header) else "*"
            bad = next((ch for ch in cell if "\udc80" <= ch <= "\udcff"), None)
            where = line + cell[: cell.find(bad) if bad else 0].count("\n")
            if bad:
                problems.append(Problem(label, where, column, f"not valid UTF-8 (byte {ord(bad) - 0xDC00:#04x})"))
            elif "\x00" in cell:
                at = line + cell[: cell.index("\x00")].count("\n")
                problems.append(Problem(label, at, column, "contains a NUL character (byte 0x00)"))
            elif len(cell) > MAX_CELL:
                problems.append(Problem(label, line, column, f"cell is {len(cell):,} characters long, more than "
                                        f"the limit of {MAX_CELL:,} (an unclosed quote?)"))
    return problems


def _header_problems(label: str, header: list[str], res: dict[str, Any]) -> list[Problem]:
    """The contract's columns must be there; the project's own may be left out; nothing unknown; no repeats."""
    problems = []
    known = [f["name"] for f in sch.fields(res)]
    for f in sch.fields(res):
        if f.get("contract", True) and f["name"] not in header:
            problems.append(Problem(label, 1, f["name"], "column is missing from the header"))
    for name in header:
        if name not in known:
            problems.append(Problem(label, 1, name or "*", "column is not in datapackage.json"))
    for name in sorted({n for n in header if header.count(n) > 1}):
        problems.append(Problem(label, 1, name, "column appears more than once in the header"))
    return problems


def import_jsonschema_quickly() -> None:
    """Import jsonschema (frictionless checks descriptors with it) without its IRI format checker.

    When the optional ``rfc3987_syntax`` package is installed (JupyterLab pulls it in), jsonschema imports it,
    and that import compiles a grammar for about a second: most of the cost of loading the data in a fresh
    kernel. Our schemas use no ``iri`` formats, so jsonschema is imported with that module hidden; the module
    is left importable for everyone else afterwards. Nothing happens if jsonschema is already imported.
    ``scripts/build.py`` calls it before nbformat, which imports jsonschema too.

    >>> import_jsonschema_quickly()
    >>> import sys; "jsonschema" in sys.modules
    True
    """
    if "jsonschema" in sys.modules:
        return
    hidden = "rfc3987_syntax" not in sys.modules
    if hidden:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    try:
        import jsonschema  # noqa: F401
    finally:
        if hidden:
            del sys.modules["rfc3987_syntax"]


def _frictionless(data_dir: Path, schema: dict[str, Any], tables: dict[str, _Table]) -> list[Problem]:
    """Run Frictionless on the readable tables and map its report to our problems."""
    import_jsonschema_quickly()
    import frictionless  # imported here: it is the slowest dependency and only validation needs it

    resources = []
    for res in schema["resources"]:
        if res["name"] not in tables:
            continue
        header = tables[res["name"]].header
        by_name = {f["name"]: f for f in sch.fields(res)}
        keys = [fk for fk in res["schema"].get("foreignKeys", []) if _resolvable(fk, header, tables)]
        # Checked in the file's own column order, with only the columns it has (the project's may be absent).
        res = {k: v for k, v in res.items() if k != "required"}
        res["schema"] = {**res["schema"], "fields": [by_name[name] for name in header], "foreignKeys": keys}
        if "primaryKey" in res["schema"]:  # a project column in the key counts only where the file has it
            res["schema"]["primaryKey"] = [k for k in _as_list(res["schema"]["primaryKey"]) if k in header]
        resources.append(res)
    if not resources:
        return []
    descriptor = {"name": schema.get("name", "data"), "resources": resources}
    package = frictionless.Package(descriptor, basepath=str(data_dir))
    report = package.validate(limit_errors=100_000)
    problems = []
    for task in report.tasks:
        table = tables[task.name]
        line_of = _line_map(table)
        for error in task.errors:
            problems.append(_problem(table, line_of, error))
    return problems


def _resolvable(fk: dict[str, Any], header: list[str], tables: dict[str, _Table]) -> bool:
    """A foreign key is checked when its columns and the referenced table and columns are all there."""
    target = tables.get(fk["reference"]["resource"])
    return (target is not None and all(name in header for name in _as_list(fk["fields"]))
            and all(name in target.header for name in _as_list(fk["reference"]["fields"])))


def _line_map(table: _Table) -> dict[int, int]:
    """Map Frictionless row numbers (header = row 1, every CSV record counted) to file line numbers."""
    reader = csv.reader(io.StringIO(table.path.read_text(encoding="utf-8"), newline=""))
    mapping, row, start = {}, 0, 1
    for _ in reader:
        row += 1
        mapping[row] = start
        start = reader.line_num + 1
    return mapping


def _problem(table: _Table, line_of: dict[int, int], error: Any) -> Problem:
    row = getattr(error, "row_number", None)
    line = line_of.get(row, row) if row else 0
    column = getattr(error, "field_name", None) or "*"
    cell = getattr(error, "cell", "")
    kind = error.type
    if kind == "type-error":
        field = next(f for f in sch.fields(table.res) if f["name"] == column)
        return Problem(table.label, line, column, _type_message(field, cell))
    if kind == "constraint-error":
        return Problem(table.label, line, column, _constraint_message(table, column, cell, error.note))
    if kind == "primary-key" and "all \"None\"" in error.note:
        keys = [k for k in _as_list(table.res["schema"]["primaryKey"]) if k in table.header]
        return Problem(table.label, line, ",".join(keys), "key is empty (every row needs one)")
    if kind in ("primary-key", "unique-error"):
        keys = [k for k in _as_list(table.res["schema"].get("primaryKey", [column])) if k in table.header]
        other = error.note.rsplit("position ", 1)[-1]
        where = f" (same as line {line_of.get(int(other), other)})" if other.isdigit() else ""
        return Problem(table.label, line, ",".join(keys), f"duplicate key{where}")
    if kind == "foreign-key":
        names = list(error.field_names)
        values = list(error.field_cells)
        fk = next(k for k in table.res["schema"]["foreignKeys"]
                  if _as_list(k["fields"]) == names)
        ref = fk["reference"]
        shown = ", ".join(repr(v) for v in values)
        return Problem(table.label, line, ",".join(names),
                       f"{shown} not found in {ref['resource']}.csv column {','.join(_as_list(ref['fields']))}")
    if kind == "missing-cell":
        return Problem(table.label, line, column, "row has fewer cells than the header")
    if kind == "extra-cell":
        return Problem(table.label, line, "*", "row has more cells than the header")
    if kind == "blank-row":
        return Problem(table.label, line, "*", "blank row")
    return Problem(table.label, line, column, error.message)


def _type_message(field: dict[str, Any], cell: str) -> str:
    """The one wording of a cell that is not of its column's type, whoever finds it (Frictionless or
    :func:`_format_rules`), so that a problem found twice is reported once."""
    kind = field["type"]
    if kind == "boolean":
        values = [*field.get("trueValues", ["true"]), *field.get("falseValues", ["false"])]
        return f"{cell!r} is not a valid boolean ({' or '.join(values)})"
    expected = FORMATS[kind][1] if kind in FORMATS else kind
    return f"{cell!r} is not a valid {kind} ({expected})"


def _constraint_message(table: _Table, column: str, cell: str, note: str) -> str:
    field = next(f for f in sch.fields(table.res) if f["name"] == column)
    constraints = field.get("constraints", {})
    if note.startswith('constraint "required"'):
        return "is required but empty"
    if note.startswith('constraint "enum"'):
        return f"{cell!r} is not one of: {', '.join(constraints['enum'])}"
    if note.startswith('constraint "pattern"'):
        if constraints["pattern"] == ID_PATTERN:
            return f"{cell!r} is not a valid id ({ID_RULE})"
        if constraints["pattern"] == ID_LIST_PATTERN:
            return f"{cell!r} is not a list of ids separated by ';' ({ID_RULE})"
        return f"{cell!r} does not match the pattern {constraints['pattern']}"
    if note.startswith('constraint "maxLength"'):
        return f"is {len(cell)} characters long, more than the limit of {constraints['maxLength']}"
    if note.startswith('constraint "minimum"'):
        return f"{cell!r} is below the minimum {constraints['minimum']}"
    return f"{cell!r} breaks a constraint: {note}"


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _cross_table(tables: dict[str, _Table]) -> list[Problem]:
    problems: list[Problem] = []
    for name, table in tables.items():
        problems += _precision_rules(table, table.res)
        if name in ORDERED_DATES:
            problems += _order_rule(table, *ORDERED_DATES[name])
    if "memberships" in tables:
        problems += _overlap_rule(tables["memberships"])
    if "assistance" in tables:
        problems += _assistance_rules(tables["assistance"])
    if "relations" in tables:
        problems += _self_loop_rule(tables["relations"])
    problems += _sourced_rule(tables)
    if "evidence" in tables:
        problems += _evidence_rules(tables["evidence"], tables)
    return problems


def _format_rules(table: _Table) -> list[Problem]:
    """Every non-empty typed cell is exactly the contract's text for its type (dates ``YYYY-MM-DD``, zero-padded,
    a real calendar day; plain decimal numbers; the schema's boolean words), and every pattern matches the
    whole cell (a Python ``$`` would also accept a trailing newline)."""
    problems = []
    for field in sch.fields(table.res):
        name, kind = field["name"], field["type"]
        pattern = field.get("constraints", {}).get("pattern")
        if name not in table.header or (kind == "string" and not pattern):
            continue
        booleans = {*field.get("trueValues", ["true"]), *field.get("falseValues", ["false"])}
        for row, line in zip(table.rows, table.lines):
            cell = row[name]
            if not cell:
                continue  # emptiness is the "required" constraint's business
            if kind in FORMATS:
                ok = FORMATS[kind][0].fullmatch(cell) is not None and (kind != "date" or _valid_date(cell))
            elif kind == "boolean":
                ok = cell in booleans
            else:
                ok = True
            if not ok:
                problems.append(Problem(table.label, line, name, _type_message(field, cell)))
            elif pattern and re.fullmatch(pattern, cell) is None:
                problems.append(Problem(table.label, line, name,
                                        _constraint_message(table, name, cell, 'constraint "pattern"')))
    return problems


def _coverage_rule(tables: dict[str, _Table], coverage_end: str) -> list[Problem]:
    """An event without a status took place, so it cannot start after the last day the data covers
    (``coverage.end`` in datapackage.json); a planned one carries ``announced``."""
    events = tables.get("events")
    if events is None or not coverage_end:
        return []
    return [Problem(events.label, line, "start_date",
                    f"{row['start_date']!r} is after the end of coverage {coverage_end} (datapackage.json) but status "
                    "is empty (a held event); an event still to come has status announced")
            for row, line in zip(events.rows, events.lines)
            if not row["status"] and _valid_date(row["start_date"]) and row["start_date"] > coverage_end]


def row_key(table_key: list[str], row: dict[str, str]) -> str:
    """The text by which ``evidence.csv`` names a row: its primary key values joined by ``|``.

    >>> row_key(["organization", "state", "status", "start_date"],
    ...         {"organization": "CSTO", "state": "ARM", "status": "member", "start_date": "2002-10-07"})
    'CSTO|ARM|member|2002-10-07'
    """
    return KEY_JOIN.join(row[k] for k in table_key)


def _evidence_rules(evidence: _Table, tables: dict[str, _Table]) -> list[Problem]:
    """Each quote points at a row that exists, names a claim that is a column of that table (or ``row``), and
    comes from a source that row itself cites."""
    problems: list[Problem] = []
    field_of = {f["name"]: f for f in sch.fields(evidence.res)}
    tables_of_schema = set(field_of["table"].get("constraints", {}).get("enum", [])) or set(tables)
    known_sources = {r["source_id"] for r in tables["sources"].rows} if "sources" in tables else set()
    index: dict[str, dict[str, dict[str, str]]] = {}
    for name, table in tables.items():
        key = _as_list(table.res["schema"].get("primaryKey", []))
        if key and all(k in table.header for k in key):
            index[name] = {row_key(key, row): row for row in table.rows}
    for row, line in zip(evidence.rows, evidence.lines):
        name = row["table"]
        if not name:
            continue  # reported as required
        if name not in tables:
            if name not in tables_of_schema:
                continue  # not a table of the schema at all: reported by the vocabulary check
            problems.append(Problem(evidence.label, line, "table", f"{name!r}: no such table in this directory"))
            continue
        rows = index.get(name)
        if rows is None:
            problems.append(Problem(evidence.label, line, "table",
                                    f"{name!r} has no primary key in this directory, so its rows cannot be quoted"))
            continue
        target = rows.get(row["row"])
        if target is None:
            key = KEY_JOIN.join(_as_list(tables[name].res["schema"]["primaryKey"]))
            problems.append(Problem(evidence.label, line, "row", f"{row['row']!r} is not a row of {name}.csv (key {key})"))
            continue
        columns = {f["name"] for f in sch.fields(tables[name].res)}
        if row["field"] and row["field"] != "row" and row["field"] not in columns:
            problems.append(Problem(evidence.label, line, "field",
                                    f"{row['field']!r} is not a column of {name}.csv (nor 'row', the row as a whole)"))
        cited = target.get("source_ids", "").split(";")
        if (row["source_id"] in known_sources and "source_ids" in tables[name].header
                and row["source_id"] not in cited):
            problems.append(Problem(evidence.label, line, "source_id",
                                    f"{row['source_id']!r} is not one of the sources that row cites ({target['source_ids']})"))
        if row["quote"] and not row["quote"].strip():
            problems.append(Problem(evidence.label, line, "quote", "is only whitespace"))
    return problems


def _valid_date(text: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _precision_rules(table: _Table, res: dict[str, Any]) -> list[Problem]:
    problems = []
    for date_col, prec_col in sch.date_pairs(res):
        if prec_col not in table.header:
            continue  # sources.published may come without its precision (the contract does not ask for it)
        for row, line in zip(table.rows, table.lines):
            date, prec = row[date_col], row[prec_col]
            if date and not prec:
                problems.append(Problem(table.label, line, prec_col, f"is empty but {date_col} is {date!r}"))
            elif prec and not date:
                problems.append(Problem(table.label, line, prec_col, f"is {prec!r} but {date_col} is empty"))
            elif date and _valid_date(date):
                if prec == "month" and not date.endswith("-01"):
                    problems.append(Problem(table.label, line, date_col,
                                            f"{date!r} has precision month; store it as the 1st of the month"))
                if prec == "year" and not date.endswith("-01-01"):
                    problems.append(Problem(table.label, line, date_col,
                                            f"{date!r} has precision year; store it as 1 January"))
    return problems


def _order_rule(table: _Table, first: str, second: str) -> list[Problem]:
    """The second date may not come before the first, compared at the coarser of the two precisions (a decision
    coded "June 2010" is not before an appeal of 12 June 2010)."""
    problems = []
    widths = {"day": 10, "month": 7, "year": 4}
    pairs = dict(sch.date_pairs(table.res))
    for row, line in zip(table.rows, table.lines):
        a, b = row[first], row[second]
        if a and b and _valid_date(a) and _valid_date(b):
            width = min(widths.get(row.get(pairs.get(first, ""), ""), 10), widths.get(row.get(pairs.get(second, ""), ""), 10))
            if b[:width] < a[:width]:
                problems.append(Problem(table.label, line, second, f"{b!r} is before {first} {a!r}"))
    return problems


def _overlap_rule(table: _Table) -> list[Problem]:
    """Spells of one state in one organization may touch (end == next start) but never overlap."""
    spells = defaultdict(list)
    for row, line in zip(table.rows, table.lines):
        start, end = row["start_date"], row["end_date"]
        if _valid_date(start) and (not end or _valid_date(end)):
            spells[(row["organization"], row["state"])].append((start, end or "9999-12-31", line, row["status"]))
    problems = []
    for (org, state), items in spells.items():
        items.sort()
        for (s1, e1, l1, st1), (s2, _e2, l2, st2) in zip(items, items[1:]):
            if s2 < e1:
                problems.append(Problem(table.label, l2, "start_date",
                                        f"{state} {st2} spell in {org} starting {s2} overlaps the {st1} spell "
                                        f"of line {l1} (ends {'never' if e1 == '9999-12-31' else e1})"))
    return problems


def _assistance_rules(table: _Table) -> list[Problem]:
    problems, seen = [], {}
    for row, line in zip(table.rows, table.lines):
        key = tuple(row[k] for k in ASSISTANCE_KEY)
        if key in seen:
            problems.append(Problem(table.label, line, ",".join(ASSISTANCE_KEY),
                                    f"duplicate row (same as line {seen[key]})"))
        seen.setdefault(key, line)
        numbers = {}
        for col in ("quantity_low", "quantity", "quantity_high"):
            try:
                numbers[col] = float(row[col]) if row[col] else None
            except ValueError:
                numbers[col] = None  # reported as a type error by the schema check
        low, mid, high = numbers["quantity_low"], numbers["quantity"], numbers["quantity_high"]
        if low is not None and high is not None and high < low:
            problems.append(Problem(table.label, line, "quantity_high", f"{row['quantity_high']} is below quantity_low {row['quantity_low']}"))
        elif mid is not None and ((low is not None and mid < low) or (high is not None and mid > high)):
            problems.append(Problem(table.label, line, "quantity", f"{row['quantity']} is outside quantity_low..quantity_high"))
        if (low is not None or high is not None or mid is not None) and not row["unit"]:
            problems.append(Problem(table.label, line, "unit", "is empty but a quantity is given"))
    return problems


def _self_loop_rule(table: _Table) -> list[Problem]:
    return [Problem(table.label, line, "target", f"{row['target']!r} is the same state as source")
            for row, line in zip(table.rows, table.lines) if row["source"] and row["source"] == row["target"]]


def _sourced_rule(tables: dict[str, _Table]) -> list[Problem]:
    """Every source id cited anywhere must exist in sources.csv."""
    if "sources" not in tables:
        return []
    known = {row["source_id"] for row in tables["sources"].rows}
    problems = []
    for name, table in tables.items():
        if "source_ids" not in table.header:
            continue
        for row, line in zip(table.rows, table.lines):
            if not SOURCE_IDS.match(row["source_ids"]):
                continue  # empty or malformed: reported by the schema check
            for sid in row["source_ids"].split(";"):
                if sid not in known:
                    problems.append(Problem(table.label, line, "source_ids", f"{sid!r} not found in sources.csv"))
    return problems
