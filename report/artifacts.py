"""The run's Prefect artifacts, each under a stable key so the UI keeps their history run after run.

- ``track-figures-run`` (markdown): counts per stage and per source, validation, alerts, latest figures.
- ``track-figures-latest`` (table): the latest figures, official beside news.
- ``track-figures-trend`` (markdown): the trend chart of the main metrics, embedded as a ``data:`` PNG,
  so it renders in the UI with no image server.
"""

from __future__ import annotations

import base64
from collections import Counter
from datetime import date, datetime

import pandas as pd
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from report.chart import trend_png
from report.markdown import run_markdown
from report.summary import RunSummary

RUN_KEY = "track-figures-run"
LATEST_KEY = "track-figures-latest"
TREND_KEY = "track-figures-trend"
ARTIFACT_KEYS = (RUN_KEY, LATEST_KEY, TREND_KEY)


def stage_markdown(summary: RunSummary) -> str:
    """Counts per stage: fetch, extract, validate, load."""
    counts = Counter(s.status for s in summary.sources)
    rows = [
        (
            "fetch",
            f"{len(summary.sources)} sources: {counts['fetched']} fetched, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed",
        ),  # fmt: skip
        ("extract", f"{summary.figures_extracted} figures"),
        (
            "validate",
            f"{summary.quarantined} quarantined, {summary.flagged} flagged, {len(summary.alerts)} alerts",
        ),
        ("load", f"{summary.observations_added} observations added ({summary.load_status})"),
    ]
    return "\n".join(
        ["## Stages\n", "| stage | count |", "| --- | --- |", *[f"| {s} | {c} |" for s, c in rows], ""]
    )


def json_value(value: object) -> object:
    """A cell as JSON: dates as ISO strings (a midnight timestamp as its date), missing as null."""
    if value is None or (not isinstance(value, str | list | dict | tuple) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value == datetime.combine(value.date(), datetime.min.time(), value.tzinfo)
            else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def table_records(frame: pd.DataFrame) -> list[dict]:
    """A frame as JSON-safe records."""
    return [{key: json_value(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]


def trend_markdown(history: pd.DataFrame, title: str = "") -> str:
    """The trend chart as a markdown image with a ``data:`` URI."""
    encoded = base64.b64encode(trend_png(history)).decode("ascii")
    heading = title or "Main metrics by as-of date (official: line, news: crosses)"
    return f"# {heading}\n\n![trend of the main metrics](data:image/png;base64,{encoded})\n"


def publish_run_artifacts(
    summary: RunSummary, quarantined: pd.DataFrame, latest: pd.DataFrame, history: pd.DataFrame
) -> None:
    """Create the run's three artifacts under their stable keys."""
    description = f"Run {summary.run_id}: {summary.status}"
    create_markdown_artifact(
        key=RUN_KEY,
        markdown=run_markdown(summary, latest, quarantined) + "\n" + stage_markdown(summary),
        description=description,
    )
    create_table_artifact(
        key=LATEST_KEY,
        table=table_records(latest),
        description=f"Latest figures after run {summary.run_id} (official beside the newest news figure)",
    )
    create_markdown_artifact(key=TREND_KEY, markdown=trend_markdown(history), description=description)
