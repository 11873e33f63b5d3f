"""`tracker report`: write one self-contained HTML page of the warehouse (chart, latest figures,
disagreements, source health), read from the published copy so it never blocks the scheduled writer.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from tracker.options import add_common, open_published
from tracker.settings import warehouse_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="write an HTML report: trend chart, latest figures, source health"
    )
    parser.add_argument("--out", default="report.html", metavar="FILE.html", help="where to write the page")
    add_common(parser, sources=False)
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from report.html import DISAGREEMENTS_SQL, FRESHNESS_SQL, HISTORY_SQL, LATEST_SQL, render_report
    from warehouse.publish import published_copy

    copy = published_copy(warehouse_path(args.warehouse))
    con = open_published(args.warehouse, "report")
    if con is None:
        return 2
    try:
        frames = [
            con.execute(sql).df() for sql in (LATEST_SQL, HISTORY_SQL, DISAGREEMENTS_SQL, FRESHNESS_SQL)
        ]
    finally:
        con.close()
    page = render_report(*frames, generated_at=datetime.now(UTC), warehouse=str(copy))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    print(f"report written to {out} ({len(page) // 1024} KB)")
    return 0
