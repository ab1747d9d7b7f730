"""The table schema: the data directory's ``datapackage.json``, or the package's default."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

DESCRIPTOR = "datapackage.json"


def default_data_dir() -> Path:
    """Return the default ``DATA_DIR``: ``$CSTO_DATA_DIR`` if set, else the checkout's ``data/`` (an editable
    install), else the copy of the tables shipped inside the package (a plain ``pip install``).

    Setting ``CSTO_DATA_DIR`` points the notebooks and the command line at another copy of the tables;
    ``csto.load(path)`` and ``python -m csto validate PATH`` take one directly.

    >>> default_data_dir().name
    'data'
    """
    override = os.environ.get("CSTO_DATA_DIR")
    if override:
        return Path(override)
    for candidate in (Path(__file__).resolve().parents[2] / "data", Path(__file__).resolve().parent / "data"):
        if (candidate / DESCRIPTOR).is_file():
            return candidate
    raise FileNotFoundError(
        "no data directory found: this installation of csto carries no tables. Pass one "
        "(csto.load('path/to/data'), python -m csto validate path/to/data) or set CSTO_DATA_DIR.")


def read_schema(data_dir: str | Path | None = None) -> dict[str, Any]:
    """Read the Frictionless data package descriptor that describes a data directory.

    A directory with its own ``datapackage.json`` uses it; otherwise the package's default schema applies,
    so another alliance's tables can be checked without copying the descriptor.

    >>> schema = read_schema()
    >>> [r["name"] for r in schema["resources"]][:3]
    ['organizations', 'states', 'memberships']
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    own = data_dir / DESCRIPTOR
    if own.is_file():
        return json.loads(own.read_text(encoding="utf-8"))
    return json.loads(resources.files("csto").joinpath(DESCRIPTOR).read_text(encoding="utf-8"))


def fields(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the field descriptors of one resource.

    >>> [f["name"] for f in fields(resource(read_schema(), "sources"))][:2]
    ['source_id', 'title']
    """
    return list(resource["schema"]["fields"])


def resource(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """Return the resource called ``name``.

    >>> resource(read_schema(), "states")["path"]
    'states.csv'
    """
    for res in schema["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"no table {name!r} in the schema")


def enum(schema: dict[str, Any], table: str, field: str) -> list[str]:
    """Return the controlled vocabulary of a field (empty list if the field has none).

    >>> enum(read_schema(), "memberships", "status")
    ['member', 'observer', 'suspended', 'frozen']
    """
    for f in fields(resource(schema, table)):
        if f["name"] == field:
            return list(f.get("constraints", {}).get("enum", []))
    raise KeyError(f"no column {field!r} in table {table!r}")


def date_pairs(res: dict[str, Any]) -> list[tuple[str, str]]:
    """Return ``(date column, precision column)`` pairs of a resource.

    >>> date_pairs(resource(read_schema(), "appeals"))
    [('date', 'date_precision'), ('decision_date', 'decision_precision')]
    """
    return [(f["name"], f["precisionField"]) for f in fields(res) if "precisionField" in f]
