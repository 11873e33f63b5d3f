"""Opening the warehouse: lock-aware connections and versioned migrations.

DuckDB lets one process hold a writable file and that lock stops every other process, readers
included. The writer therefore retries a locked file for a bounded time, and readers (analysts)
use the published copy (publish.py) instead of the live file.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

# Files stay readable by DuckDB 1.5 clients (notebooks pinned to an older DuckDB).
STORAGE_COMPATIBILITY = "v1.5.0"
DEFAULT_LOCK_TIMEOUT = 30.0


class WarehouseLocked(RuntimeError):
    """Another process holds the warehouse file's lock for longer than we wait."""


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def connect(
    path: str | Path,
    *,
    read_only: bool = False,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with backoff while another process holds its lock.

    A writable connection also brings the schema up to date.

    Raises:
        WarehouseLocked: the lock was still held after ``lock_timeout`` seconds.
        FileNotFoundError: ``read_only`` and the file does not exist.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `tracker run` or `make demo` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    config = {} if read_only else {"storage_compatibility_version": STORAGE_COMPATIBILITY}
    deadline = time.monotonic() + lock_timeout
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise WarehouseLocked(
                    f"{path} is locked by another process (waited {lock_timeout:g}s): {exc}"
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 5.0)
    if not read_only:
        migrate(con)
    return con


def migrations() -> list[tuple[int, str, str]]:
    """The ordered migrations shipped with the package: (version, name, sql)."""
    found = []
    for entry in resources.files("warehouse").joinpath("migrations").iterdir():
        match = re.match(r"(\d+)_(.+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    # fetchall, never fetchone: a result not read to the end blocks the connection (DuckDB 2.0)
    [(exists,)] = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()
    if not exists:
        return 0
    [(version,)] = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return version


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> int:
    """Apply every migration newer than the warehouse's version (up to ``target``), each once, in its own
    transaction, then (re)create the analysts' views.

    Returns:
        The schema version after migrating.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    ).fetchall()
    current = schema_version(con)
    pending = [m for m in migrations() if m[0] > current and (target is None or m[0] <= target)]
    for version, name, sql in pending:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql).fetchall()
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, utcnow()]).fetchall()
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    # Views hold no data: re-creating them on every writable open keeps them in step with the code.
    con.execute(resources.files("warehouse").joinpath("views.sql").read_text(encoding="utf-8")).fetchall()
    return schema_version(con)
