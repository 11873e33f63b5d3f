"""`tracker query`, `tracker history`, `tracker export`: read the published copy of the warehouse.

They never open the live file, so they never hold the lock the scheduled writer needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.options import add_common, open_published
from tracker.output import FORMATS, print_frame


def register(subparsers) -> None:
    query = subparsers.add_parser("query", help="run SQL against the published (read-only) warehouse")
    query.add_argument("sql", metavar="SQL")
    query.add_argument("--format", choices=FORMATS, default="table")
    add_common(query, sources=False)
    query.set_defaults(func=run_query)

    history = subparsers.add_parser("history", help="a metric's values over time, per source")
    history.add_argument("metric", metavar="METRIC")
    history.add_argument("--format", choices=FORMATS, default="table")
    history.add_argument("--plot", metavar="FILE.png", help="also draw the trend as a PNG chart")
    add_common(history, sources=False)
    history.set_defaults(func=run_history)

    export = subparsers.add_parser("export", help="write every table and view to DIR as Parquet or CSV")
    export.add_argument("directory", metavar="DIR")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    add_common(export, sources=False)
    export.set_defaults(func=run_export)


def run_query(args: argparse.Namespace) -> int:
    import duckdb

    con = open_published(args.warehouse, "query")
    if con is None:
        return 2
    try:
        frame = con.execute(args.sql).df()
    except duckdb.Error as exc:
        print(f"tracker query: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    print_frame(frame, args.format)
    return 0


def run_history(args: argparse.Namespace) -> int:
    from extract.vocabulary import METRICS

    if args.metric not in METRICS:
        print(
            f"tracker history: unknown metric {args.metric!r}; one of: {', '.join(METRICS)}", file=sys.stderr
        )
        return 2
    con = open_published(args.warehouse, "history")
    if con is None:
        return 2
    try:
        frame = con.execute(
            "SELECT date, value, qualifier, source_id, source_kind, as_of, published, evidence "
            "FROM metric_history WHERE metric = ? ORDER BY date, source_id",
            [args.metric],
        ).df()
    finally:
        con.close()
    print_frame(frame, args.format)
    if args.plot:
        from report.chart import trend_png

        Path(args.plot).write_bytes(
            trend_png(frame.assign(metric=args.metric), [args.metric], title=f"{args.metric} by date")
        )
        print(f"chart written to {args.plot}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from warehouse.publish import PUBLISHED_TABLES

    con = open_published(args.warehouse, "export")
    if con is None:
        return 2
    target = Path(args.directory)
    target.mkdir(parents=True, exist_ok=True)
    try:
        for name in PUBLISHED_TABLES:
            path = target / f"{name}.{args.format}"
            options = "FORMAT parquet" if args.format == "parquet" else "FORMAT csv, HEADER"
            con.execute(f"COPY (SELECT * FROM {name}) TO '{path}' ({options})")
    finally:
        con.close()
    print(f"exported {len(PUBLISHED_TABLES)} tables and views to {target} as {args.format}")
    return 0
