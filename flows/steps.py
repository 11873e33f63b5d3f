"""The per-source step every flow shares: fetch one source, then read and extract its document.

Plain functions (no Prefect here): the flows wrap them in coarse tasks.
"""

from __future__ import annotations

import logging

from extract import EXTRACTOR_VERSION, extract_figures, read_document
from fetch import Fetcher, Validators
from tracker.registry import Source
from warehouse.rows import SourceOutcome

log = logging.getLogger(__name__)


def process_source(
    source: Source,
    fetcher: Fetcher,
    validators: Validators | None,
    extracted: set[tuple[str, str, str]],
    logger: logging.Logger | logging.LoggerAdapter = log,
) -> SourceOutcome:
    """Fetch one source and, when its content is new to this extractor version, extract its figures.

    Never raises for a failing source: the outcome carries the fetch error or the read error.
    """
    result = fetcher.fetch(
        source.url, source_id=source.id, validators=validators, allowed_hosts=source.allowed_hosts
    )
    outcome = SourceOutcome(source=source, fetch=result, extractor_version=EXTRACTOR_VERSION)
    if result.status != "ok":
        if result.error:
            logger.warning("%s: fetch failed: %s", source.id, result.error)
        return outcome
    body, result.body = result.body, None
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
