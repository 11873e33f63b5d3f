"""`tracker reextract`: read the archived documents again with the current extractor (no network)."""

from __future__ import annotations

import argparse
from datetime import date

from tracker.options import add_common, prepare_in_process_flow, report_failures
from tracker.settings import warehouse_path


def _date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def register(subparsers) -> None:
    parser = subparsers.add_parser("reextract", help="re-run extraction over the raw archive, offline")
    add_common(parser, lock_timeout=True)
    parser.add_argument(
        "--source", dest="source_ids", action="append", metavar="ID", help="only this source (repeatable)"
    )
    parser.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD", help="documents first fetched on or after"
    )
    parser.add_argument(
        "--until", type=_date, metavar="YYYY-MM-DD", help="documents first fetched on or before"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """0 when every archived document was read, 1 when some could not be (named)."""
    prepare_in_process_flow()
    from flows.reextract import reextract

    result = reextract(
        warehouse=str(warehouse_path(args.warehouse)),
        sources=args.source_ids,
        since=args.since,
        until=args.until,
        registry=args.sources,
        lock_timeout=args.lock_timeout,
    )
    print(
        f"reextract with extractor {result['extractor_version']}: {result['status']}; "
        f"documents read: {result['documents']}; observations added: {result['observations_added']}; "
        f"quarantined: {result['quarantined']}"
    )
    return report_failures("reextract", result["failed"])
