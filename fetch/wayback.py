"""The Wayback Machine: list a page's captures with the CDX API, and address each capture's original bytes.

Pure functions (the flow fetches with the polite Fetcher). Formats, as the Internet Archive documents them:
the CDX API with ``output=json`` answers a list of rows whose first row is the header
``["urlkey","timestamp","original","mimetype","statuscode","digest","length"]``; a capture's original
content (no Wayback banner, no rewritten links) is at ``<wayback>/web/<timestamp>id_/<original>``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode


class CdxError(ValueError):
    """A CDX response that is not the documented JSON listing."""


@dataclass(frozen=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss, UTC
    original: str
    mimetype: str | None = None
    digest: str | None = None

    @property
    def captured_at(self) -> datetime:
        return datetime.strptime(self.timestamp.ljust(14, "0")[:14], "%Y%m%d%H%M%S")

    def url(self, wayback: str) -> str:
        """Where the capture's original bytes are served."""
        return f"{wayback.rstrip('/')}/web/{self.timestamp}id_/{self.original}"


def cdx_url(
    api: str, url: str, *, since: str | None = None, until: str | None = None, limit: int = 500
) -> str:
    """The CDX query for a page's distinct successful captures between two YYYYMMDD dates."""
    params = [("url", url), ("output", "json"), ("filter", "statuscode:200"), ("collapse", "digest")]
    if since:
        params.append(("from", since))
    if until:
        params.append(("to", until))
    params.append(("limit", str(limit)))
    return f"{api}?{urlencode(params)}"


def parse_cdx(body: bytes) -> list[Capture]:
    """The captures of a CDX JSON response, oldest first (an empty body or ``[]``: none).

    Raises:
        CdxError: the body is not the documented list of rows under a header row.
    """
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return []
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CdxError(f"CDX response is not JSON: {text[:60]!r}") from exc
    if not isinstance(rows, list):
        raise CdxError("CDX response is not a list of rows")
    if not rows:
        return []
    header = rows[0]
    if not isinstance(header, list) or "timestamp" not in header or "original" not in header:
        raise CdxError(f"CDX response has no header row: {str(header)[:80]}")
    column = {name: index for index, name in enumerate(header)}
    captures = []
    for row in rows[1:]:
        if not isinstance(row, list) or len(row) < len(header):
            continue
        timestamp = row[column["timestamp"]]
        if not (isinstance(timestamp, str) and timestamp.isdigit() and len(timestamp) >= 8):
            continue
        captures.append(
            Capture(
                timestamp=timestamp,
                original=row[column["original"]],
                mimetype=row[column["mimetype"]] if "mimetype" in column else None,
                digest=row[column["digest"]] if "digest" in column else None,
            )
        )
    return sorted(captures, key=lambda c: c.timestamp)
