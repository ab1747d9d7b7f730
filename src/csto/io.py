"""Loading a data directory into typed pandas tables."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import schema as sch
from .validate import check


@dataclass
class Dataset:
    """The tables of one data directory, typed, with the schema that describes them.

    Tables are reachable as ``ds["memberships"]`` or ``ds.memberships``; a table missing from the directory
    is an empty DataFrame with the schema's columns.

    >>> ds = load()
    >>> sorted(ds.tables)[:3]
    ['appeals', 'assistance', 'crosswalk']
    """

    data_dir: Path
    schema: dict[str, Any]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def coverage_end(self) -> pd.Timestamp | None:
        """The last day the data covers (``coverage.end`` of the descriptor), used to close open spells.

        >>> load().coverage_end is not None
        True
        """
        end = self.schema.get("coverage", {}).get("end")
        return pd.Timestamp(end) if end else None


def load(data_dir: str | Path | None = None, *, validate: bool = True) -> Dataset:
    """Load every table of a data directory, validated first, with dates parsed and vocabularies typed.

    Dates become ``datetime64`` columns beside their ``*_precision`` columns (kept as they are: a month-precise
    date stays the 1st of the month with precision ``month``). Raises :class:`csto.ValidationError` listing
    every problem if the directory is invalid; nothing is dropped or coerced.

    >>> ds = load()
    >>> ds.memberships["start_date"].dtype.kind
    'M'
    """
    data_dir = Path(data_dir) if data_dir is not None else sch.default_data_dir()
    fingerprint = _fingerprint(data_dir)
    if validate:
        _check_once(data_dir, fingerprint)
    schema = sch.read_schema(data_dir)
    return Dataset(data_dir, schema, _typed_tables(data_dir, schema, fingerprint))


def _typed_tables(data_dir: Path, schema: dict[str, Any], fingerprint: str) -> dict[str, pd.DataFrame]:
    """The typed tables, parsed once per version of the bytes: a pickle in the cache directory, named by the
    data's fingerprint and by the code and library versions that made it, stands in for parsing (~8 ms instead of
    ~65 ms). Each load unpickles its own copy, so a notebook that changes a table changes only its own."""
    key = hashlib.sha256("\0".join([fingerprint, Path(__file__).read_text(encoding="utf-8"), pd.__version__,
                                     np.__version__, sys.version]).encode()).hexdigest()
    path = cache_dir() / "tables" / f"{key}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError):
        pass  # not cached yet, or written by something else: parse
    tables = {res["name"]: _read_table(data_dir, res) for res in schema["resources"]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)[:-7]:
            old.unlink(missing_ok=True)  # keep the few newest versions, not every version ever loaded
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".part", delete=False) as part:
            pickle.dump(tables, part, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part.name, path)  # whole or not at all: parallel loads never read half a file
    except OSError:
        pass  # a read-only home only costs the next load another parse
    return tables


def cache_dir() -> Path:
    """Where successful validations and parsed tables are remembered: ``$CSTO_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/csto``, else ``~/.cache/csto``. Never inside the data directory, so a rerun leaves the
    repository untouched; deleting it only costs the next load a validation and a parse.

    >>> import os
    >>> cache_dir() == Path(os.environ["CSTO_CACHE_DIR"])  # the test suite sets its own
    True
    """
    if os.environ.get("CSTO_CACHE_DIR"):
        return Path(os.environ["CSTO_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "csto"


def _fingerprint(data_dir: Path) -> str:
    """Hash of everything a validation result depends on: the data files, the schema and the validator's code."""
    digest = hashlib.sha256()
    code = Path(__file__).parent
    for path in [code / "validate.py", code / "schema.py", code / "datapackage.json",
                 *sorted(p for p in data_dir.iterdir() if p.suffix in (".csv", ".json"))]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _check_once(data_dir: Path, fingerprint: str) -> None:
    """Validate, unless these exact bytes already passed: a notebook that reloads unchanged data skips the
    ~0.3 s of validation. Any change to a table, the schema or the validator changes the fingerprint, and
    only successful validations are remembered."""
    if (cache_dir() / "validated" / fingerprint).is_file():
        return
    check(data_dir)
    remember_valid(data_dir)


def remember_valid(data_dir: Path) -> None:
    """Record that these exact bytes passed validation (``csto validate`` does too, so the notebooks that
    ``make`` runs next skip it).

    >>> remember_valid(sch.default_data_dir())
    """
    marker = cache_dir() / "validated" / _fingerprint(Path(data_dir))
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass  # a read-only home only costs the next load another validation


def _read_table(data_dir: Path, res: dict[str, Any]) -> pd.DataFrame:
    path = data_dir / res["path"]
    columns = [f["name"] for f in sch.fields(res)]
    if path.is_file():
        # an empty field is missing (read as NaN here, the same as typed() does with "")
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        for name in columns:
            if name not in raw:
                raw[name] = ""  # a project column this directory leaves out reads as empty
    else:
        raw = pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
    return typed(raw, res)


def typed(raw: pd.DataFrame, res: dict[str, Any]) -> pd.DataFrame:
    """Convert a table of strings (empty string = missing) to the types its schema declares.

    >>> res = sch.resource(sch.read_schema(), "states")
    >>> t = typed(pd.DataFrame({"iso3": ["RUS"], "name": ["Russia"], "cow_code": ["365"],
    ...     "cow_abbrev": ["RUS"], "gw_code": [""], "source_ids": ["s1"], "notes": [""]}), res)
    >>> t["cow_code"].tolist(), t["gw_code"].isna().tolist()
    ([365], [True])
    """
    out = {}
    for f in sch.fields(res):
        col = raw[f["name"]]
        if len(col) and (col.to_numpy(dtype=object) == "").any():  # a check ~100x cheaper than replace()
            col = col.replace("", pd.NA)
        kind = f["type"]
        if kind == "date":
            out[f["name"]] = pd.to_datetime(col, format="%Y-%m-%d").astype("datetime64[s]")
        elif kind == "integer":
            out[f["name"]] = pd.to_numeric(col).astype("Int64")
        elif kind == "number":
            out[f["name"]] = pd.to_numeric(col).astype("Float64")
        elif kind == "boolean":
            out[f["name"]] = col.map({"true": True, "false": False}).astype("boolean")
        elif "enum" in f.get("constraints", {}):
            out[f["name"]] = pd.Categorical(col, categories=f["constraints"]["enum"])
        else:
            out[f["name"]] = col.astype("string")
    return pd.DataFrame(out, index=pd.RangeIndex(len(raw)))
