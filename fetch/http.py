"""Polite HTTP fetching: one Session, a clear User-Agent, robots.txt, capped retries, size and type limits.

Every call returns a FetchResult, failures included, so that every attempt can be recorded.
Nothing here raises for a network or HTTP failure.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ReadTimeoutError, ResponseError
from urllib3.util.retry import Retry

from tracker.settings import FetchSettings

if TYPE_CHECKING:
    from fetch.archive import RawArchive


@dataclass
class FetchResult:
    """What one fetch did. ``status`` is ok, not_modified or error; ``error`` says why it failed."""

    source_id: str
    url: str
    fetched_at: datetime
    status: str
    final_url: str | None = None
    http_status: int | None = None
    bytes: int = 0
    elapsed_ms: float = 0.0
    content_type: str | None = None
    content_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    headers: dict[str, str] | None = field(default=None, repr=False)
    raw_path: str | None = None  # where the body is kept in the raw archive (relative to its root)
    body: bytes | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "not_modified")

    def record(self) -> dict:
        """The row this fetch leaves in the ``fetches`` table (no body)."""
        return {
            "source_id": self.source_id,
            "url": self.url,
            "final_url": self.final_url,
            "fetched_at": self.fetched_at,
            "status": self.status,
            "http_status": self.http_status,
            "bytes": self.bytes,
            "elapsed_ms": self.elapsed_ms,
            "content_type": self.content_type,
            "content_hash": self.content_hash,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "error": self.error,
            "headers": json.dumps(self.headers, sort_keys=True) if self.headers is not None else None,
        }


@dataclass(frozen=True)
class Validators:
    """What we remember of the last successful fetch of a URL, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None


class CappedRetry(Retry):
    """urllib3 Retry that never sleeps longer than ``retry_after_cap``.

    A Retry-After above the cap is not waited for at all: the response is returned as it is,
    and the caller defers the source to a later run.
    """

    retry_after_cap: float = 10.0

    def new(self, **kw):
        retry = super().new(**kw)
        retry.retry_after_cap = self.retry_after_cap
        return retry

    def get_retry_after(self, response):
        after = super().get_retry_after(response)
        return None if after is None else min(after, self.retry_after_cap)

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        header = response.headers.get("Retry-After") if response is not None else None
        if header:
            try:
                after = self.parse_retry_after(header)
            except Exception:  # an unparsable header is urllib3's business
                after = None
            if after is not None and after > self.retry_after_cap:
                raise MaxRetryError(_pool, url, ResponseError(f"Retry-After {after:.0f}s above cap"))
        return super().increment(method, url, response, error, _pool, _stacktrace)


log = logging.getLogger(__name__)


def _connection_error(reason: object, url: str) -> str:
    """A one-line reason for a failed connection, naming the usual causes plainly."""
    host = urlparse(url).hostname or url
    name = type(reason).__name__
    if name == "NameResolutionError":
        return f"connection failed: cannot resolve host {host} (no network or DNS?)"
    if "refused" in str(reason).lower():
        return f"connection failed: {host} refused the connection"
    return f"connection failed: {name}"


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# urllib3 logs every retry as a warning; we record each failure ourselves, once, in `fetches`.
logging.getLogger("urllib3.connectionpool").setLevel(logging.ERROR)


class Fetcher:
    """Fetches URLs politely with one shared Session. Safe to use from several threads."""

    def __init__(self, settings: FetchSettings | None = None, archive: RawArchive | None = None) -> None:
        """Args:
        settings: politeness and limits (default: tracker/settings.py and TRACKER_* variables).
        archive: where every fetched body is kept, before anyone parses it (none: not kept).
        """
        self.settings = settings or FetchSettings.from_env()
        self.archive = archive
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.settings.user_agent
        self.session.headers["Accept"] = (
            "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8"
        )
        retry = CappedRetry(
            total=self.settings.retries,
            backoff_factor=self.settings.backoff_factor,
            backoff_max=self.settings.backoff_max,
            status_forcelist=self.settings.retry_statuses,
            allowed_methods={"GET", "HEAD"},
            respect_retry_after_header=True,
            raise_on_status=False,
            redirect=0,
        )
        retry.retry_after_cap = self.settings.retry_after_cap
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        # robots.txt is read once per host, without retries (RFC 9309).
        self._robots_session = requests.Session()
        self._robots_session.headers["User-Agent"] = self.settings.user_agent
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    # -- politeness -------------------------------------------------------------------------

    def _wait_for_host(self, host: str) -> None:
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            last = self._last_request.get(host)
            if last is not None:
                delay = self.settings.min_host_delay - (time.monotonic() - last)
                if delay > 0:
                    time.sleep(delay)
            self._last_request[host] = time.monotonic()

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt of the URL's host forbids fetching it, or None when allowed (cached per host).

        Following RFC 9309: a missing robots.txt (4xx) allows everything; an unavailable one (5xx)
        means not fetching the host this run.
        """
        if not self.settings.respect_robots:
            return None
        parsed = urlparse(url)
        root = f"{parsed.scheme}://{parsed.netloc}"
        with self._lock:
            cached = root in self._robots
            parser = self._robots.get(root)
        if not cached:
            parser = self._read_robots(root)
            with self._lock:
                self._robots[root] = parser
        if isinstance(parser, str):
            return parser
        if parser is None or parser.can_fetch(self.settings.user_agent, url):
            return None
        return f"disallowed by robots.txt for {parsed.netloc}"

    def _read_robots(self, root: str) -> urllib.robotparser.RobotFileParser | str | None:
        try:
            response = self._robots_session.get(
                root + "/robots.txt",
                timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                allow_redirects=True,
            )
        except requests.RequestException:
            return None  # unreachable robots.txt: the page fetch will report the real failure
        if response.status_code >= 500:
            return f"robots.txt unavailable (HTTP {response.status_code}): not fetched this run"
        if response.status_code >= 400:
            return None  # no robots.txt: everything is allowed
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.text[: self.settings.robots_max_bytes].splitlines())
        return parser

    # -- fetching ---------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        source_id: str,
        validators: Validators | None = None,
        allowed_hosts: tuple[str, ...] = (),
        content_types: tuple[str, ...] | None = None,
    ) -> FetchResult:
        """GET one URL and return its body or the reason it failed. Never raises for HTTP trouble.

        Args:
            url: what to fetch.
            source_id: the source the fetch is recorded under.
            validators: ETag / Last-Modified of the last fetch, for a conditional GET.
            allowed_hosts: hosts a redirect may lead to besides the URL's own.
            content_types: accepted media types (default: the documents of ``allowed_content_types``;
                the discovery step passes the feed or API types).
        """
        started = time.monotonic()
        result = FetchResult(source_id=source_id, url=url, fetched_at=_now(), status="error")
        accepted = content_types or self.settings.allowed_content_types
        try:
            self._fetch_into(result, url, validators, allowed_hosts, accepted)
        except requests.Timeout:
            result.error = (
                f"timed out (connect {self.settings.connect_timeout}s, read {self.settings.read_timeout}s)"
            )
        except requests.ConnectionError as exc:
            reason = exc.args[0] if exc.args else exc
            if isinstance(reason, MaxRetryError) and isinstance(reason.reason, ResponseError):
                result.error = f"gave up: {reason.reason}"
            elif isinstance(reason, MaxRetryError) and isinstance(reason.reason, ReadTimeoutError):
                result.error = (
                    f"timed out (read {self.settings.read_timeout}s) after {self.settings.retries} retries"
                )
            else:
                result.error = _connection_error(getattr(reason, "reason", reason), url)
        except requests.RequestException as exc:
            result.error = f"request failed: {exc}"
        result.elapsed_ms = round((time.monotonic() - started) * 1000, 1)
        if result.error:
            result.status = "error"
            result.body = None
        return result

    def _fetch_into(
        self,
        result: FetchResult,
        url: str,
        validators: Validators | None,
        allowed_hosts: tuple[str, ...],
        accepted: tuple[str, ...],
    ) -> None:
        settings = self.settings
        hosts = {(urlparse(url).hostname or "").lower(), *allowed_hosts}
        headers = {}
        if accepted != settings.allowed_content_types:
            headers["Accept"] = ", ".join(accepted)
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        current = url
        for _hop in range(settings.max_redirects + 1):
            host = (urlparse(current).hostname or "").lower()
            if host not in hosts:
                result.error = f"redirect to host {host!r} refused (allowed: {', '.join(sorted(hosts))})"
                return
            refusal = self.robots_refusal(current)
            if refusal:
                result.error = refusal
                return
            self._wait_for_host(host)
            response = self.session.get(
                current,
                headers=headers,
                timeout=(settings.connect_timeout, settings.read_timeout),
                allow_redirects=False,
                stream=True,
            )
            if response.is_redirect:
                location = response.headers.get("Location", "")
                response.close()
                current = urljoin(current, location)
                continue
            break
        else:
            result.error = f"more than {settings.max_redirects} redirects"
            return
        with response:
            self._read_response(result, response, current, validators, accepted)

    def _read_response(self, result, response, final_url, validators, accepted) -> None:
        settings = self.settings
        result.final_url = final_url
        result.http_status = response.status_code
        result.headers = dict(response.headers)
        result.content_type = response.headers.get("Content-Type")
        result.etag = response.headers.get("ETag")
        result.last_modified = response.headers.get("Last-Modified")
        if response.status_code == 304 and validators:
            result.status = "not_modified"
            result.content_hash = validators.content_hash
            result.etag = result.etag or validators.etag
            result.last_modified = result.last_modified or validators.last_modified
            return
        if response.status_code >= 400:
            after = response.headers.get("Retry-After")
            deferred = (
                f"; Retry-After {after} above the {settings.retry_after_cap:g}s cap, deferred"
                if after
                else ""
            )
            result.error = f"HTTP {response.status_code} {response.reason or ''}".rstrip() + deferred
            return
        mime = (result.content_type or "").split(";")[0].strip().lower()
        if mime and mime not in accepted:
            result.error = f"content type {mime!r} not accepted"
            return
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > settings.max_bytes:
            result.error = f"body of {int(declared)} bytes exceeds the {settings.max_bytes} byte limit"
            return
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > settings.max_bytes:
                result.bytes = size
                result.error = f"body exceeds the {settings.max_bytes} byte limit (cut off at {size} bytes)"
                return
            chunks.append(chunk)
        body = b"".join(chunks)
        result.body = body
        result.bytes = len(body)
        result.content_hash = content_hash(body)
        result.status = "ok"
        if self.archive is not None:
            try:
                result.raw_path = self.archive.store(body, result)
            except OSError as exc:  # a full disk must not lose the run: the flow stores it again or says so
                log.warning("%s: could not archive the body of %s: %s", result.source_id, final_url, exc)
