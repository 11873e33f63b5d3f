"""`tracker discover`: find new news articles (GDELT queries, feeds) and load their figures."""

from __future__ import annotations

import argparse
import sys

from tracker.options import add_common, prepare_in_process_flow, report_failures
from tracker.settings import DEFAULT_DISCOVERY, warehouse_path


def register(subparsers) -> None:
    parser = subparsers.add_parser("discover", help="discover news articles and load their figures")
    add_common(parser, lock_timeout=True)
    parser.add_argument("--config", default=DEFAULT_DISCOVERY, metavar="FILE", help="discovery config (TOML)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """0 when every search and article was fetched, 1 when some failed (named), 2 for a bad config."""
    from fetch.discovery import DiscoveryError, load_discovery

    try:
        load_discovery(args.config)
    except DiscoveryError as exc:
        print(f"tracker discover: {exc}", file=sys.stderr)
        return 2
    prepare_in_process_flow()
    from flows.discover import discover_news

    result = discover_news(
        discovery=args.config,
        sources=args.sources,
        warehouse=str(warehouse_path(args.warehouse)),
        lock_timeout=args.lock_timeout,
    )
    print(
        f"discover: {result['status']}; candidates: {result['candidates']}; new articles: {result['new_articles']}; "
        f"duplicates: {result['duplicates']}; read: {result['articles_read']}; "
        f"observations added: {result['observations_added']}"
    )
    return report_failures("discover", result["failed"])
