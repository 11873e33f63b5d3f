"""A run's summary: counts per stage and per source, for the CLI, the logs and the Prefect artifact."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field


@dataclass
class SourceLine:
    source_id: str
    status: str  # fetched | unchanged | failed
    http_status: int | None
    figures: int
    error: str | None = None


@dataclass
class RunSummary:
    run_id: str
    status: str  # completed | partial | failed
    warehouse: str
    sources: list[SourceLine] = field(default_factory=list)
    figures_extracted: int = 0
    observations_added: int = 0
    quarantined: int = 0
    flagged: int = 0
    alerts: list[dict] = field(default_factory=list)
    checks: dict[str, int] = field(default_factory=dict)  # "check_name (severity)" -> failures
    load_status: str = "loaded"
    load_message: str = ""
    pending_loaded: list[str] = field(default_factory=list)

    @property
    def failed_sources(self) -> list[SourceLine]:
        return [s for s in self.sources if s.status == "failed"]

    def as_dict(self) -> dict:
        data = asdict(self)
        data["failed_sources"] = [s.source_id for s in self.failed_sources]
        return data

    def text(self) -> str:
        """The plain-text summary `tracker run` prints."""
        counts = Counter(s.status for s in self.sources)
        lines = [
            f"run {self.run_id}: {self.status}",
            f"  sources: {len(self.sources)} ({counts['fetched']} fetched, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed)",
            f"  figures extracted: {self.figures_extracted}; observations added: {self.observations_added}; "
            f"quarantined: {self.quarantined}; flagged: {self.flagged}",
            f"  warehouse: {self.warehouse} ({self.load_status})",
        ]
        if self.load_message:
            lines.append(f"  {self.load_message}")
        if self.pending_loaded:
            lines.append(f"  staged runs loaded first: {', '.join(self.pending_loaded)}")
        for name, count in sorted(self.checks.items()):
            lines.append(f"  check {name}: {count}")
        for alert in self.alerts:
            lines.append(f"  ALERT {alert['kind']}: {alert['message']}")
        for source in self.failed_sources:
            lines.append(f"  FAILED {source.source_id}: {source.error}")
        return "\n".join(lines)


def checks_counter(counts: Counter) -> dict[str, int]:
    return {f"{name} ({severity})": n for (name, severity), n in sorted(counts.items())}
