"""Fetching: polite HTTP with a record of every attempt, and the raw archive of what was fetched."""

from fetch.archive import RawArchive
from fetch.http import Fetcher, FetchResult, Validators, content_hash

__all__ = ["Fetcher", "FetchResult", "RawArchive", "Validators", "content_hash"]
