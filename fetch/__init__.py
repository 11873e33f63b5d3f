"""Fetching: polite HTTP with a record of every attempt."""

from fetch.http import Fetcher, FetchResult, Validators, content_hash

__all__ = ["Fetcher", "FetchResult", "Validators", "content_hash"]
