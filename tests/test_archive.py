"""The raw archive, and PDF reports: every fetched body kept once by content hash (gzip, atomic,
idempotent) with its headers; a generated PDF served over HTTP loads figures with their page."""

import gzip
import json
from datetime import date

import duckdb
import pandas as pd
import pytest
from fpdf import FPDF

from fetch import Fetcher, RawArchive, content_hash
from flows.steps import load_outcomes, process_source
from tracker.registry import Source
from tracker.settings import FetchSettings
from warehouse.db import utcnow

PAGE = b"<html><body><main><p>As of February 1, 2023, 998 children remain to be reunified.</p></main></body></html>"


def progress_report() -> bytes:
    """A two-page progress report: a cover, then the figures on page 2."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(
        0, 8, "Interagency Task Force on the Reunification of Families\nInitial Progress Report\nJune 2, 2021"
    )
    pdf.add_page()
    pdf.multi_cell(
        0, 8,
        "As of June 2, 2021, the Task Force has identified 3,913 children who were separated from their "
        "parents at the southern border between July 1, 2017 and January 20, 2021.",
    )  # fmt: skip
    return bytes(pdf.output())


def test_a_body_is_stored_once_compressed_with_its_fetch_description(httpserver, tmp_path):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/page").respond_with_data(
        PAGE, content_type="text/html", headers={"ETag": '"v1"'}
    )
    archive = RawArchive(tmp_path / "raw")
    fetcher = Fetcher(FetchSettings(min_host_delay=0), archive=archive)
    first = fetcher.fetch(httpserver.url_for("/page"), source_id="s")
    digest = content_hash(PAGE)
    assert first.raw_path == f"{digest[:2]}/{digest}.gz"
    stored = tmp_path / "raw" / first.raw_path
    assert gzip.decompress(stored.read_bytes()) == PAGE and archive.read(digest) == PAGE
    meta = archive.metadata(digest)
    assert meta["url"] == httpserver.url_for("/page") and meta["headers"]["ETag"] == '"v1"'
    assert meta["content_type"] == "text/html" and meta["bytes"] == len(PAGE)
    # the same body again: not rewritten, no temporary file left behind
    mtime = stored.stat().st_mtime_ns
    second = fetcher.fetch(httpserver.url_for("/page"), source_id="other")
    assert second.raw_path == first.raw_path and stored.stat().st_mtime_ns == mtime
    assert archive.metadata(digest)["source_id"] == "s"
    assert sorted(p.name for p in stored.parent.iterdir()) == [f"{digest}.gz", f"{digest}.json"]
    # the headers go to the fetches row as JSON
    assert json.loads(second.record()["headers"])["ETag"] == '"v1"'


def test_a_damaged_archived_body_is_refused(tmp_path):
    archive = RawArchive(tmp_path / "raw")
    digest = content_hash(PAGE)
    archive.store(PAGE)
    archive.path(digest).write_bytes(gzip.compress(b"something else"))
    with pytest.raises(ValueError, match="does not match its hash"):
        archive.read(digest)


def test_a_pdf_report_loads_its_figures_with_their_page_and_a_fake_pdf_fails_alone(
    httpserver, warehouse_file
):
    report = progress_report()
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/report.pdf").respond_with_data(report, content_type="application/pdf")
    httpserver.expect_request("/fake.pdf").respond_with_data(
        b"<html><body><p>Page not found</p></body></html>", content_type="application/pdf"
    )
    fetcher = Fetcher(FetchSettings(min_host_delay=0), archive=RawArchive.beside(warehouse_file))
    sources = [
        Source(
            id="task-force-report-2021-06",
            kind="official",
            publisher="DHS",
            url=httpserver.url_for("/report.pdf"),
        ),
        Source(
            id="task-force-report-fake", kind="official", publisher="DHS", url=httpserver.url_for("/fake.pdf")
        ),
    ]
    outcomes = [process_source(source, fetcher, None, set()) for source in sources]
    summary, _ = load_outcomes(
        outcomes,
        run_id="r1",
        started_at=utcnow(),
        warehouse=warehouse_file,
        history=pd.DataFrame(),
        flow_name="test",
    )
    assert summary.status == "partial"
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        figures = con.execute("SELECT metric, value, as_of, page, evidence FROM observations").fetchall()
        fetches = dict(
            con.execute("SELECT source_id, status || ': ' || coalesce(error, '') FROM fetches").fetchall()
        )
        [(raw_path, content_type)] = con.execute("SELECT raw_path, content_type FROM documents").fetchall()
    finally:
        con.close()
    assert [(m, v, d, p) for m, v, d, p, _ in figures] == [
        ("children_separated_identified", 3913, date(2021, 6, 2), 2)
    ]
    assert "3,913" in figures[0][4]
    assert fetches["task-force-report-2021-06"] == "ok: "
    assert (
        fetches["task-force-report-fake"]
        == "error: unreadable: UnreadableDocument: not a PDF (no %PDF header)"
    )
    assert content_type == "application/pdf"
    assert RawArchive.beside(warehouse_file).read(content_hash(report)) == report
    assert (warehouse_file.parent / "raw" / raw_path).exists()
