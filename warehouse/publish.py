"""Publishing the warehouse for readers: a read-only copy and Parquet files, each replaced atomically.

Analysts open ``published/warehouse.duckdb`` (or the Parquet files), never the live file, so they
never hold the writer's lock and the schedule never blocks them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

PUBLISHED_TABLES = (
    "runs",
    "fetches",
    "documents",
    "extractions",
    "observations",
    "quarantine",
    "flags",
    "alerts",
    "latest_figures",
    "metric_history",
    "source_disagreements",
    "source_freshness",
)


def published_dir(warehouse: Path) -> Path:
    return Path(warehouse).parent / "published"


def published_copy(warehouse: Path) -> Path:
    return published_dir(warehouse) / Path(warehouse).name


def publish(con: duckdb.DuckDBPyConnection, warehouse: Path) -> Path:
    """Checkpoint the live file, then replace the published copy and Parquet files atomically."""
    warehouse = Path(warehouse)
    target_dir = published_dir(warehouse)
    parquet_dir = target_dir / "parquet"
    parquet_dir.mkdir(parents=True, exist_ok=True)
    for name in PUBLISHED_TABLES:
        tmp = parquet_dir / f".{name}.parquet.tmp"
        con.execute(f"COPY (SELECT * FROM {name}) TO '{tmp}' (FORMAT parquet)")
        os.replace(tmp, parquet_dir / f"{name}.parquet")
    con.execute("CHECKPOINT")
    target = published_copy(warehouse)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(warehouse, tmp)
    os.replace(tmp, target)
    return target
