"""Turning a run's fetches, documents, figures and validation into table rows (DataFrames).

Provenance travels with every figure: source, URL, fetch time, document hash, evidence, offsets,
number as written, extractor version.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

from extract import Document, Figure
from fetch import FetchResult
from schemas.validate import ValidationResult
from tracker.registry import Source

FIGURE_COLUMNS = [
    "run_id", "source_id", "source_kind", "publisher", "url", "content_hash", "fetched_at",
    "metric", "value", "qualifier", "unit", "as_of", "published", "evidence", "number_text",
    "start_offset", "end_offset", "page", "extractor_version", "observation_id",
]  # fmt: skip


@dataclass
class SourceOutcome:
    """What one source gave this run: its fetch, and when new content was read, its document and figures."""

    source: Source
    fetch: FetchResult
    document: Document | None = None
    figures: list[Figure] = field(default_factory=list)
    extractor_version: str | None = None
    read_error: str | None = None

    @property
    def extracted(self) -> bool:
        return self.document is not None

    @property
    def failed(self) -> bool:
        return not self.fetch.ok or self.read_error is not None

    @property
    def error(self) -> str | None:
        return self.fetch.error or self.read_error


def figure_key(
    source_id: str, content_hash: str, version: str, metric: str, value, qualifier: str, start
) -> str:
    raw = f"{source_id}|{content_hash}|{version}|{metric}|{value}|{qualifier}|{start}"
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def _ts(value: date | None):
    return pd.Timestamp(value) if value else pd.NaT


def figure_frame(outcomes: list[SourceOutcome], run_id: str) -> pd.DataFrame:
    """One row per extracted figure, with provenance, ready for validation."""
    rows = []
    for outcome in outcomes:
        if outcome.document is None:
            continue
        source, fetch, text = outcome.source, outcome.fetch, outcome.document.text
        fallback_published = date.fromisoformat(source.published) if source.published else None
        for figure in outcome.figures:
            rows.append(
                {
                    "run_id": run_id,
                    "source_id": source.id,
                    "source_kind": source.kind,
                    "publisher": source.publisher,
                    "url": source.url,
                    "content_hash": fetch.content_hash,
                    "fetched_at": pd.Timestamp(fetch.fetched_at),
                    "metric": figure.metric,
                    "value": float(figure.value),
                    "qualifier": figure.qualifier,
                    "unit": figure.unit,
                    "as_of": _ts(figure.as_of),
                    "published": _ts(figure.published or fallback_published),
                    "evidence": figure.evidence,
                    "number_text": text[figure.start : figure.end],
                    "start_offset": figure.start,
                    "end_offset": figure.end,
                    "page": figure.page,
                    "extractor_version": outcome.extractor_version,
                    "observation_id": figure_key(
                        source.id,
                        fetch.content_hash,
                        outcome.extractor_version,
                        figure.metric,
                        float(figure.value),
                        figure.qualifier,
                        figure.start,
                    ),  # fmt: skip
                }
            )
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    for column in ("as_of", "published", "fetched_at"):
        frame[column] = pd.to_datetime(frame[column])
    frame["value"] = frame["value"].astype(float)
    frame["page"] = frame["page"].astype("Int64")
    return frame


def fetch_frame(outcomes: list[SourceOutcome], run_id: str) -> pd.DataFrame:
    rows = []
    for outcome in outcomes:
        row = outcome.fetch.record()
        if outcome.read_error:
            row["status"] = "error"
            row["error"] = outcome.read_error
        rows.append({"run_id": run_id, **row})
    return pd.DataFrame(rows)


def document_frame(outcomes: list[SourceOutcome], run_id: str) -> pd.DataFrame:
    rows = []
    for outcome in outcomes:
        if outcome.document is None:
            continue
        doc, fetch = outcome.document, outcome.fetch
        rows.append(
            {
                "content_hash": fetch.content_hash,
                "source_id": outcome.source.id,
                "url": outcome.source.url,
                "content_type": fetch.content_type,
                "title": doc.title,
                "published": _ts(doc.published),
                "language": doc.language,
                "text": doc.text,
                "bytes": fetch.bytes,
                "first_seen_at": pd.Timestamp(fetch.fetched_at),
                "first_run_id": run_id,
                "raw_path": fetch.raw_path,  # the body in the raw archive (relative to data/raw)
            }
        )
    return pd.DataFrame(rows).drop_duplicates("content_hash") if rows else pd.DataFrame()


def extraction_frame(outcomes: list[SourceOutcome], run_id: str, at: datetime) -> pd.DataFrame:
    rows = [
        {
            "run_id": run_id,
            "source_id": o.source.id,
            "url": o.source.url,
            "content_hash": o.fetch.content_hash,
            "extractor_version": o.extractor_version,
            "figures": len(o.figures),
            "extracted_at": pd.Timestamp(at),
        }
        for o in outcomes
        if o.document is not None
    ]
    return pd.DataFrame(rows)


def observation_frames(
    result: ValidationResult, at: datetime
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(observations, quarantine, flags) rows from a validation result."""
    observations = result.accepted.assign(loaded_at=pd.Timestamp(at))
    quarantine = result.quarantined.copy()
    quarantine["quarantine_id"] = "q" + quarantine["observation_id"].astype(str)
    quarantine["created_at"] = pd.Timestamp(at)
    quarantine = quarantine.drop(columns=["observation_id"])
    flags = result.flags.copy()
    if not flags.empty:
        figures = result.accepted
        flags["observation_id"] = figures.loc[flags["figure_index"], "observation_id"].to_numpy()
        flags["run_id"] = figures.loc[flags["figure_index"], "run_id"].to_numpy()
        flags["created_at"] = pd.Timestamp(at)
        flags = flags.drop(columns=["figure_index"])
    return observations, quarantine, flags


def alert_frame(alerts: list[dict], run_id: str, at: datetime) -> pd.DataFrame:
    rows = [
        {
            "alert_id": hashlib.sha256(f"{run_id}|{a['source_id']}|{a['kind']}".encode()).hexdigest()[:24],
            "run_id": run_id,
            "created_at": pd.Timestamp(at),
            **a,
        }
        for a in alerts
    ]
    return pd.DataFrame(rows)
