"""What the sub-commands share: their common options, and running a flow in this process."""

from __future__ import annotations

import argparse
import os

from tracker.settings import DEFAULT_SOURCES


def add_common(parser: argparse.ArgumentParser, *, sources: bool = True, lock_timeout: bool = False) -> None:
    """``--sources FILE`` (when the command reads the registry), ``--warehouse PATH``, ``--lock-timeout``."""
    if sources:
        parser.add_argument(
            "--sources", default=DEFAULT_SOURCES, metavar="FILE", help="source registry (TOML)"
        )
    parser.add_argument(
        "--warehouse",
        default=None,
        metavar="PATH",
        help="DuckDB file (default: $TRACKER_WAREHOUSE or data/warehouse.duckdb)",
    )
    if lock_timeout:
        parser.add_argument(
            "--lock-timeout", type=float, default=30.0, help="seconds to wait for a locked warehouse"
        )


def prepare_in_process_flow() -> None:
    """Quiet, analytics-free Prefect for a flow run inside this command (a temporary local server
    unless PREFECT_API_URL points at a running one)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def open_published(warehouse: str | None, command: str):
    """A read-only connection to the published copy of the warehouse, or None after printing why not.

    Commands that only read never open the live file, so they never hold the lock the writer needs.
    """
    import sys

    from tracker.settings import warehouse_path
    from warehouse.db import connect
    from warehouse.publish import published_copy

    copy = published_copy(warehouse_path(warehouse))
    try:
        return connect(copy, read_only=True)
    except FileNotFoundError:
        print(
            f"tracker {command}: no published warehouse at {copy}: run `tracker run` first", file=sys.stderr
        )
        return None


def report_failures(command: str, failed: dict[str, str]) -> int:
    """Name each failed source on stderr, one line each; 1 when any failed, else 0."""
    import sys

    for source_id, error in failed.items():
        print(f"tracker {command}: {source_id}: {error}", file=sys.stderr)
    return 1 if failed else 0
