"""The reextract flow: read archived documents again with the current extractor, offline.

Every (source, content) the warehouse ever fetched whose body is in the raw archive, and which this
extractor version has not read yet, is read, extracted and validated again; the figures load as a new run
under the new extractor version. Nothing is deleted: the analysts' views pick the newest extraction of each
document, and the older observations stay for comparison.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

import flows.steps as steps
from fetch import FetchResult, RawArchive
from report.summary import RunSummary
from tracker.registry import RegistryError, Source, load_sources
from tracker.settings import DEFAULT_SOURCES, warehouse_path
from warehouse import read_state
from warehouse.archive import archived_documents, known_sources
from warehouse.db import utcnow
from warehouse.rows import SourceOutcome


def _sources(registry: str | None, warehouse: Path) -> dict[str, Source]:
    """Source metadata by id: the registry file first, then what the warehouse knows (discovered news)."""
    found: dict[str, Source] = {}
    for row in known_sources(warehouse).itertuples():
        published = row.published.isoformat() if isinstance(row.published, date) else None
        found[row.source_id] = Source(
            id=row.source_id, kind=row.kind, publisher=row.publisher or "", url=row.url, published=published
        )
    if registry and Path(registry).exists():
        try:
            found.update({s.id: s for s in load_sources(registry)})
        except RegistryError as exc:
            get_run_logger().warning("registry not used: %s", exc)
    return found


@task(name="reread-archived", cache_policy=NO_CACHE)
def reread(documents: pd.DataFrame, sources: dict[str, Source], archive: RawArchive) -> list[SourceOutcome]:
    """Extract each archived document again (one task for all: extraction is fast and offline)."""
    logger = get_run_logger()
    outcomes = []
    for row in documents.itertuples():
        source = sources.get(row.source_id) or Source(id=row.source_id, kind=None, publisher="", url=row.url)
        fetch = FetchResult(
            source_id=row.source_id,
            url=row.url,
            final_url=row.final_url,
            fetched_at=pd.Timestamp(row.fetched_at).to_pydatetime(),
            status="ok",
            content_type=row.content_type,
            content_hash=row.content_hash,
            raw_path=row.raw_path if isinstance(row.raw_path, str) else None,
        )
        outcomes.append(steps.reread_archived(source, fetch, archive, logger))
    return outcomes


@task(name="validate-and-load", cache_policy=NO_CACHE)
def validate_and_load(outcomes: list[SourceOutcome], **run) -> RunSummary:
    """Validate the re-extracted figures and load them (no fetches: nothing was fetched)."""
    summary, _ = steps.load_outcomes(outcomes, record_fetches=False, **run)
    return summary


@flow(name="reextract")
def reextract(
    warehouse: str | None = None,
    sources: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    registry: str = DEFAULT_SOURCES,
    lock_timeout: float = 30.0,
) -> dict:
    """Re-run extraction and validation over archived documents, with no network.

    Args:
        warehouse: the DuckDB file (default: $TRACKER_WAREHOUSE or data/warehouse.duckdb); the archive is
            ``raw/`` beside it.
        sources: only these source ids (default: all).
        since: only documents first fetched on or after this date (YYYY-MM-DD; a capture's date for backfills).
        until: only documents first fetched on or before this date (YYYY-MM-DD).
        registry: the source registry, for each source's kind and publisher (discovered news comes from
            the warehouse).
        lock_timeout: seconds to wait for a locked warehouse before staging the rows.

    Returns:
        status, extractor_version, documents read, observations added, quarantined, and the documents that
        could not be read (by source).
    """
    logger = get_run_logger()
    path = warehouse_path(warehouse)
    version = steps.EXTRACTOR_VERSION
    first = date.fromisoformat(since) if since else None
    last = date.fromisoformat(until) if until else None
    documents = archived_documents(path, sources, first, last, lock_timeout=lock_timeout)
    if not documents.empty:
        documents = documents[[version not in list(v) for v in documents["versions"]]]
    logger.info("reextract with extractor %s: %d document(s) not read by it yet", version, len(documents))
    if documents.empty:
        return {"status": "completed", "extractor_version": version, "documents": 0, "observations_added": 0,
                "quarantined": 0, "failed": {}, "run_id": None}  # fmt: skip
    outcomes = reread(documents, _sources(registry, path), RawArchive.beside(path))
    state = read_state(path, lock_timeout=lock_timeout)
    run_id = f"{utcnow():%Y%m%dT%H%M%S}-reextract-{uuid.uuid4().hex[:8]}"
    summary = validate_and_load(
        outcomes, run_id=run_id, started_at=utcnow(), warehouse=path, history=state.history,
        flow_name="reextract", flow_run_id=flow_run.id, sources_file=registry, lock_timeout=lock_timeout,
    )  # fmt: skip
    for line in summary.text().splitlines():
        logger.info(line)
    return {
        "status": summary.status,
        "extractor_version": version,
        "documents": len(outcomes),
        "observations_added": summary.observations_added,
        "quarantined": summary.quarantined,
        "failed": {s.source_id: s.error for s in summary.failed_sources},
        "run_id": run_id,
    }
