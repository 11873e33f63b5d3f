"""Wayback backfill: a CDX listing and its captures served on 127.0.0.1 in the documented formats,
a real Prefect flow run, a real DuckDB file. Each capture is dated by its capture time."""

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import query
from pytest_httpserver import HTTPServer
from werkzeug import Response

from fetch.wayback import Capture, CdxError, cdx_url, parse_cdx
from flows.backfill import backfill
from tracker.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "wayback"
PAGE = "https://www.dhs.gov/family-reunification-task-force"
REPORT = "https://www.dhs.gov/publication/progress-report"
HEADER = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
CAPTURES = {
    "20210603120000": (FIXTURES / "task-force-2021-06-03.html").read_bytes(),
    "20230203090000": (FIXTURES / "task-force-2023-02-03.html").read_bytes(),
}
BUSY = "20240105000000"  # the Wayback Machine answers 429 for this one, the first time


def cdx_rows(url: str) -> list[list[str]]:
    rows = [HEADER]
    for stamp, body in CAPTURES.items():
        rows.append(
            [
                "gov,dhs)/family-reunification-task-force",
                stamp,
                url,
                "text/html",
                "200",
                f"D{stamp}",
                str(len(body)),
            ]
        )
    rows.append(["gov,dhs)/family-reunification-task-force", BUSY, url, "text/html", "200", "DBUSY", "900"])
    rows.append(
        ["gov,dhs)/family-reunification-task-force", "20220101000000", url, "image/png", "200", "DPNG", "9"]
    )
    return rows


@pytest.fixture
def wayback(monkeypatch):
    """A Wayback Machine on 127.0.0.1: the CDX API and the id_ captures; records what was asked."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    state = {"busy": 0, "cdx": []}
    server.expect_request("/robots.txt").respond_with_data("", status=404)

    def cdx(request):
        state["cdx"].append(dict(request.args))
        if request.args["url"] == REPORT:
            return Response("<html>Internal error</html>", status=200, content_type="application/json")
        return Response(json.dumps(cdx_rows(request.args["url"])), content_type="application/json")

    def capture(request):
        stamp, original = re.match(r"^/web/(\d+)id_/(.+)$", request.full_path.rstrip("?")).groups()
        assert original == PAGE
        if stamp == BUSY:
            state["busy"] += 1
            if state["busy"] == 1:
                return Response("slow down", status=429, headers={"Retry-After": "3600"})
            return Response(CAPTURES["20230203090000"], content_type="text/html; charset=utf-8")
        return Response(CAPTURES[stamp], content_type="text/html; charset=utf-8")

    server.expect_request("/cdx/search/cdx").respond_with_handler(cdx)
    server.expect_request(re.compile(r"^/web/.*")).respond_with_handler(capture)
    monkeypatch.setenv("TRACKER_WAYBACK_URL", server.url_for("/").rstrip("/"))
    monkeypatch.setenv("TRACKER_CDX_API", server.url_for("/cdx/search/cdx"))
    monkeypatch.setenv("TRACKER_WAYBACK_DELAY", "0")
    server.state = state
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def registry(tmp_path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[source]]\nid = "dhs-task-force"\nkind = "official"\npublisher = "DHS"\nurl = "{PAGE}"\n\n'
        f'[[source]]\nid = "dhs-progress-report"\nkind = "official"\npublisher = "DHS"\nurl = "{REPORT}"\n\n'
        '[[source]]\nid = "some-news"\nkind = "news"\npublisher = "Daily"\nurl = "https://news.example/a"\n'
    )
    return path


def test_the_cdx_listing_is_read_oldest_first_under_its_header_row():
    rows = [
        HEADER,
        ["k", "20230203090000", PAGE, "text/html", "200", "B", "1"],
        ["k", "20210603", PAGE, "text/html", "200", "A", "1"],
    ]
    captures = parse_cdx(json.dumps(rows).encode())
    assert [c.timestamp for c in captures] == ["20210603", "20230203090000"]
    assert captures[0].captured_at == datetime(2021, 6, 3)
    assert captures[1].url("http://wb.test") == f"http://wb.test/web/20230203090000id_/{PAGE}"
    assert parse_cdx(b"[]") == [] and parse_cdx(b"") == []
    with pytest.raises(CdxError, match="not JSON"):
        parse_cdx(b"<html>oops</html>")
    assert "collapse=digest" in cdx_url("http://wb.test/cdx", PAGE, since="20210101", until="20231231")
    assert Capture("20210603120000", PAGE).captured_at == datetime(2021, 6, 3, 12)


@pytest.mark.usefixtures("prefect_harness")
def test_backfill_loads_each_capture_dated_by_its_capture_time_and_resumes(wayback, registry, warehouse_file):
    result = backfill(
        sources=str(registry), warehouse=str(warehouse_file), from_date="20210101", to_date="20241231"
    )
    # only the official sources; the report's CDX answer is not JSON, and fails alone
    assert result["sources"] == ["dhs-task-force", "dhs-progress-report"]
    assert result["status"] == "partial" and result["captures_fetched"] == 2
    assert [(a["from"], a["to"], a["filter"], a["collapse"]) for a in wayback.state["cdx"]] == [
        ("20210101", "20241231", "statuscode:200", "digest")
    ] * 2
    assert set(result["failed"]) == {"dhs-task-force", "wayback-cdx-dhs-progress-report"}
    assert (
        result["failed"]["dhs-task-force"]
        == "HTTP 429 TOO MANY REQUESTS; Retry-After 3600 above the 1s cap, deferred"
    )
    assert result["failed"]["wayback-cdx-dhs-progress-report"].startswith("CDX response is not JSON")

    trend = query(
        warehouse_file,
        "SELECT metric, value, as_of, fetched_at FROM observations WHERE source_id = 'dhs-task-force' ORDER BY as_of, metric",
    )
    assert trend == [
        ("children_separated_identified", 3913, date(2021, 6, 2), datetime(2021, 6, 3, 12)),
        ("children_remaining_to_reunify", 998, date(2023, 2, 1), datetime(2023, 2, 3, 9)),
        ("children_reunified_total", 2926, date(2023, 2, 1), datetime(2023, 2, 3, 9)),
        ("children_separated_identified", 3924, date(2023, 2, 1), datetime(2023, 2, 3, 9)),
    ]
    history = query(
        warehouse_file,
        "SELECT date, value FROM metric_history WHERE metric = 'children_separated_identified' ORDER BY date",
    )
    assert history == [(date(2021, 6, 2), 3913), (date(2023, 2, 1), 3924)]
    # every capture's body is archived by content hash, and its document points at it
    documents = query(warehouse_file, "SELECT raw_path, first_seen_at FROM documents ORDER BY first_seen_at")
    assert [seen for _, seen in documents] == [datetime(2021, 6, 3, 12), datetime(2023, 2, 3, 9)]
    assert all((warehouse_file.parent / "raw" / raw_path).exists() for raw_path, _ in documents)
    fetched = query(
        warehouse_file, "SELECT url, status FROM fetches WHERE source_id = 'dhs-task-force' ORDER BY url"
    )
    assert [status for _, status in fetched] == ["ok", "ok", "error"]  # the PNG capture was not asked for

    # resumed: the two captures already fetched are skipped; the deferred one is fetched now
    asked = len([r for r, _ in wayback.log if r.path.startswith("/web/")])
    again = backfill(sources=str(registry), warehouse=str(warehouse_file), source_ids=["dhs-task-force"])
    assert [r.path for r, _ in wayback.log if r.path.startswith("/web/")][asked:] == [
        f"/web/{BUSY}id_/{PAGE}"
    ]
    assert again["status"] == "completed" and again["captures_fetched"] == 1
    assert again["observations_added"] == 0  # the same content as the 2023 capture, already read
    assert query(warehouse_file, "SELECT count(*) FROM documents") == [(2,)]


def test_tracker_backfill_exits_1_naming_the_failures(
    wayback, registry, warehouse_file, prefect_harness, capsys
):
    code = main(
        ["backfill", "--sources", str(registry), "--warehouse", str(warehouse_file), "--from", "20210101"]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "wayback-cdx-dhs-progress-report" in err and "dhs-task-force" in err
