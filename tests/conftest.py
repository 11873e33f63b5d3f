"""Shared fixtures: a real HTTP server for the fixture site, a Prefect test harness, fast polite settings."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

# Politeness settings sized for a loopback server: no per-host delay, quick retries and timeouts.
os.environ.setdefault("TRACKER_MIN_HOST_DELAY", "0")
os.environ.setdefault("TRACKER_RETRIES", "2")
os.environ.setdefault("TRACKER_READ_TIMEOUT", "2")
os.environ.setdefault("TRACKER_RETRY_AFTER_CAP", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import duckdb  # noqa: E402

from extract import extract_figures  # noqa: E402
from tracker.devserver import SiteServer, write_sources  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "site"


@pytest.fixture(scope="session")
def prefect_harness():
    """Real Prefect flow runs against a temporary local Prefect server (started once per session)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def site_server():
    """The fixture site, served over real HTTP on 127.0.0.1."""
    with SiteServer(SITE) as server:
        yield server


@pytest.fixture
def site_sources(site_server, tmp_path) -> Path:
    """A sources file pointing at the fixture site."""
    return write_sources(SITE / "sources.toml.in", site_server.base_url, tmp_path / "sources.toml")


@pytest.fixture
def warehouse_file(tmp_path) -> Path:
    return tmp_path / "data" / "warehouse.duckdb"


def query(warehouse, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of a query against a warehouse file, read-only, the connection closed again."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def found(text: str, published: date | None = None) -> list[tuple[str, int | float, str]]:
    """(metric, value, qualifier) of every figure the extractor reads in ``text``, in order."""
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text, published=published)]
