"""Every tunable of the tracker in one place: where data lives and how politely we fetch.

Each politeness setting says why it has its value. Environment variables (``TRACKER_*``) override
the defaults, so a worker or a test can change them without code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_SOURCES = "sources.toml"
DEFAULT_WAREHOUSE = "data/warehouse.duckdb"


def warehouse_path(explicit: str | os.PathLike | None = None) -> Path:
    """The warehouse file: ``--warehouse``, else ``$TRACKER_WAREHOUSE``, else data/warehouse.duckdb."""
    return Path(explicit or os.environ.get("TRACKER_WAREHOUSE") or DEFAULT_WAREHOUSE)


@dataclass(frozen=True)
class FetchSettings:
    # 2026-11: names the project and a contact page, as robots.txt etiquette and DHS's web policy ask.
    user_agent: str = (
        "ReunificationTracker/0.1 (+https://github.com/reunification-tracker/reunification-tracker; "
        "research crawler of public figures)"
    )
    # 2026-11: dhs.gov answers in < 2 s; 10 s read leaves room for PDFs without stalling a run.
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    # 2026-11: the largest real page or report we know is ~3 MB; 10 MB stops runaway bodies.
    max_bytes: int = 10 * 1024 * 1024
    # 2026-11: 3 retries with 0.5 s backoff ride out transient 5xx without hammering a server.
    retries: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 10.0
    # 2026-11: urllib3 honours Retry-After without a cap (3600 s would stall the run for an hour).
    # Above this cap we do not wait: the source is deferred to the next run.
    retry_after_cap: float = 10.0
    # 2026-11: one request per host per second at most; we fetch a handful of pages per run.
    min_host_delay: float = 1.0
    max_redirects: int = 5
    respect_robots: bool = True
    allowed_content_types: tuple[str, ...] = field(
        default=("text/html", "application/xhtml+xml", "text/plain", "application/pdf")
    )

    @classmethod
    def from_env(cls, **overrides) -> FetchSettings:
        """Defaults, then ``TRACKER_*`` environment variables, then explicit overrides."""
        settings = cls()
        env = {
            "user_agent": ("TRACKER_USER_AGENT", str),
            "connect_timeout": ("TRACKER_CONNECT_TIMEOUT", float),
            "read_timeout": ("TRACKER_READ_TIMEOUT", float),
            "max_bytes": ("TRACKER_MAX_BYTES", int),
            "retries": ("TRACKER_RETRIES", int),
            "retry_after_cap": ("TRACKER_RETRY_AFTER_CAP", float),
            "min_host_delay": ("TRACKER_MIN_HOST_DELAY", float),
            "respect_robots": ("TRACKER_RESPECT_ROBOTS", lambda v: v.lower() not in ("0", "false", "no")),
        }
        values = {}
        for name, (var, cast) in env.items():
            if os.environ.get(var):
                values[name] = cast(os.environ[var])
        values.update(overrides)
        return replace(settings, **values)
