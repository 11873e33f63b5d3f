"""The steps every flow shares: fetch one source (archiving its body before anything reads it), read and
extract its document, and validate and load a run's outcomes.

Plain functions (no Prefect here): the flows wrap them in coarse tasks.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pandas as pd

from extract import EXTRACTOR_VERSION, extract_figures, read_document
from fetch import Fetcher, FetchResult, RawArchive, Validators
from report.summary import RunSummary, SourceLine, checks_counter
from schemas import validate_figures
from schemas.breakage import SourceYield, detect_silent_breakage
from tracker.registry import Source
from warehouse import RunBatch, write_run
from warehouse.db import utcnow
from warehouse.rows import (
    SourceOutcome,
    alert_frame,
    document_frame,
    extraction_frame,
    fetch_frame,
    figure_frame,
    observation_frames,
)

log = logging.getLogger(__name__)


def fetch_and_archive(
    source: Source,
    fetcher: Fetcher,
    validators: Validators | None = None,
    *,
    archive: RawArchive | None = None,
    url: str | None = None,
    fetched_at: datetime | None = None,
    allowed_hosts: tuple[str, ...] | None = None,
    content_types: tuple[str, ...] | None = None,
    logger: logging.Logger | logging.LoggerAdapter = log,
) -> tuple[SourceOutcome, bytes | None]:
    """Fetch one source and keep its body in the raw archive before anything parses it.

    Args:
        url: fetch this instead of ``source.url`` (a Wayback capture of the source's page).
        fetched_at: the time the content is from, when it is not now (the capture time).
        allowed_hosts: redirect targets (default: the source's own).
        content_types: accepted media types (default: documents).

    Returns:
        The outcome (its fetch recorded, nothing read yet) and the body, or None when there is none.
    """
    result = fetcher.fetch(
        url or source.url,
        source_id=source.id,
        validators=validators,
        allowed_hosts=source.allowed_hosts if allowed_hosts is None else allowed_hosts,
        content_types=content_types,
    )
    if fetched_at is not None:
        result.fetched_at = fetched_at
    outcome = SourceOutcome(source=source, fetch=result, extractor_version=EXTRACTOR_VERSION)
    if result.status != "ok":
        if result.error:
            logger.warning("%s: fetch failed: %s", source.id, result.error)
        return outcome, None
    body, result.body = result.body, None
    if archive is not None and result.raw_path is None:
        try:
            result.raw_path = archive.store(body, result)
        except OSError as exc:  # a full disk must not lose the run's figures
            logger.warning("%s: could not archive the body: %s", source.id, exc)
    return outcome, body


def read_fetched(
    outcome: SourceOutcome,
    body: bytes,
    extracted: set[tuple[str, str, str]],
    logger: logging.Logger | logging.LoggerAdapter = log,
) -> SourceOutcome:
    """Read and extract a fetched body, unless this extractor version already read this content."""
    source, result = outcome.source, outcome.fetch
    outcome.extractor_version = EXTRACTOR_VERSION
    if (source.id, result.content_hash, EXTRACTOR_VERSION) in extracted:
        return outcome  # unchanged content, already read by this extractor version
    try:
        document = read_document(body, content_type=result.content_type, url=result.final_url or source.url)
        outcome.figures = extract_figures(document)
        outcome.document = document
    except Exception as exc:  # one unreadable document must not stop the other sources
        outcome.read_error = f"unreadable: {type(exc).__name__}: {exc}"
        logger.warning("%s: %s", source.id, outcome.read_error)
    return outcome


def process_source(
    source: Source,
    fetcher: Fetcher,
    validators: Validators | None,
    extracted: set[tuple[str, str, str]],
    logger: logging.Logger | logging.LoggerAdapter = log,
    *,
    archive: RawArchive | None = None,
    url: str | None = None,
    fetched_at: datetime | None = None,
    allowed_hosts: tuple[str, ...] | None = None,
) -> SourceOutcome:
    """Fetch one source, archive its body, and, when its content is new to this extractor version,
    extract its figures.

    Never raises for a failing source: the outcome carries the fetch error or the read error.
    """
    outcome, body = fetch_and_archive(
        source, fetcher, validators, archive=archive, url=url, fetched_at=fetched_at,
        allowed_hosts=allowed_hosts, logger=logger,
    )  # fmt: skip
    if body is None:
        return outcome
    return read_fetched(outcome, body, extracted, logger)


def reread_archived(
    source: Source,
    fetch: FetchResult,
    archive: RawArchive,
    logger: logging.Logger | logging.LoggerAdapter = log,
) -> SourceOutcome:
    """Extract a document again from its archived body, with the current extractor (no network).

    ``fetch`` describes the original fetch (content hash, time, content type, URL); it is not recorded again.
    """
    outcome = SourceOutcome(source=source, fetch=fetch, extractor_version=EXTRACTOR_VERSION)
    try:
        body = archive.read(fetch.content_hash)
    except (OSError, ValueError) as exc:
        outcome.read_error = f"not in the raw archive: {exc}"
        logger.warning("%s: %s", source.id, outcome.read_error)
        return outcome
    return read_fetched(outcome, body, set(), logger)


def load_outcomes(
    outcomes: list[SourceOutcome],
    *,
    run_id: str,
    started_at: datetime,
    warehouse: Path,
    history: pd.DataFrame,
    flow_name: str,
    flow_run_id: str | None = None,
    sources_file: str | None = None,
    lock_timeout: float = 30.0,
    record_fetches: bool = True,
    strict: bool = False,
    sources_with_figures: set[str] | None = None,
) -> tuple[RunSummary, pd.DataFrame]:
    """Validate the outcomes' figures and write them, with their fetches and documents, as one run.

    Args:
        record_fetches: False when nothing was fetched (re-extraction from the archive).
        strict: mark the run failed when any error-level check failed (its rows still load).
        sources_with_figures: sources that yielded figures before; given, silent breakage raises alerts.

    Returns:
        The run summary (status completed | partial | failed, counts, failed sources, alerts) and the
        quarantined figures (source, metric, value, qualifier, check, reason) for the run's report.
    """
    figures = figure_frame(outcomes, run_id)
    result = validate_figures(figures, history)
    alerts = []
    if sources_with_figures is not None:
        yields = [SourceYield(o.source.id, o.extracted, len(o.figures), o.error) for o in outcomes]
        alerts = detect_silent_breakage(yields, sources_with_figures)
    now = utcnow()
    observations, quarantine, flags = observation_frames(result, now)
    failed = [o for o in outcomes if o.failed]
    status = "completed" if not failed else ("failed" if len(failed) == len(outcomes) else "partial")
    errors = sum(n for (_, severity), n in result.counts.items() if severity == "error")
    message = ""
    if strict and errors:
        status, message = "failed", f"strict: {errors} error-level check failure(s)"
    runs = pd.DataFrame(
        [
            {
                "run_id": run_id,
                "flow_run_id": flow_run_id,
                "flow_name": flow_name,
                "started_at": pd.Timestamp(started_at),
                "finished_at": pd.Timestamp(now),
                "status": status,
                "sources_file": sources_file,
                "extractor_version": EXTRACTOR_VERSION,
                "strict": strict,
                "sources_total": len(outcomes),
                "sources_failed": len(failed),
                "message": message or None,
            }
        ]
    )
    batch = RunBatch(
        runs=runs,
        fetches=fetch_frame(outcomes, run_id) if record_fetches else pd.DataFrame(),
        documents=document_frame(outcomes, run_id),
        extractions=extraction_frame(outcomes, run_id, now),
        observations=observations,
        quarantine=quarantine,
        flags=flags,
        alerts=alert_frame(alerts, run_id, now),
    )
    loaded = write_run(warehouse, batch, run_id, lock_timeout=lock_timeout)
    staged = loaded.status == "staged"  # the rows wait in pending/ for the next run: report what was found
    summary = RunSummary(
        run_id=run_id,
        status=status,
        warehouse=str(warehouse),
        sources=[
            SourceLine(
                source_id=o.source.id,
                status="failed" if o.failed else ("fetched" if o.extracted else "unchanged"),
                http_status=o.fetch.http_status,
                figures=len(o.figures),
                error=o.error,
            )
            for o in outcomes
        ],
        figures_extracted=len(figures),
        observations_added=len(observations) if staged else loaded.inserted.get("observations", 0),
        quarantined=len(quarantine) if staged else loaded.inserted.get("quarantine", 0),
        flagged=len(flags) if staged else loaded.inserted.get("flags", 0),
        alerts=alerts,
        checks=checks_counter(result.counts),
        load_status=loaded.status,
        load_message=message or loaded.message,
        pending_loaded=loaded.pending_loaded,
    )
    quarantined = quarantine.reindex(
        columns=["source_id", "metric", "value", "qualifier", "check_name", "reason"]
    )
    return summary, quarantined
