"""News discovery: search queries (GDELT DOC 2.0, artlist JSON) and RSS/Atom feeds give candidate articles;
keywords filter them and canonical URLs deduplicate them.

Pure functions over bodies the flow fetched with the polite Fetcher (nothing here touches the network).
The configuration is ``discovery.toml``: a ``[discovery]`` table, and one ``[[query]]`` or ``[[feed]]``
table per search.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
import xml.sax
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(?:utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|smid|_ga|mkt_tok)$", re.I
)
DEFAULT_PORTS = {"http": 80, "https": 443}


class DiscoveryError(ValueError):
    """A discovery config that is malformed, or a search/feed response that cannot be read."""


@dataclass(frozen=True)
class Search:
    """One configured search: a GDELT query (``kind`` gdelt) or a feed (``kind`` feed)."""

    name: str
    kind: str
    query: str | None = None
    url: str | None = None
    max_records: int = 75
    enabled: bool = True


@dataclass(frozen=True)
class DiscoveryConfig:
    """The ``[discovery]`` table and the searches.

    Attributes:
        keywords: a candidate's title, summary or URL must contain one (case-insensitive); empty: all pass.
        max_articles: new articles fetched per run at most (the rest wait for the next run).
        lookback_days: how far back a GDELT query looks (its startdatetime).
        max_attempts: an article whose fetch failed this many times is not tried again.
    """

    searches: list[Search]
    keywords: tuple[str, ...] = ()
    max_articles: int = 25
    lookback_days: int = 7
    max_attempts: int = 3


@dataclass(frozen=True)
class Candidate:
    """An article a search found."""

    url: str
    title: str = ""
    summary: str = ""
    seen_at: datetime | None = None
    language: str | None = None
    found_by: str = ""
    canonical: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "canonical", canonical_url(self.url))

    @property
    def host(self) -> str:
        return urlsplit(self.canonical).netloc

    @property
    def source_id(self) -> str:
        return news_source_id(self.canonical)


# -- configuration ---------------------------------------------------------------------------------


def load_discovery(path: str | Path) -> DiscoveryConfig:
    """Read and check ``discovery.toml``.

    Raises:
        DiscoveryError: naming the file, the entry and what is wrong.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DiscoveryError(f"{path}: cannot read the discovery file ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DiscoveryError(f"{path}: not valid TOML ({exc})") from exc
    settings = data.get("discovery", {})
    unknown = sorted(set(settings) - {"keywords", "max_articles", "lookback_days", "max_attempts"})
    if unknown:
        raise DiscoveryError(f"{path}: [discovery] has unknown key(s) {', '.join(unknown)}")
    searches: list[Search] = []
    for table, kind, needed in (("query", "gdelt", "query"), ("feed", "feed", "url")):
        for index, entry in enumerate(data.get(table, [])):
            where = f"{path}: [[{table}]] #{index + 1}"
            if not isinstance(entry, dict) or not entry.get("name") or not entry.get(needed):
                raise DiscoveryError(f"{where}: needs a name and a {needed}")
            extra = sorted(set(entry) - {"name", needed, "max_records", "enabled"})
            if extra:
                raise DiscoveryError(f"{where} ({entry['name']}): unknown key(s) {', '.join(extra)}")
            if any(s.name == entry["name"] for s in searches):
                raise DiscoveryError(f"{where}: duplicate name {entry['name']!r}")
            searches.append(
                Search(
                    name=entry["name"],
                    kind=kind,
                    query=entry.get("query"),
                    url=entry.get("url"),
                    max_records=int(entry.get("max_records", 75)),
                    enabled=bool(entry.get("enabled", True)),
                )
            )
    return DiscoveryConfig(
        searches=searches,
        keywords=tuple(k.lower() for k in settings.get("keywords", [])),
        max_articles=int(settings.get("max_articles", 25)),
        lookback_days=int(settings.get("lookback_days", 7)),
        max_attempts=int(settings.get("max_attempts", 3)),
    )


def gdelt_url(api: str, search: Search, since: datetime) -> str:
    """The GDELT DOC 2.0 artlist request for a query (JSON, newest first)."""
    params = {
        "query": search.query,
        "mode": "artlist",
        "format": "json",
        "maxrecords": str(min(search.max_records, 250)),  # the API's own maximum
        "startdatetime": since.strftime("%Y%m%d%H%M%S"),
        "sort": "datedesc",
    }
    return f"{api}?{urlencode(params)}"


def lookback_start(config: DiscoveryConfig, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC).replace(tzinfo=None)) - timedelta(days=config.lookback_days)


# -- reading responses -----------------------------------------------------------------------------


def parse_gdelt(body: bytes, found_by: str) -> list[Candidate]:
    """Candidates of a GDELT artlist JSON response ({"articles": [{url, title, seendate, language, ...}]}).

    Raises:
        DiscoveryError: the body is not the JSON the API documents (GDELT answers errors in plain text).
    """
    try:
        data = json.loads(body.decode("utf-8-sig") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        head = body[:60].decode("utf-8", "replace").strip()
        raise DiscoveryError(f"GDELT response is not JSON ({exc.__class__.__name__}): {head!r}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles", []), list):
        raise DiscoveryError("GDELT response has no articles list")
    found = []
    for article in data.get("articles", []):
        url = article.get("url") if isinstance(article, dict) else None
        if not url or not url.startswith(("http://", "https://")):
            continue
        found.append(
            Candidate(
                url=url,
                title=article.get("title") or "",
                seen_at=_gdelt_time(article.get("seendate")),
                language=article.get("language") or None,
                found_by=found_by,
            )
        )
    return found


def _gdelt_time(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(value or "", "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def parse_feed(body: bytes, found_by: str) -> list[Candidate]:
    """Candidates of an RSS or Atom feed.

    Raises:
        DiscoveryError: the body is not well-formed XML, or not a feed. A broken feed is refused whole
            rather than half-read by a forgiving parser.
    """
    import feedparser

    parsed = feedparser.parse(body)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise DiscoveryError(
            f"feed is not well-formed XML: {problem.getMessage()} (line {problem.getLineNumber()})"
        )
    if not parsed.get("version") and not parsed.entries:
        raise DiscoveryError("not an RSS or Atom feed")
    found = []
    for entry in parsed.entries:
        url = entry.get("link")
        if not url or not url.startswith(("http://", "https://")):
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        found.append(
            Candidate(
                url=url,
                title=entry.get("title") or "",
                summary=entry.get("summary") or "",
                seen_at=datetime(*stamp[:6]) if stamp else None,
                language=parsed.feed.get("language") or None,
                found_by=found_by,
            )
        )
    return found


def canonical_link(body: bytes, base_url: str) -> str | None:
    """The ``<link rel="canonical">`` of an HTML page, absolute, or None."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(body[: 512 * 1024])
    except (ValueError, lxml.etree.ParserError):
        return None
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return urljoin(base_url, link.get("href").strip())
    return None


# -- identity and filtering ------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """The identity of an article URL: lowercase scheme and host, no default port, no tracking parameters
    (utm_*, fbclid, ...), no fragment, no trailing slash; the remaining parameters sorted.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = re.sub(r"/+$", "", parts.path) or ""
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
    )
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def news_source_id(canonical: str) -> str:
    """``news-<host>-<hash8>``: a stable source id for a discovered article."""
    host = urlsplit(canonical).netloc.lower().removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    return f"news-{slug}-{hashlib.sha256(canonical.encode()).hexdigest()[:8]}"


def matches_keywords(candidate: Candidate, keywords: tuple[str, ...]) -> bool:
    """Whether the title, summary or URL words of a candidate mention one of the keywords."""
    if not keywords:
        return True
    words = re.sub(r"[-_/.+]+", " ", urlsplit(candidate.url).path)
    haystack = f"{candidate.title} {candidate.summary} {words}".lower()
    return any(keyword in haystack for keyword in keywords)
