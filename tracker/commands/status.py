"""`tracker status`: per source, its last fetch, last change, last figures and open alerts."""

from __future__ import annotations

import argparse
import sys

from tracker.commands.run import add_common
from tracker.output import FORMATS, print_frame
from tracker.settings import warehouse_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("status", help="source health: last fetch, change, figures, open alerts")
    add_common(parser, sources=False)
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.set_defaults(func=status)


def status(args: argparse.Namespace) -> int:
    from warehouse.db import connect
    from warehouse.people import source_status
    from warehouse.publish import published_copy

    path = warehouse_path(args.warehouse)
    copy = published_copy(path)
    try:
        con = connect(copy if copy.exists() else path, read_only=True)
    except FileNotFoundError as exc:
        print(f"tracker status: {exc}", file=sys.stderr)
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
