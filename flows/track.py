"""The main flow: sources.toml -> fetch -> extract -> validate -> load -> report.

Tasks are coarse (one per source, then one per stage) because Prefect records every task state;
the flow only wires the stages together.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Literal

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Cancelled, State

from fetch import Fetcher, RawArchive, Validators
from flows.preflight import check_parameters, find_superseding_run
from flows.steps import load_outcomes, process_source
from report.artifacts import RUN_KEY, publish_run_artifacts
from report.events import breakage_events, emit_events, figure_events
from report.summary import RunSummary
from tracker.registry import Source
from tracker.settings import DEFAULT_SOURCES, FetchSettings
from warehouse import read_state
from warehouse.db import utcnow
from warehouse.read import read_published
from warehouse.rows import SourceOutcome

ARTIFACT_KEY = RUN_KEY
SourceKind = Literal["official", "news", "court"]


class StrictValidationError(RuntimeError):
    """A strict run found error-level check failures (the run's rows were loaded all the same)."""


@task(name="fetch-and-extract", cache_policy=NO_CACHE)
def fetch_and_extract(
    source: Source,
    fetcher: Fetcher,
    validators: Validators | None,
    extracted: set[tuple[str, str, str]],
) -> SourceOutcome:
    """Fetch one source and, when its content is new to this extractor version, extract its figures."""
    return process_source(source, fetcher, validators, extracted, logger=get_run_logger())


@task(name="validate-and-load", cache_policy=NO_CACHE)
def validate_and_load(
    outcomes: list[SourceOutcome],
    run_id: str,
    started_at,
    warehouse: Path,
    history: pd.DataFrame,
    sources_with_figures: set[str],
    sources_file: str,
    strict: bool,
    lock_timeout: float,
) -> tuple[RunSummary, pd.DataFrame]:
    """Validate the run's figures, detect silent breakage, and write everything in one transaction."""
    return load_outcomes(
        outcomes,
        run_id=run_id,
        started_at=started_at,
        warehouse=warehouse,
        history=history,
        flow_name="track-figures",
        flow_run_id=flow_run.id,
        sources_file=sources_file,
        lock_timeout=lock_timeout,
        strict=strict,
        sources_with_figures=sources_with_figures,
    )


@task(name="report", cache_policy=NO_CACHE)
def report(summary: RunSummary, quarantined: pd.DataFrame, warehouse: Path) -> None:
    """Publish the run's artifacts under stable keys and emit its events (new official figures, broken sources)."""
    logger = get_run_logger()
    latest = history = new_official = pd.DataFrame()
    if summary.load_status == "loaded":
        latest = read_published(
            warehouse,
            "SELECT metric, value, qualifier, as_of, source_id, news_value, news_qualifier, news_date, news_source_id "
            "FROM latest_figures",
        )
        history = read_published(warehouse, "SELECT metric, date, value, source_kind FROM metric_history")
        new_official = read_published(
            warehouse,
            "SELECT metric, value, qualifier, unit, as_of, published, source_id, url, evidence FROM observations "
            "WHERE run_id = ? AND source_kind = 'official' ORDER BY metric, source_id",
            [summary.run_id],
        )
    publish_run_artifacts(summary, quarantined, latest, history)
    sent = emit_events(figure_events(new_official) + breakage_events(summary))
    logger.info("artifacts published; %d event(s) emitted", sent)


@flow(name="track-figures")
def track_figures(
    sources: str = DEFAULT_SOURCES,
    warehouse: str | None = None,
    strict: bool = False,
    lock_timeout: float = 30.0,
    kinds: list[SourceKind] | None = None,
) -> dict | State:
    """Fetch every source of the registry, extract and validate its figures, and load them into DuckDB.

    Args:
        sources: Source registry file (TOML, one [[source]] table per source), relative to the project
            folder. Default: sources.toml.
        warehouse: DuckDB file to load into. Empty: $TRACKER_WAREHOUSE, else data/warehouse.duckdb.
        strict: Fail the run when any error-level validation check failed (its rows still load).
        lock_timeout: Seconds to wait for a locked warehouse before staging the run's rows under pending/.
        kinds: Only the registry's sources of these kinds (official, news, court). Empty: every kind.

    Returns:
        The run summary as a dict (status, counts, failed sources, alerts).
    """
    logger = get_run_logger()
    newer = find_superseding_run()
    if newer:
        message = f"skipped: a late scheduled run, superseded by newer due run {newer} (nothing fetched)"
        logger.warning(message)
        return Cancelled(message=message)
    plan = check_parameters(sources, warehouse, kinds, lock_timeout)  # before anything is fetched
    registry, path = plan.sources, plan.warehouse
    run_id = f"{utcnow():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    started_at = utcnow()
    logger.info(
        "run %s: %d sources (%s) from %s into %s",
        run_id, len(registry), ", ".join(kinds) if kinds else "all kinds", sources, path,
    )  # fmt: skip
    state = read_state(path, lock_timeout=lock_timeout)
    fetcher = Fetcher(FetchSettings.from_env(), archive=RawArchive.beside(path))  # raw bodies kept
    futures = [
        fetch_and_extract.submit(source, fetcher, state.validators.get(source.url), state.extracted)
        for source in registry
    ]
    outcomes = [future.result() for future in futures]
    summary, quarantined = validate_and_load(
        outcomes,
        run_id,
        started_at,
        path,
        state.history,
        state.sources_with_figures,
        str(sources),
        strict,
        lock_timeout,
    )
    report(summary, quarantined, path)
    for line in summary.text().splitlines():
        logger.info(line)
    if strict and summary.load_message.startswith("strict"):
        raise StrictValidationError(summary.load_message)
    return summary.as_dict()
