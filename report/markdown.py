"""The run's markdown artifact: counts, validation, alerts, and the latest figures."""

from __future__ import annotations

import pandas as pd

from report.summary import RunSummary


def _table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "_none_\n"
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = [
        "| "
        + " | ".join("" if pd.isna(v) else str(v).replace("|", "\\|").replace("\n", " ") for v in row)
        + " |"
        for row in frame.itertuples(index=False)
    ]
    return "\n".join([header, rule, *body]) + "\n"


def run_markdown(summary: RunSummary, latest: pd.DataFrame, quarantined: pd.DataFrame) -> str:
    """Markdown for the Prefect UI: what this run did and what the warehouse now says."""
    sources = pd.DataFrame(
        [(s.source_id, s.status, s.http_status, s.figures, s.error or "") for s in summary.sources],
        columns=["source", "status", "http", "figures", "error"],
    )
    checks = pd.DataFrame(
        [(name, count) for name, count in sorted(summary.checks.items())],
        columns=["check (severity)", "failures"],
    )
    parts = [
        f"# Run {summary.run_id}: {summary.status}\n",
        f"- figures extracted: **{summary.figures_extracted}**",
        f"- observations added: **{summary.observations_added}**",
        f"- quarantined: **{summary.quarantined}**, flagged: **{summary.flagged}**",
        f"- alerts: **{len(summary.alerts)}**",
        f"- warehouse: `{summary.warehouse}` ({summary.load_status})\n",
        "## Sources\n",
        _table(sources),
        "## Validation\n",
        _table(checks),
    ]
    if not quarantined.empty:
        parts += ["### Quarantined figures\n", _table(quarantined)]
    if summary.alerts:
        parts += ["## Alerts\n", *[f"- **{a['kind']}** {a['message']}" for a in summary.alerts], ""]
    parts += ["## Latest figures\n", _table(latest)]
    return "\n".join(parts)
