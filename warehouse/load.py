"""Writing a run: one transaction per run, idempotent inserts, and staging when the file is locked."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.batch import TABLE_KEYS, RunBatch
from warehouse.db import DEFAULT_LOCK_TIMEOUT, WarehouseLocked, connect
from warehouse.publish import publish

log = logging.getLogger(__name__)


@dataclass
class LoadOutcome:
    """What happened to a run's rows: ``loaded`` into the warehouse, or ``staged`` under pending/."""

    status: str
    inserted: dict[str, int] = field(default_factory=dict)
    pending_loaded: list[str] = field(default_factory=list)
    staged_at: Path | None = None
    message: str = ""


def pending_dir(warehouse: Path) -> Path:
    return Path(warehouse).parent / "pending"


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame) -> int:
    if frame is None or frame.empty:
        return 0
    con.register("incoming", frame)
    try:
        key = TABLE_KEYS[table]
        match = " AND ".join(f"t.{column} IS NOT DISTINCT FROM incoming.{column}" for column in key)
        [(inserted,)] = con.execute(
            f"INSERT INTO {table} BY NAME SELECT * FROM incoming "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {match})"
        ).fetchall()
    finally:
        con.unregister("incoming")
    return int(inserted)


def load_batch(con: duckdb.DuckDBPyConnection, batch: RunBatch) -> dict[str, int]:
    """Insert a run's rows in one transaction; rows already present (same key) are skipped.

    The ``runs`` row goes in last, with the counts of what was actually added.
    """
    inserted: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for table, frame in batch.tables():
            if table != "runs":
                inserted[table] = _insert(con, table, frame)
        runs = batch.runs.copy()
        if not runs.empty:
            runs["observations_added"] = inserted.get("observations", 0)
            runs["quarantined_added"] = inserted.get("quarantine", 0)
            runs["alerts_added"] = inserted.get("alerts", 0)
        inserted["runs"] = _insert(con, "runs", runs)
        _resolve_alerts(con, batch)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return inserted


def _resolve_alerts(con: duckdb.DuckDBPyConnection, batch: RunBatch) -> None:
    """A source that yields figures again closes its open no_figures alerts."""
    frame = batch.extractions
    if frame.empty or "figures" not in frame:
        return
    recovered = sorted(set(frame.loc[frame["figures"] > 0, "source_id"]))
    if recovered:
        finished = batch.runs["finished_at"].iloc[0] if not batch.runs.empty else None
        con.execute(
            "UPDATE alerts SET resolved_at = coalesce(?, current_timestamp::TIMESTAMP) "
            "WHERE kind = 'no_figures' AND resolved_at IS NULL AND list_contains(?, source_id)",
            [finished, recovered],
        )


def load_pending(con: duckdb.DuckDBPyConnection, directory: Path) -> list[str]:
    """Load runs staged while the warehouse was locked, oldest first, each in its own transaction."""
    loaded = []
    if not directory.exists():
        return loaded
    for staged in sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.endswith(".partial")):
        load_batch(con, RunBatch.from_parquet(staged))
        shutil.rmtree(staged)
        loaded.append(staged.name)
    return loaded


def write_run(
    warehouse: Path,
    batch: RunBatch,
    run_id: str,
    *,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    publish_copy: bool = True,
) -> LoadOutcome:
    """Load a run into the warehouse (after any staged runs), then publish the read-only copy.

    When the file stays locked past ``lock_timeout``, the rows are staged as Parquet under
    ``pending/<run_id>`` beside the warehouse, and the next run loads them first. Nothing is lost.
    """
    warehouse = Path(warehouse)
    try:
        con = connect(warehouse, lock_timeout=lock_timeout)
    except WarehouseLocked as exc:
        target = pending_dir(warehouse) / run_id
        batch.to_parquet(target)
        return LoadOutcome(status="staged", staged_at=target, message=f"{exc}; rows staged at {target}")
    try:
        pending = load_pending(con, pending_dir(warehouse))
        inserted = load_batch(con, batch)
        if publish_copy:
            publish(con, warehouse)
    finally:
        con.close()
    return LoadOutcome(status="loaded", inserted=inserted, pending_loaded=pending)
