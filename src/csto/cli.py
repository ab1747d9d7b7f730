"""Command-line verbs of the data contract: ``validate``, ``members`` and ``diff``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import schema as sch


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit code (0 valid / done, 1 invalid data, 2 usage error).

    >>> main(["members", "1992-05-15", "--organization", "CST"])
    ARM
    KAZ
    KGZ
    RUS
    TJK
    UZB
    0
    """
    parser = argparse.ArgumentParser(prog="csto", description="Check and query an alliance data directory.")
    verbs = parser.add_subparsers(dest="verb", required=True)
    p_validate = verbs.add_parser("validate", help="check every table; one line per problem")
    p_validate.add_argument("data_dir", nargs="?", type=Path, default=None, metavar="DATA_DIR",
                            help="data directory (default: the repository's data/)")
    p_members = verbs.add_parser("members", help="print the states that are members on DATE")
    p_members.add_argument("date", metavar="DATE", help="a day, YYYY-MM-DD")
    p_members.add_argument("--data", type=Path, default=None, metavar="DATA_DIR",
                           help="data directory (default: the repository's data/)")
    p_members.add_argument("--organization", default=None, metavar="ORG",
                           help="only this organization (and the bodies it succeeded)")
    p_diff = verbs.add_parser("diff", help="rows added, removed and changed between two data directories")
    p_diff.add_argument("old", type=Path, metavar="OLD_DIR")
    p_diff.add_argument("new", type=Path, metavar="NEW_DIR")
    p_diff.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N rows of each kind")
    args = parser.parse_args(argv)
    try:
        if args.verb == "validate":
            return _validate(args.data_dir)
        if args.verb == "diff":
            return _diff(args.old, args.new, args.limit)
        return _members(args.date, args.data, args.organization)
    except FileNotFoundError as err:  # no data directory given and none installed
        print(err, file=sys.stderr)
        return 1


def _validate(data_dir: Path | None) -> int:
    from .io import remember_valid
    from .validate import validate

    data_dir = data_dir if data_dir is not None else sch.default_data_dir()
    if not data_dir.is_dir():
        print(f"{data_dir}: not a directory", file=sys.stderr)
        return 1
    problems = validate(data_dir)
    if problems:
        for problem in problems:
            print(problem)
        n = len(problems)
        print(f"{n} problem{'s' if n != 1 else ''} in {data_dir}", file=sys.stderr)
        return 1
    remember_valid(data_dir)
    schema = sch.read_schema(data_dir)
    present = [r for r in schema["resources"] if (data_dir / r["path"]).is_file()]
    rows = sum(max(0, len((data_dir / r["path"]).read_text(encoding="utf-8").splitlines()) - 1) for r in present)
    print(f"{data_dir}: valid ({len(present)} tables, {rows} data lines)")
    return 0


def _diff(old: Path, new: Path, limit: int | None) -> int:
    """Both directories are validated first: a diff of malformed tables would mislead."""
    from .diff import diff, report
    from .validate import validate

    problems = []
    for data_dir in (old, new):
        if not data_dir.is_dir():
            print(f"{data_dir}: not a directory", file=sys.stderr)
            return 1
        problems += validate(data_dir)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}: nothing compared", file=sys.stderr)
        return 1
    print(report(diff(old, new), limit))
    return 0


def _members(date: str, data_dir: Path | None, organization: str | None) -> int:
    import pandas as pd

    from .io import load
    from .membership import members_on
    from .validate import ValidationError

    try:
        day = pd.Timestamp(date)
        if len(date) != 10:
            raise ValueError(date)
    except ValueError:
        print(f"DATE must be YYYY-MM-DD, got {date!r}", file=sys.stderr)
        return 2
    try:
        ds = load(data_dir)
    except ValidationError as err:
        print(err, file=sys.stderr)
        return 1
    for iso3 in members_on(ds.memberships, day, organization, ds.organizations):
        print(iso3)
    return 0
