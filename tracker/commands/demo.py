"""`tracker demo`: serve the bundled fixture site on 127.0.0.1, run the real flow on it, print the figures."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from tracker.commands.run import run_flow
from tracker.devserver import SiteServer, write_sources

DEFAULT_SITE = "tests/fixtures/site"


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="run the flow against the bundled fixture site on 127.0.0.1")
    parser.add_argument(
        "--site", default=DEFAULT_SITE, help="folder served as the site (with sources.toml.in)"
    )
    parser.add_argument("--warehouse", default="data/demo/warehouse.duckdb", metavar="PATH")
    parser.set_defaults(func=demo)


def demo(args: argparse.Namespace) -> int:
    from warehouse.read import read_published

    site = Path(args.site)
    with SiteServer(site) as server:
        sources = write_sources(
            site / "sources.toml.in", server.base_url, Path(args.warehouse).parent / "sources.toml"
        )
        print(f"serving {site} at {server.base_url}; sources in {sources}\n")
        status = run_flow(str(sources), args.warehouse, strict=False)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_colwidth", 40):
        latest = read_published(
            args.warehouse,
            "SELECT metric, value, qualifier, as_of, source_id, news_value, news_qualifier, news_source_id "
            "FROM latest_figures",
        )
        print("\nLatest figures (official, beside the newest news figure):")
        print(latest.to_string(index=False))
        history = read_published(
            args.warehouse,
            "SELECT metric, date, value, qualifier, source_id, source_kind FROM metric_history ORDER BY metric, date",
        )
        print("\nHistory:")
        print(history.to_string(index=False))
    return status
