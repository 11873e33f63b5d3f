"""What a run needs to know from the warehouse before it starts: validators, history, what is extracted."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from fetch import Validators
from warehouse.db import DEFAULT_LOCK_TIMEOUT, WarehouseLocked, connect
from warehouse.publish import published_copy

log = logging.getLogger(__name__)


@dataclass
class WarehouseState:
    """The warehouse as a run sees it at its start."""

    validators: dict[str, Validators] = field(default_factory=dict)  # url -> last validators
    extracted: set[tuple[str, str, str]] = field(default_factory=set)  # (source, hash, extractor version)
    sources_with_figures: set[str] = field(default_factory=set)
    history: pd.DataFrame = field(default_factory=pd.DataFrame)
    read_from: str = "empty"


def _read(con: duckdb.DuckDBPyConnection) -> WarehouseState:
    state = WarehouseState()
    rows = con.execute(
        """
        SELECT url, arg_max(etag, fetched_at), arg_max(last_modified, fetched_at), arg_max(content_hash, fetched_at)
        FROM fetches WHERE status IN ('ok', 'not_modified') AND content_hash IS NOT NULL
        GROUP BY url
        """
    ).fetchall()
    state.validators = {url: Validators(etag, modified, digest) for url, etag, modified, digest in rows}
    state.extracted = set(
        con.execute("SELECT DISTINCT source_id, content_hash, extractor_version FROM extractions").fetchall()
    )
    state.sources_with_figures = {
        r[0] for r in con.execute("SELECT DISTINCT source_id FROM observations").fetchall()
    }
    state.history = con.execute(
        """
        SELECT DISTINCT source_id, source_kind, metric, value, qualifier, CAST(as_of AS TIMESTAMP) AS as_of
        FROM current_observations WHERE as_of IS NOT NULL
        """
    ).df()
    return state


def read_state(warehouse: Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> WarehouseState:
    """Read the run's starting state from the live file, or from the published copy if it is locked."""
    warehouse = Path(warehouse)
    if not warehouse.exists():
        return WarehouseState()
    try:
        con = connect(warehouse, lock_timeout=lock_timeout)
        source = str(warehouse)
    except WarehouseLocked:
        copy = published_copy(warehouse)
        if not copy.exists():
            log.warning(
                "warehouse %s is locked and has no published copy: starting from an empty state", warehouse
            )
            return WarehouseState()
        con = duckdb.connect(str(copy), read_only=True)
        source = str(copy)
    try:
        state = _read(con)
    finally:
        con.close()
    state.read_from = source
    return state


def read_published(warehouse: Path, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run a query against the published read-only copy (never the live file)."""
    copy = published_copy(Path(warehouse))
    con = connect(copy, read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()
