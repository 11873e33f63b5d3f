"""The source registry: ``sources.toml``, one ``[[source]]`` table per source.

Adding a source is one entry here; no flow code changes. A malformed file is rejected
with one message that names the entry at fault.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

KINDS = ("official", "news", "court")
REQUIRED_KEYS = ("id", "kind", "publisher", "url")
OPTIONAL_KEYS = ("title", "notes", "enabled", "allowed_hosts", "published", "format")


class RegistryError(ValueError):
    """The source registry file is missing or malformed."""


@dataclass(frozen=True)
class Source:
    """One place figures are published.

    Attributes:
        id: unique, stable identifier (used as ``source_id`` everywhere).
        kind: official | news | court.
        publisher: who publishes it.
        url: the page, fact sheet or report to fetch.
        title: a human title, optional.
        enabled: disabled sources stay in the file but are not fetched.
        allowed_hosts: hosts a redirect may lead to (the URL's own host is always allowed).
        published: publication date to assume when the page states none (YYYY-MM-DD).
    """

    id: str
    kind: str
    publisher: str
    url: str
    title: str | None = None
    notes: str | None = None
    enabled: bool = True
    allowed_hosts: tuple[str, ...] = field(default_factory=tuple)
    published: str | None = None
    format: str | None = None

    @property
    def host(self) -> str:
        return (urlparse(self.url).hostname or "").lower()


def _describe(index: int, entry: dict) -> str:
    ident = entry.get("id") if isinstance(entry, dict) else None
    return f"source #{index + 1}" + (f" (id {ident!r})" if ident else "")


def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.hostname)


def parse_sources(data: dict, origin: str = "sources") -> list[Source]:
    """Validate a parsed registry and return its sources, in file order.

    Raises:
        RegistryError: naming the first malformed entry and what is wrong with it.
    """
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{origin}: no [[source]] entries found")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        where = f"{origin}: {_describe(index, entry)}"
        if not isinstance(entry, dict):
            raise RegistryError(f"{where}: is not a table")
        missing = [key for key in REQUIRED_KEYS if not entry.get(key)]
        if missing:
            raise RegistryError(f"{where}: missing required key(s) {', '.join(missing)}")
        unknown = sorted(set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
        if unknown:
            raise RegistryError(f"{where}: unknown key(s) {', '.join(unknown)}")
        ident = entry["id"]
        if not isinstance(ident, str) or not ident.replace("-", "").replace("_", "").isalnum():
            raise RegistryError(f"{where}: id must be letters, digits, '-' or '_', got {ident!r}")
        if ident in seen:
            raise RegistryError(f"{where}: duplicate id {ident!r} (first used by source #{seen[ident] + 1})")
        seen[ident] = index
        if entry["kind"] not in KINDS:
            raise RegistryError(f"{where}: kind must be one of {', '.join(KINDS)}, got {entry['kind']!r}")
        if not _is_url(entry["url"]):
            raise RegistryError(f"{where}: url is not an http(s) URL: {entry['url']!r}")
        hosts = entry.get("allowed_hosts", [])
        if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
            raise RegistryError(f"{where}: allowed_hosts must be a list of host names")
        enabled = entry.get("enabled", True)
        if not isinstance(enabled, bool):
            raise RegistryError(f"{where}: enabled must be true or false")
        sources.append(
            Source(
                id=ident,
                kind=entry["kind"],
                publisher=str(entry["publisher"]),
                url=entry["url"],
                title=entry.get("title"),
                notes=entry.get("notes"),
                enabled=enabled,
                allowed_hosts=tuple(h.lower() for h in hosts),
                published=str(entry["published"]) if entry.get("published") else None,
                format=entry.get("format"),
            )
        )
    return sources


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate a registry file.

    Raises:
        RegistryError: the file is missing, not TOML, or has a malformed entry.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the sources file ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid TOML ({exc})") from exc
    return parse_sources(data, origin=str(path))
