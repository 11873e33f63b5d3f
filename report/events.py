"""Prefect events a run emits, for automations and notifications to react to.

- ``tracker.figure.new``: an official figure new to the warehouse; resource ``tracker.metric.<metric>``.
- ``tracker.source.broken``: a source failed to fetch or read, or stopped yielding figures (an alert);
  resource ``tracker.source.<source id>``.
"""

from __future__ import annotations

import pandas as pd
from prefect.events import emit_event

from report.artifacts import json_value
from report.summary import RunSummary

FIGURE_NEW = "tracker.figure.new"
SOURCE_BROKEN = "tracker.source.broken"


def _source_resource(source_id: str, role: str = "source") -> dict[str, str]:
    return {"prefect.resource.id": f"tracker.source.{source_id}", "prefect.resource.role": role}


def figure_events(new_official: pd.DataFrame) -> list[dict]:
    """One event per official figure this run added (rows of ``observations`` for the run)."""
    events = []
    for row in new_official.to_dict(orient="records"):
        row = {key: json_value(value) for key, value in row.items()}
        events.append(
            {
                "event": FIGURE_NEW,
                "resource": {
                    "prefect.resource.id": f"tracker.metric.{row['metric']}",
                    "prefect.resource.name": row["metric"],
                },
                "related": [_source_resource(row["source_id"])],
                "payload": row,
            }
        )
    return events


def breakage_events(summary: RunSummary) -> list[dict]:
    """One event per failed source and per silent-breakage alert of the run."""
    events = [
        {
            "event": SOURCE_BROKEN,
            "resource": {**_source_resource(s.source_id), "prefect.resource.name": s.source_id},
            "payload": {
                "reason": "failed",
                "error": s.error,
                "http_status": s.http_status,
                "run_id": summary.run_id,
            },
        }
        for s in summary.failed_sources
    ]
    for alert in summary.alerts:
        source_id = alert.get("source_id", "unknown")
        events.append(
            {
                "event": SOURCE_BROKEN,
                "resource": {**_source_resource(source_id), "prefect.resource.name": source_id},
                "payload": {
                    "reason": alert.get("kind"),
                    "error": alert.get("message"),
                    "run_id": summary.run_id,
                },
            }
        )
    return events


def emit_events(events: list[dict]) -> int:
    """Emit the events (inside a run, Prefect relates each to the flow run); return how many were sent."""
    sent = 0
    for spec in events:
        if emit_event(**spec) is not None:
            sent += 1
    return sent
