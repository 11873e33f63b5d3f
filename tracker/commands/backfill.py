"""`tracker backfill`: load the official pages' past versions from the Wayback Machine."""

from __future__ import annotations

import argparse
import re
import sys

from tracker.options import add_common, prepare_in_process_flow, report_failures
from tracker.registry import RegistryError, load_sources
from tracker.settings import warehouse_path


def _day(value: str) -> str:
    if not re.fullmatch(r"\d{8}", value):
        raise argparse.ArgumentTypeError(f"expected YYYYMMDD, got {value!r}")
    return value


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backfill", help="load past versions of the official pages from the Wayback Machine"
    )
    add_common(parser, lock_timeout=True)
    parser.add_argument("--from", dest="from_date", type=_day, metavar="YYYYMMDD", help="earliest capture")
    parser.add_argument("--to", dest="to_date", type=_day, metavar="YYYYMMDD", help="latest capture")
    parser.add_argument(
        "--source", dest="source_ids", action="append", metavar="ID", help="only this source (repeatable)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the backfill flow in-process; 0 when every listing and capture was fetched, 1 otherwise."""
    try:
        load_sources(args.sources)
    except RegistryError as exc:
        print(f"tracker backfill: {exc}", file=sys.stderr)
        return 2
    prepare_in_process_flow()
    from flows.backfill import backfill

    result = backfill(
        sources=args.sources,
        warehouse=str(warehouse_path(args.warehouse)),
        from_date=args.from_date,
        to_date=args.to_date,
        source_ids=args.source_ids,
        lock_timeout=args.lock_timeout,
    )
    print(
        f"backfill: {result['status']}; sources: {', '.join(result['sources']) or 'none'}; "
        f"captures fetched: {result['captures_fetched']}; observations added: {result['observations_added']}; "
        f"quarantined: {result['quarantined']}"
    )
    return report_failures("backfill", result["failed"])
