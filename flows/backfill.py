"""The backfill flow: the official pages' past versions from the Wayback Machine, each dated by its capture.

For each official source: list its captures (CDX API), fetch each capture's original bytes politely
(the per-host delay is ``wayback_delay``), archive them, extract and validate their figures with the
capture time as the fetch time, and load them as one run per source. Resumable: a capture already
fetched (its Wayback URL has content in ``fetches``) is skipped, so an interrupted backfill goes on
where it stopped.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from urllib.parse import urlparse

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from fetch import Fetcher, RawArchive
from fetch.wayback import CdxError, cdx_url, parse_cdx
from flows.steps import fetch_and_archive, load_outcomes, process_source
from report.summary import RunSummary
from tracker.registry import Source, load_sources
from tracker.settings import DEFAULT_SOURCES, FetchSettings, warehouse_path
from warehouse import read_state
from warehouse.archive import fetched_urls
from warehouse.db import utcnow
from warehouse.rows import SourceOutcome


@task(name="backfill-source", cache_policy=NO_CACHE)
def backfill_source(
    source: Source,
    fetcher: Fetcher,
    done: set[str],
    extracted: set[tuple[str, str, str]],
    since: str | None,
    until: str | None,
) -> list[SourceOutcome]:
    """List one source's captures and fetch and extract those not fetched before.

    Returns:
        The CDX listing's outcome first, then one outcome per capture fetched.
    """
    logger = get_run_logger()
    settings = fetcher.settings
    listing = Source(
        id=f"wayback-cdx-{source.id}", kind=source.kind, publisher="Wayback Machine CDX", url=source.url
    )
    outcome, body = fetch_and_archive(
        listing,
        fetcher,
        url=cdx_url(settings.cdx_api, source.url, since=since, until=until, limit=settings.max_captures),
        allowed_hosts=(),
        content_types=settings.api_content_types,
        logger=logger,
    )
    outcomes = [outcome]
    if body is None:
        return outcomes
    try:
        captures = parse_cdx(body)
    except CdxError as exc:
        outcome.read_error = str(exc)
        logger.warning("%s: %s", source.id, exc)
        return outcomes
    wayback_host = (urlparse(settings.wayback_url).hostname or "").lower()
    todo = [
        c for c in captures
        if c.url(settings.wayback_url) not in done
        and (c.mimetype or "text/html").split(";")[0].strip().lower() in settings.allowed_content_types
    ]  # fmt: skip
    logger.info("%s: %d captures, %d to fetch", source.id, len(captures), len(todo))
    seen = set(extracted)
    for index, capture in enumerate(todo):
        result = process_source(
            source, fetcher, None, seen, logger,
            url=capture.url(settings.wayback_url), fetched_at=capture.captured_at, allowed_hosts=(wayback_host,),
        )  # fmt: skip
        outcomes.append(result)
        if result.fetch.content_hash and result.extractor_version:
            seen.add((source.id, result.fetch.content_hash, result.extractor_version))
        if result.fetch.http_status == 429:
            logger.warning(
                "%s: Wayback asked us to slow down; %d captures deferred", source.id, len(todo) - index - 1
            )
            break
    return outcomes


@task(name="validate-and-load", cache_policy=NO_CACHE)
def validate_and_load(outcomes: list[SourceOutcome], **run) -> RunSummary:
    """Validate the figures of one source's captures and load them, with every fetch, as one run."""
    summary, _ = load_outcomes(outcomes, **run)
    return summary


@flow(name="backfill")
def backfill(
    sources: str = DEFAULT_SOURCES,
    warehouse: str | None = None,
    from_date: str | None = None,
    to_date: str | None = None,
    source_ids: list[str] | None = None,
    lock_timeout: float = 30.0,
) -> dict:
    """Load the official pages' past versions from the Wayback Machine, dated by capture time.

    Args:
        sources: the source registry (only ``kind = "official"`` sources are backfilled).
        warehouse: the DuckDB file (default: $TRACKER_WAREHOUSE or data/warehouse.duckdb).
        from_date: earliest capture, YYYYMMDD (default: the first one).
        to_date: latest capture, YYYYMMDD (default: the last one).
        source_ids: only these sources (default: every enabled official source).
        lock_timeout: seconds to wait for a locked warehouse before staging the rows.

    Returns:
        status (completed | partial | failed), runs (one summary per source), captures fetched,
        observations added, and the failed fetches by source.
    """
    logger = get_run_logger()
    path = warehouse_path(warehouse)
    registry = [
        s for s in load_sources(sources)
        if s.enabled and s.kind == "official" and (not source_ids or s.id in source_ids)
    ]  # fmt: skip
    settings = FetchSettings.from_env()
    # one fetcher for the CDX API and the captures: they share a host and its delay
    fetcher = Fetcher(
        replace(settings, min_host_delay=max(settings.min_host_delay, settings.wayback_delay)),
        archive=RawArchive.beside(path),
    )
    summaries = []
    for source in registry:
        state = read_state(path, lock_timeout=lock_timeout)
        done = fetched_urls(path, [source.id], lock_timeout=lock_timeout)
        outcomes = backfill_source(source, fetcher, done, state.extracted, from_date, to_date)
        run_id = f"{utcnow():%Y%m%dT%H%M%S}-backfill-{uuid.uuid4().hex[:8]}"
        summary = validate_and_load(
            outcomes, run_id=run_id, started_at=utcnow(), warehouse=path, history=state.history,
            flow_name="backfill", flow_run_id=flow_run.id, sources_file=str(sources), lock_timeout=lock_timeout,
        )  # fmt: skip
        for line in summary.text().splitlines():
            logger.info(line)
        summaries.append(summary)
    failed = {s.source_id: s.error for summary in summaries for s in summary.failed_sources}
    captures = sum(1 for summary in summaries for s in summary.sources[1:] if s.status != "failed")
    return {
        "status": "completed" if not failed else ("failed" if summaries and captures == 0 else "partial"),
        "sources": [s.id for s in registry],
        "captures_fetched": captures,
        "observations_added": sum(s.observations_added for s in summaries),
        "quarantined": sum(s.quarantined for s in summaries),
        "failed": failed,
        "runs": [s.as_dict() for s in summaries],
    }
