"""Silent breakage: a source that yielded figures before and yields none now.

A page whose layout changed, or that now serves an error page with status 200, still fetches
"successfully"; only the missing figures tell. Such a source raises an alert instead of silently
writing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceYield:
    """What one source gave this run."""

    source_id: str
    extracted: bool  # new content was read this run (False: unchanged, or the fetch failed)
    figures: int
    error: str | None = None


def detect_silent_breakage(yields: list[SourceYield], sources_with_figures: set[str]) -> list[dict]:
    """Alerts (source_id, kind, message) for sources that used to yield figures and now yield none."""
    alerts = []
    for item in yields:
        if item.source_id not in sources_with_figures:
            continue
        if item.extracted and item.figures == 0:
            alerts.append(
                {
                    "source_id": item.source_id,
                    "kind": "no_figures",
                    "message": (
                        f"{item.source_id}: new content yielded no figures, though earlier runs found some "
                        "(layout change, or an error page served with status 200?)"
                    ),
                }
            )
        elif item.error and item.error.startswith("unreadable"):
            alerts.append(
                {
                    "source_id": item.source_id,
                    "kind": "unreadable",
                    "message": f"{item.source_id}: {item.error}",
                }
            )
    return alerts
