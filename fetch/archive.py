"""The raw archive: every fetched body kept once, by content hash, gzip-compressed, beside the warehouse.

Layout (warn-scraper style: the raw page is saved before it is parsed, so parsing can be re-run offline)::

    data/raw/ab/ab12...ef.gz     the body, gzip
    data/raw/ab/ab12...ef.json   how it was first fetched: URL, final URL, time, content type, headers

Writes are atomic (a temporary file, then ``os.replace``) and idempotent (a body already stored is not
written again), so concurrent runs and re-runs are safe.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from fetch.http import FetchResult, content_hash
from tracker.settings import raw_archive_path


class RawArchive:
    """Fetched bodies by content hash under ``root`` (normally ``data/raw`` beside the warehouse)."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    @classmethod
    def beside(cls, warehouse: str | os.PathLike) -> RawArchive:
        """The archive of a warehouse: ``raw/`` in the warehouse file's folder."""
        return cls(raw_archive_path(warehouse))

    def relative_path(self, digest: str) -> str:
        """Where a body lives, relative to the archive root: ``ab/ab12...ef.gz``."""
        return f"{digest[:2]}/{digest}.gz"

    def path(self, digest: str) -> Path:
        return self.root / self.relative_path(digest)

    def has(self, digest: str) -> bool:
        return self.path(digest).exists()

    def store(self, body: bytes, fetch: FetchResult | None = None) -> str:
        """Keep ``body`` (once) and, the first time, a JSON sidecar describing its fetch.

        Args:
            body: the bytes exactly as fetched.
            fetch: the fetch that brought it (URL, time, content type, headers) for the sidecar.

        Returns:
            The body's path relative to the archive root (what ``documents.raw_path`` holds).
        """
        digest = content_hash(body)
        target = self.path(digest)
        if not target.exists():
            # mtime=0: the same body always compresses to the same bytes
            _write_atomically(target, gzip.compress(body, compresslevel=6, mtime=0))
        sidecar = target.with_suffix(".json")
        if fetch is not None and not sidecar.exists():
            meta = {
                "content_hash": digest,
                "bytes": len(body),
                "source_id": fetch.source_id,
                "url": fetch.url,
                "final_url": fetch.final_url,
                "fetched_at": _iso(fetch.fetched_at),
                "http_status": fetch.http_status,
                "content_type": fetch.content_type,
                "headers": fetch.headers or {},
            }
            _write_atomically(sidecar, json.dumps(meta, indent=1, sort_keys=True).encode())
        return self.relative_path(digest)

    def read(self, digest: str) -> bytes:
        """The body stored under ``digest``.

        Raises:
            FileNotFoundError: nothing is archived under that hash.
            ValueError: the stored body does not hash to ``digest`` (a damaged file).
        """
        body = gzip.decompress(self.path(digest).read_bytes())
        if content_hash(body) != digest:
            raise ValueError(f"archived body {self.path(digest)} does not match its hash")
        return body

    def metadata(self, digest: str) -> dict:
        """The sidecar of a stored body (empty when none was written)."""
        sidecar = self.path(digest).with_suffix(".json")
        return json.loads(sidecar.read_text()) if sidecar.exists() else {}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
