"""`tracker status`: per source, its last fetch, last change, last figures and open alerts."""

from __future__ import annotations

import argparse

from tracker.options import add_common, open_published
from tracker.output import FORMATS, print_frame


def register(subparsers) -> None:
    parser = subparsers.add_parser("status", help="source health: last fetch, change, figures, open alerts")
    add_common(parser, sources=False)
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.set_defaults(func=status)


def status(args: argparse.Namespace) -> int:
    from warehouse.people import source_status

    con = open_published(args.warehouse, "status")
    if con is None:
        return 2
    try:
        frame = source_status(con)
    finally:
        con.close()
    print_frame(frame, args.format, max_colwidth=80)
    open_alerts = int(frame["open_alerts"].sum()) if not frame.empty else 0
    if open_alerts and args.format == "table":
        print(f"\n{open_alerts} open alert(s)")
    return 0
