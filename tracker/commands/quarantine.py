"""`tracker quarantine`: list quarantined figures, and release one a person has checked."""

from __future__ import annotations

import argparse
import sys

from tracker.options import add_common, open_published
from tracker.output import FORMATS, print_frame
from tracker.settings import warehouse_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("quarantine", help="list quarantined figures, or release one")
    add_common(parser, sources=False)
    parser.add_argument("--all", action="store_true", help="include figures already released")
    parser.add_argument("--format", choices=FORMATS, default="table")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    release = actions.add_parser("release", help="move a checked figure from quarantine into observations")
    release.add_argument("quarantine_id", metavar="ID")
    release.add_argument("--note", required=True, help="why the figure is right (recorded)")
    release.add_argument("--by", default=None, help="who checked it (default: the current user)")
    release.add_argument("--warehouse", default=argparse.SUPPRESS, metavar="PATH", help="DuckDB file")
    parser.set_defaults(func=quarantine)


def quarantine(args: argparse.Namespace) -> int:
    from warehouse.people import NotInQuarantine, list_quarantine, release

    path = warehouse_path(args.warehouse)
    if args.action == "release":
        try:
            done = release(path, args.quarantine_id, args.note, by=args.by)
        except (NotInQuarantine, ValueError) as exc:
            print(f"tracker quarantine release: {exc}", file=sys.stderr)
            return 2
        print(f"released {done['quarantine_id']}: {done['metric']} = {done['value']:g} (by {done['by']})")
        return 0
    con = open_published(args.warehouse, "quarantine")
    if con is None:
        return 2
    try:
        frame = list_quarantine(con, include_released=args.all)
    finally:
        con.close()
    if args.format == "table":
        frame = frame[["quarantine_id", "source_id", "metric", "value", "qualifier", "as_of", "check_name", "reason",
                       "released_by"]]  # fmt: skip
    print_frame(frame, args.format, max_colwidth=90)
    return 0
