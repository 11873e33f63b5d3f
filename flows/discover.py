"""The discover-news flow: find new articles (GDELT queries, RSS/Atom feeds), then fetch, archive, extract,
validate and load each as a news source of its own.

Articles are known by canonical URL across runs (the ``discovered`` table): an article is fetched once;
one whose fetch failed is tried again on later runs, up to ``max_attempts``; a page whose
``<link rel=canonical>`` names an article already known is recorded as its duplicate and not read.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Cancelled, State

from fetch import Fetcher, RawArchive
from fetch.discovery import (
    Candidate,
    DiscoveryError,
    Search,
    canonical_link,
    canonical_url,
    gdelt_url,
    load_discovery,
    lookback_start,
    matches_keywords,
    parse_feed,
    parse_gdelt,
)
from flows.preflight import find_superseding_run
from flows.steps import fetch_and_archive, load_outcomes, read_fetched
from report.summary import RunSummary
from tracker.registry import RegistryError, Source, load_sources
from tracker.settings import DEFAULT_DISCOVERY, DEFAULT_SOURCES, FetchSettings, warehouse_path
from warehouse import WarehouseLocked, read_state
from warehouse.archive import discovered_articles, record_discovered
from warehouse.db import utcnow
from warehouse.rows import SourceOutcome


@task(name="search", cache_policy=NO_CACHE)
def search(entry: Search, fetcher: Fetcher, since) -> tuple[SourceOutcome, list[Candidate]]:
    """Ask one GDELT query or feed for candidates; the request is recorded like any fetch."""
    logger = get_run_logger()
    settings = fetcher.settings
    if entry.kind == "gdelt":
        url, publisher, types = (
            gdelt_url(settings.gdelt_api, entry, since),
            "GDELT",
            settings.api_content_types,
        )
    else:
        url, publisher, types = entry.url, "feed", settings.feed_content_types
    source = Source(id=f"discovery-{entry.name}", kind="news", publisher=publisher, url=url)
    outcome, body = fetch_and_archive(source, fetcher, content_types=types, allowed_hosts=(), logger=logger)
    if body is None:
        return outcome, []
    try:
        found = parse_gdelt(body, entry.name) if entry.kind == "gdelt" else parse_feed(body, entry.name)
    except DiscoveryError as exc:
        outcome.read_error = str(exc)
        logger.warning("%s: %s", source.id, exc)
        return outcome, []
    return outcome, found


@task(name="fetch-article", cache_policy=NO_CACHE)
def fetch_article(
    source: Source, canonical: str, fetcher: Fetcher, known: set[str], extracted: set[tuple[str, str, str]]
) -> tuple[SourceOutcome, str | None]:
    """Fetch one article; read it unless its rel=canonical names another known article.

    Returns:
        The outcome, and the canonical URL of the article it duplicates (or None).
    """
    logger = get_run_logger()
    outcome, body = fetch_and_archive(source, fetcher, logger=logger)
    if body is None:
        return outcome, None
    link = canonical_link(body, outcome.fetch.final_url or source.url)
    named = canonical_url(link) if link else None
    if named and named != canonical and named in known:
        logger.info("%s: duplicate of %s (rel=canonical)", source.id, named)
        return outcome, named
    return read_fetched(outcome, body, extracted, logger), None


@task(name="validate-and-load", cache_policy=NO_CACHE)
def validate_and_load(outcomes: list[SourceOutcome], **run) -> RunSummary:
    """Validate the articles' figures and load them with every fetch (searches included) as one run."""
    summary, _ = load_outcomes(outcomes, **run)
    return summary


def _registry_urls(sources: str | None) -> set[str]:
    if not sources or not Path(sources).exists():
        return set()
    try:
        return {canonical_url(s.url) for s in load_sources(sources)}
    except RegistryError:
        return set()


def _article_source(candidate: Candidate) -> Source:
    return Source(
        id=candidate.source_id,
        kind="news",
        publisher=candidate.host,
        url=candidate.url,
        title=candidate.title or None,
        published=candidate.seen_at.date().isoformat() if candidate.seen_at else None,
    )


@flow(name="discover-news")
def discover_news(
    discovery: str = DEFAULT_DISCOVERY,
    sources: str = DEFAULT_SOURCES,
    warehouse: str | None = None,
    lock_timeout: float = 30.0,
) -> dict | State:
    """Discover news articles, then fetch, extract, validate and load the new ones.

    Args:
        discovery: the discovery config (TOML: [discovery], [[query]], [[feed]]).
        sources: the source registry; articles already registered there are not discovered again.
        warehouse: the DuckDB file (default: $TRACKER_WAREHOUSE or data/warehouse.duckdb).
        lock_timeout: seconds to wait for a locked warehouse before staging the rows.

    Returns:
        status, counts (candidates, new, duplicates, fetched, observations added) and failures by source.
    """
    logger = get_run_logger()
    newer = find_superseding_run()
    if newer:  # after a worker outage, only the newest of the piled-up scheduled runs searches
        message = f"skipped: a late scheduled run, superseded by newer due run {newer} (nothing fetched)"
        logger.warning(message)
        return Cancelled(message=message)
    config = load_discovery(discovery)
    path = warehouse_path(warehouse)
    run_id = f"{utcnow():%Y%m%dT%H%M%S}-discover-{uuid.uuid4().hex[:8]}"
    started_at = utcnow()
    fetcher = Fetcher(FetchSettings.from_env(), archive=RawArchive.beside(path))
    state = read_state(path, lock_timeout=lock_timeout)
    known = discovered_articles(path, lock_timeout=lock_timeout)
    known_urls = set(known["canonical_url"]) | _registry_urls(sources)

    since = lookback_start(config)
    searches = [search.submit(entry, fetcher, since) for entry in config.searches if entry.enabled]
    results = [future.result() for future in searches]
    candidates = [c for _, found in results for c in found]

    new: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.canonical in known_urls or candidate.canonical in new:
            continue
        if matches_keywords(candidate, config.keywords):
            new[candidate.canonical] = candidate
    if len(new) > config.max_articles:
        logger.info("%d new articles; fetching %d this run", len(new), config.max_articles)
    new = dict(list(new.items())[: config.max_articles])
    retry = known[
        ~known["fetched"].astype(bool)
        & known["duplicate_of"].isna()
        & (known["failures"] < config.max_attempts)
    ]
    articles = [(_article_source(c), c.canonical) for c in new.values()]
    articles += [
        (Source(id=r.source_id, kind="news", publisher=r.host, url=r.url), r.canonical_url)
        for r in retry.itertuples()
    ]
    everything = known_urls | set(new)
    futures = [
        fetch_article.submit(source, canonical, fetcher, everything, state.extracted)
        for source, canonical in articles
    ]
    fetched = [future.result() for future in futures]

    duplicates = {canonical: dup for (_, canonical), (_, dup) in zip(articles, fetched, strict=True) if dup}
    rows = pd.DataFrame(
        [
            {
                "canonical_url": c.canonical, "source_id": c.source_id, "url": c.url, "host": c.host,
                "title": c.title or None, "seen_at": c.seen_at, "language": c.language, "found_by": c.found_by,
                "discovered_at": started_at, "run_id": run_id, "duplicate_of": duplicates.get(c.canonical),
            }
            for c in new.values()
        ]
    )  # fmt: skip
    try:
        record_discovered(path, rows, lock_timeout=lock_timeout)
    except WarehouseLocked as exc:
        logger.warning("discovered articles not recorded (they will be found again): %s", exc)

    outcomes = [outcome for outcome, _ in results] + [outcome for outcome, _ in fetched]
    summary = validate_and_load(
        outcomes, run_id=run_id, started_at=started_at, warehouse=path, history=state.history,
        flow_name="discover-news", flow_run_id=flow_run.id, sources_file=str(discovery), lock_timeout=lock_timeout,
    )  # fmt: skip
    for line in summary.text().splitlines():
        logger.info(line)
    return {
        "status": summary.status,
        "run_id": run_id,
        "searches": len(results),
        "candidates": len(candidates),
        "new_articles": len(new),
        "retried": len(retry),
        "duplicates": len(duplicates),
        "articles_read": sum(1 for outcome, _ in fetched if outcome.extracted),
        "observations_added": summary.observations_added,
        "quarantined": summary.quarantined,
        "failed": {s.source_id: s.error for s in summary.failed_sources},
    }
