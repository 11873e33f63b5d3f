"""`tracker run`: run the track-figures flow once, in this process, and print its summary."""

from __future__ import annotations

import argparse
import sys

from tracker.options import add_common, prepare_in_process_flow
from tracker.registry import KINDS
from tracker.settings import warehouse_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("run", help="fetch, extract, validate and load every source once")
    add_common(parser, lock_timeout=True)
    parser.add_argument("--strict", action="store_true", help="fail when any error-level check failed")
    parser.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        choices=KINDS,
        help="only the registry's sources of this kind (repeatable; default: every kind)",
    )
    parser.set_defaults(func=run)


def run_flow(
    sources: str,
    warehouse: str | None,
    strict: bool,
    lock_timeout: float = 30.0,
    kinds: list[str] | None = None,
) -> int:
    """Run the flow in-process; 0 when every source was fetched, 1 otherwise (failed sources named),
    2 for a parameter the flow refused before fetching, 3 for a strict run with check failures."""
    prepare_in_process_flow()
    from flows.track import StrictValidationError, track_figures

    try:
        summary = track_figures(
            sources=sources,
            warehouse=str(warehouse_path(warehouse)),
            strict=strict,
            lock_timeout=lock_timeout,
            kinds=kinds,
        )
    except ValueError as exc:  # refused before anything was fetched (flows/preflight.py)
        print(f"tracker run: {exc}", file=sys.stderr)
        return 2
    except StrictValidationError as exc:
        print(f"tracker run: strict run failed: {exc} (the run's rows were loaded; see `tracker quarantine`)",
              file=sys.stderr)  # fmt: skip
        return 3
    from report.summary import RunSummary, SourceLine

    result = RunSummary(**{k: v for k, v in summary.items() if k not in ("sources", "failed_sources")})
    result.sources = [SourceLine(**s) for s in summary["sources"]]
    print(result.text())
    if result.failed_sources:
        names = ", ".join(s.source_id for s in result.failed_sources)
        print(f"tracker run: {len(result.failed_sources)} source(s) failed: {names}", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    from flows.preflight import check_parameters

    try:  # the flow's own checks, here first, so a refused parameter is one line and no Prefect start-up
        check_parameters(args.sources, args.warehouse, args.kinds, args.lock_timeout)
    except ValueError as exc:
        print(f"tracker run: {exc}", file=sys.stderr)
        return 2
    return run_flow(args.sources, args.warehouse, args.strict, args.lock_timeout, args.kinds)
