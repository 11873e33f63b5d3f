"""What the re-extraction, news-discovery and backfill flows read from and record in the warehouse.

The raw bodies themselves live in the raw archive (fetch/archive.py); the warehouse knows which content
each source was fetched with (``fetches``), which articles discovery found (``discovered``), and which
Wayback captures were already fetched (``fetches.url``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.db import DEFAULT_LOCK_TIMEOUT, WarehouseLocked, connect
from warehouse.publish import published_copy

log = logging.getLogger(__name__)

DISCOVERED_COLUMNS = [
    "canonical_url", "source_id", "url", "host", "title", "seen_at", "language", "found_by",
    "discovered_at", "run_id", "duplicate_of",
]  # fmt: skip


@contextmanager
def _reading(warehouse: Path, lock_timeout: float) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """The live file (migrated), else its published copy when locked, else None when there is none."""
    warehouse = Path(warehouse)
    if not warehouse.exists():
        yield None
        return
    try:
        con = connect(warehouse, lock_timeout=lock_timeout)
    except WarehouseLocked:
        copy = published_copy(warehouse)
        if not copy.exists():
            log.warning("warehouse %s is locked and has no published copy: reading nothing", warehouse)
            yield None
            return
        con = duckdb.connect(str(copy), read_only=True)
    try:
        yield con
    finally:
        con.close()


def archived_documents(
    warehouse: Path,
    source_ids: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> pd.DataFrame:
    """Each (source, content) ever fetched, with its first fetch: what a re-extraction reads again.

    Includes contents the extractor failed to read (a new version may read them).

    Returns:
        Columns source_id, content_hash, url, final_url, content_type, fetched_at, raw_path, versions
        (the extractor versions that already read it), ordered by fetch time.
    """
    with _reading(warehouse, lock_timeout) as con:
        if con is None:
            return pd.DataFrame()
        return con.execute(
            """
            WITH firsts AS (
                SELECT source_id, content_hash,
                       arg_min(url, fetched_at) AS url, arg_min(final_url, fetched_at) AS final_url,
                       arg_min(content_type, fetched_at) AS content_type, min(fetched_at) AS fetched_at
                FROM fetches WHERE content_hash IS NOT NULL
                GROUP BY source_id, content_hash
            ),
            versions AS (
                SELECT source_id, content_hash, list(DISTINCT extractor_version) AS versions
                FROM extractions GROUP BY source_id, content_hash
            )
            SELECT f.*, d.raw_path, coalesce(v.versions, []) AS versions
            FROM firsts f
            LEFT JOIN documents d ON d.content_hash = f.content_hash
            LEFT JOIN versions v ON v.source_id = f.source_id AND v.content_hash = f.content_hash
            WHERE (CAST(? AS VARCHAR[]) IS NULL OR list_contains(CAST(? AS VARCHAR[]), f.source_id))
              AND (CAST(? AS DATE) IS NULL OR f.fetched_at >= CAST(? AS DATE))
              AND (CAST(? AS DATE) IS NULL OR f.fetched_at < CAST(? AS DATE) + INTERVAL 1 DAY)
            ORDER BY f.fetched_at, f.source_id
            """,
            [source_ids, source_ids, since, since, until, until],
        ).df()


def known_sources(warehouse: Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> pd.DataFrame:
    """Sources the warehouse knows outside the registry file: discovered articles and past observations.

    Returns:
        Columns source_id, kind, publisher, url, published (one row per source).
    """
    with _reading(warehouse, lock_timeout) as con:
        if con is None:
            return pd.DataFrame(columns=["source_id", "kind", "publisher", "url", "published"])
        return con.execute(
            """
            SELECT source_id, 'news' AS kind, host AS publisher, url, CAST(seen_at AS DATE) AS published
            FROM discovered
            UNION ALL BY NAME
            SELECT source_id, arg_max(source_kind, loaded_at) AS kind, arg_max(publisher, loaded_at) AS publisher,
                   arg_max(url, loaded_at) AS url, CAST(NULL AS DATE) AS published
            FROM observations WHERE source_id NOT IN (SELECT source_id FROM discovered)
            GROUP BY source_id
            """
        ).df()


def discovered_articles(warehouse: Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> pd.DataFrame:
    """Every article discovery found, with how its fetches went.

    Returns:
        The ``discovered`` columns plus fetched (a fetch brought its content) and failures (failed fetches).
    """
    with _reading(warehouse, lock_timeout) as con:
        if con is None:
            return pd.DataFrame(columns=[*DISCOVERED_COLUMNS, "fetched", "failures"])
        return con.execute(
            """
            WITH attempts AS (
                SELECT source_id, bool_or(content_hash IS NOT NULL) AS fetched,
                       count(*) FILTER (WHERE content_hash IS NULL) AS failures
                FROM fetches GROUP BY source_id
            )
            SELECT d.*, coalesce(a.fetched, false) AS fetched, coalesce(a.failures, 0) AS failures
            FROM discovered d LEFT JOIN attempts a USING (source_id)
            ORDER BY d.discovered_at, d.canonical_url
            """
        ).df()


def record_discovered(
    warehouse: Path, articles: pd.DataFrame, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
) -> int:
    """Add newly discovered articles (one transaction; a canonical URL already there is kept as it was).

    Returns:
        How many rows were added.
    """
    if articles.empty:
        return 0
    frame = articles.reindex(columns=DISCOVERED_COLUMNS)
    con = connect(Path(warehouse), lock_timeout=lock_timeout)
    try:
        con.register("incoming", frame)
        [(added,)] = con.execute(
            "INSERT INTO discovered BY NAME SELECT * FROM incoming "
            "WHERE canonical_url NOT IN (SELECT canonical_url FROM discovered) "
            "QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY discovered_at) = 1"
        ).fetchall()
        con.unregister("incoming")
    finally:
        con.close()
    return int(added)


def fetched_urls(
    warehouse: Path, source_ids: list[str] | None = None, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
) -> set[str]:
    """URLs whose content was fetched (for a backfill to skip the Wayback captures it already has)."""
    with _reading(warehouse, lock_timeout) as con:
        if con is None:
            return set()
        rows = con.execute(
            "SELECT DISTINCT url FROM fetches WHERE content_hash IS NOT NULL "
            "AND (CAST(? AS VARCHAR[]) IS NULL OR list_contains(CAST(? AS VARCHAR[]), source_id))",
            [source_ids, source_ids],
        ).fetchall()
    return {url for (url,) in rows}
