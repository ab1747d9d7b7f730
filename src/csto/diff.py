"""What changed between two data directories: rows added, removed and changed, per table (``csto diff``)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from . import schema as sch
from .validate import ASSISTANCE_KEY, KEY_JOIN

# Keys for tables whose schema has none (or whose key column a directory may leave out): the contract's rule.
FALLBACK_KEYS = {"assistance": ASSISTANCE_KEY, "crosswalk": ("dataset", "dataset_id", "phase", "state")}


@dataclass
class TableDiff:
    """The rows of one table that were added, removed or changed (same key, other values: the columns named).

    >>> d = TableDiff("states", ["iso3"], changed={"ALB": ["name"]})
    >>> bool(d), bool(TableDiff("states", ["iso3"]))
    (True, False)
    """

    table: str
    key: list[str]
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        return [], []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def _key(res: dict, header_old: list[str], header_new: list[str]) -> list[str]:
    """The table's key, as far as both files have its columns (a table only one side has: that side's)."""
    headers = [h for h in (header_old, header_new) if h]
    key = res["schema"].get("primaryKey") or FALLBACK_KEYS.get(res["name"], ())
    key = [key] if isinstance(key, str) else list(key)
    usable = [k for k in key if all(k in h for h in headers)]
    if not usable:
        usable = [k for k in FALLBACK_KEYS.get(res["name"], ()) if all(k in h for h in headers)]
    return usable or [c for c in headers[-1] if all(c in h for h in headers)]


def diff(old_dir: str | Path, new_dir: str | Path) -> list[TableDiff]:
    """Compare every table of two valid data directories, in the new directory's schema order.

    A row is identified by its table's primary key (the contract's key where the schema has none); a row whose
    key is in both directories with other values is ``changed``, with the columns that differ. Columns only
    one side has are compared as empty on the other. Run :func:`csto.validate` on both first (the command line
    does): this function reads the files as text and trusts them.

    >>> import shutil, tempfile
    >>> from pathlib import Path
    >>> old = Path(tempfile.mkdtemp()) / "old"; shutil.copytree(sch.default_data_dir() / "nato", old)
    PosixPath('...')
    >>> new = Path(tempfile.mkdtemp()) / "new"; shutil.copytree(old, new)
    PosixPath('...')
    >>> text = (new / "states.csv").read_text(encoding="utf-8")
    >>> _ = (new / "states.csv").write_text(text.replace("Albania,", "Republic of Albania,"), encoding="utf-8")
    >>> [(d.table, d.changed) for d in diff(old, new) if d]
    [('states', {'ALB': ['name']})]
    """
    old_dir, new_dir = Path(old_dir), Path(new_dir)
    out = []
    for res in sch.read_schema(new_dir)["resources"]:
        header_old, rows_old = _rows(old_dir / res["path"])
        header_new, rows_new = _rows(new_dir / res["path"])
        if not header_old and not header_new:
            continue
        key = _key(res, header_old, header_new)
        old = {KEY_JOIN.join(r.get(k, "") for k in key): r for r in rows_old}
        new = {KEY_JOIN.join(r.get(k, "") for k in key): r for r in rows_new}
        columns = [c for c in header_new] + [c for c in header_old if c not in header_new]
        result = TableDiff(res["name"], key)
        result.added = [k for k in new if k not in old]
        result.removed = [k for k in old if k not in new]
        for k in new:
            if k in old:
                differ = [c for c in columns if old[k].get(c, "") != new[k].get(c, "")]
                if differ:
                    result.changed[k] = differ
        out.append(result)
    return out


def report(diffs: list[TableDiff], limit: int | None = None) -> str:
    """The text ``csto diff`` prints: a line per table with counts, then ``+`` added, ``-`` removed and ``~``
    changed rows (with the changed columns), at most ``limit`` of each kind per table.

    >>> print(report([TableDiff("states", ["iso3"], added=["XXX"], changed={"ALB": ["name"]})]))
    states.csv: 1 added, 0 removed, 1 changed (key iso3)
      + XXX
      ~ ALB: name
    """
    lines = []
    for d in diffs:
        lines.append(f"{d.table}.csv: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed "
                     f"(key {KEY_JOIN.join(d.key)})")
        shown = slice(None, limit)
        lines += [f"  + {k}" for k in d.added[shown]]
        lines += [f"  - {k}" for k in d.removed[shown]]
        lines += [f"  ~ {k}: {', '.join(c)}" for k, c in list(d.changed.items())[shown]]
        if limit is not None and max(len(d.added), len(d.removed), len(d.changed)) > limit:
            lines.append(f"  (at most {limit} of each kind shown)")
    return "\n".join(lines)
