"""Every tunable of the tracker in one place: where data lives, how politely we fetch, and where the
outside services (news search, feeds, the Wayback Machine) answer.

Each politeness setting says why it has its value, with the date it was chosen. Environment variables
(``TRACKER_*``) override the defaults, so a worker or a test can change them without code; tests point
every service URL at 127.0.0.1 this way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_SOURCES = "sources.toml"
DEFAULT_DISCOVERY = "discovery.toml"
DEFAULT_WAREHOUSE = "data/warehouse.duckdb"


def warehouse_path(explicit: str | os.PathLike | None = None) -> Path:
    """The warehouse file: ``--warehouse``, else ``$TRACKER_WAREHOUSE``, else data/warehouse.duckdb."""
    return Path(explicit or os.environ.get("TRACKER_WAREHOUSE") or DEFAULT_WAREHOUSE)


def raw_archive_path(warehouse: str | os.PathLike) -> Path:
    """The raw archive of fetched bodies: ``raw/`` next to the warehouse file."""
    return Path(warehouse).parent / "raw"


def _flag(value: str) -> bool:
    return value.lower() not in ("0", "false", "no")


def _types(value: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class FetchSettings:
    # 2026-11: robots.txt etiquette and DHS's web policy ask crawlers to say who they are and how to
    # reach them; the User-Agent carries this URL (an issue tracker a site owner can write to).
    contact_url: str = "https://github.com/reunification-tracker/reunification-tracker/issues"
    # 2026-11: names the project and the contact URL; left empty, it is built from contact_url.
    user_agent: str = ""
    # 2026-11: dhs.gov answers in < 2 s; 5 s to connect and 20 s to read leave room for PDFs
    # without stalling a run.
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    # 2026-11: the largest real page or report we know is ~3 MB; 10 MB stops runaway bodies.
    max_bytes: int = 10 * 1024 * 1024
    # 2026-11: robots.txt files are a few KB; Google reads at most 500 KiB, so do we.
    robots_max_bytes: int = 512 * 1024
    # 2026-11: 3 retries with 0.5 s backoff ride out transient 5xx without hammering a server.
    retries: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 10.0
    # 2026-11: the statuses a server uses to say "try again later"; anything else is final.
    retry_statuses: tuple[int, ...] = (429, 500, 502, 503, 504)
    # 2026-11: urllib3 honours Retry-After without a cap (3600 s would stall the run for an hour).
    # Above this cap we do not wait: the source is deferred to the next run.
    retry_after_cap: float = 10.0
    # 2026-11: one request per host per second at most; we fetch a handful of pages per run.
    min_host_delay: float = 1.0
    # 2026-11: archive.org asks bulk users to slow down and answers 429 to bursts; a backfill makes
    # dozens of requests, so it waits longer between them than a daily run.
    wayback_delay: float = 2.0
    # 2026-11: real sites redirect once or twice (http->https, trailing slash); more is a loop.
    max_redirects: int = 5
    # 2026-11: RFC 9309; turned off only for a site that asked us to ignore it (none so far).
    respect_robots: bool = True
    # 2026-11: documents we can read; anything else (images, zips) is refused before download.
    allowed_content_types: tuple[str, ...] = field(
        default=("text/html", "application/xhtml+xml", "text/plain", "application/pdf")
    )
    # 2026-11: what the search API and the feeds answer with (servers mislabel feeds as text/xml or
    # text/html, and GDELT sends errors as text/html, which the discovery step reports as such).
    api_content_types: tuple[str, ...] = field(
        default=("application/json", "text/json", "text/plain", "text/html")
    )
    feed_content_types: tuple[str, ...] = field(
        default=(
            "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
            "application/rdf+xml", "text/plain", "text/html",
        )
    )  # fmt: skip
    # 2026-11: the GDELT DOC 2.0 API (artlist mode); a setting so tests point it at 127.0.0.1.
    gdelt_api: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    # 2026-11: the Wayback Machine: captures at <wayback_url>/web/<timestamp>id_/<url>, listed by the
    # CDX API; settings so tests point them at 127.0.0.1.
    wayback_url: str = "https://web.archive.org"
    cdx_api: str = "https://web.archive.org/cdx/search/cdx"
    # 2026-11: one page rarely changes more than weekly; 500 captures (after collapsing identical
    # digests) cover 2021 onwards with room to spare and bound a backfill to ~20 minutes at 2 s each.
    max_captures: int = 500

    def __post_init__(self) -> None:
        if not self.user_agent:
            agent = f"ReunificationTracker/0.1 (+{self.contact_url}; research crawler of public figures)"
            object.__setattr__(self, "user_agent", agent)

    @classmethod
    def from_env(cls, **overrides) -> FetchSettings:
        """Defaults, then ``TRACKER_*`` environment variables, then explicit overrides."""
        env = {
            "contact_url": ("TRACKER_CONTACT_URL", str),
            "user_agent": ("TRACKER_USER_AGENT", str),
            "connect_timeout": ("TRACKER_CONNECT_TIMEOUT", float),
            "read_timeout": ("TRACKER_READ_TIMEOUT", float),
            "max_bytes": ("TRACKER_MAX_BYTES", int),
            "retries": ("TRACKER_RETRIES", int),
            "retry_after_cap": ("TRACKER_RETRY_AFTER_CAP", float),
            "min_host_delay": ("TRACKER_MIN_HOST_DELAY", float),
            "wayback_delay": ("TRACKER_WAYBACK_DELAY", float),
            "respect_robots": ("TRACKER_RESPECT_ROBOTS", _flag),
            "allowed_content_types": ("TRACKER_CONTENT_TYPES", _types),
            "gdelt_api": ("TRACKER_GDELT_API", str),
            "wayback_url": ("TRACKER_WAYBACK_URL", str),
            "cdx_api": ("TRACKER_CDX_API", str),
            "max_captures": ("TRACKER_MAX_CAPTURES", int),
        }
        assert set(env) <= {f.name for f in fields(cls)}
        values = {}
        for name, (var, cast) in env.items():
            if os.environ.get(var):
                values[name] = cast(os.environ[var])
        values.update(overrides)
        return cls(**values)
