"""The whole pipeline as a user runs it: real HTTP on 127.0.0.1, real Prefect flow runs, a real DuckDB file."""

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import SITE, query
from werkzeug import Response

from flows.track import StrictValidationError, track_figures
from tracker.devserver import SiteServer, write_sources

pytestmark = pytest.mark.usefixtures("prefect_harness")

EXPECTED = {
    "dhs-task-force": {
        ("children_separated_identified", 3913, "exact", date(2021, 6, 2)),
        ("children_reunified_before_task_force", 1779, "exact", date(2021, 6, 2)),
        ("children_reunified_by_task_force", 7, "exact", date(2021, 6, 2)),
        ("children_remaining_to_reunify", 2127, "exact", date(2021, 6, 2)),
        ("separations_under_review", 1723, "exact", date(2021, 6, 2)),
    },
    "dhs-fact-sheet-2018-06-23": {
        ("children_reunified_total", 522, "exact", date(2018, 6, 23)),
        ("children_remaining_to_reunify", 2053, "exact", date(2018, 6, 23)),
    },
    "dhs-fact-sheet-2023-02-02": {
        ("children_separated_identified", 3924, "exact", date(2023, 2, 1)),
        ("children_reunified_total", 2926, "exact", date(2023, 2, 1)),
        ("children_reunified_by_task_force", 689, "exact", date(2023, 2, 1)),
        ("children_remaining_to_reunify", 998, "exact", date(2023, 2, 1)),
        ("children_reunification_in_process", 148, "exact", date(2023, 2, 1)),
        ("families_informed_of_opportunity", 183, "exact", date(2023, 2, 1)),
        ("families_registered", 1999, "exact", date(2023, 2, 1)),
        ("families_behavioral_health_case_management", 735, "exact", date(2023, 2, 1)),
        ("families_behavioral_health_services", 385, "exact", date(2023, 2, 1)),
    },
    "wire-2023-02-02-nearly-700": {
        ("children_reunified_by_task_force", 700, "approximate", None),
        ("children_separated_identified", 3881, "exact", None),
        ("percent_reunified", 74, "approximate", None),
        ("children_reunified_before_task_force", 2176, "exact", None),
        ("children_reunified_by_task_force", 689, "exact", None),
        ("children_remaining_to_reunify", 1000, "approximate", None),
        ("children_reunification_in_process", 148, "exact", None),
    },
    "daily-2021-06-08-still-apart": {
        ("children_remaining_to_reunify", 2100, "at_least", None),
        ("children_remaining_to_reunify", 2127, "exact", None),
        ("children_reunified_by_task_force", 7, "exact", None),
    },
}
# "more than 600" precedes the fact sheet's "As of" line, so its as-of date is the extractor's call.
LOOSE = {"dhs-fact-sheet-2023-02-02": {("children_reunified_by_task_force", 600, "at_least")}}


def figures_by_source(warehouse):
    found = {}
    for source, metric, value, qualifier, as_of in query(
        warehouse, "SELECT source_id, metric, value, qualifier, as_of FROM observations"
    ):
        found.setdefault(source, set()).add((metric, int(value), qualifier, as_of))
    return found


def test_the_fixture_site_loads_exactly_its_figures_with_provenance(site_sources, warehouse_file):
    summary = track_figures(sources=str(site_sources), warehouse=str(warehouse_file))
    assert summary["status"] == "completed" and summary["failed_sources"] == []
    found = figures_by_source(warehouse_file)
    for source, expected in EXPECTED.items():
        loose = LOOSE.get(source, set())
        got = {f for f in found.get(source, set()) if f[:3] not in loose}
        assert got == expected, source
        assert {f[:3] for f in found.get(source, set())} >= loose
    # provenance: every observation keeps its evidence, offsets into the stored text, and document hash
    rows = query(
        warehouse_file,
        """SELECT o.evidence, o.number_text, substr(d.text, o.start_offset + 1, o.end_offset - o.start_offset),
                  o.extractor_version, o.published
           FROM observations o JOIN documents d USING (content_hash)""",
    )
    assert rows and all(number in evidence and number == in_text for evidence, number, in_text, _, _ in rows)
    assert all(version for *_, version, _ in rows)
    [[published]] = query(
        warehouse_file,
        "SELECT DISTINCT published FROM observations WHERE source_id = 'wire-2023-02-02-nearly-700'",
    )
    assert published == date(2023, 2, 2)
    latest = dict(query(warehouse_file, "SELECT metric, value FROM latest_figures"))
    assert latest["children_separated_identified"] == 3924
    assert latest["children_remaining_to_reunify"] == 998


def test_a_second_run_over_unchanged_pages_adds_no_observations(site_sources, warehouse_file):
    first = track_figures(sources=str(site_sources), warehouse=str(warehouse_file))
    observations = query(warehouse_file, "SELECT count(*) FROM observations")[0][0]
    second = track_figures(sources=str(site_sources), warehouse=str(warehouse_file))
    assert first["observations_added"] == observations > 0
    assert second["observations_added"] == 0
    assert query(warehouse_file, "SELECT count(*) FROM observations")[0][0] == observations
    assert query(warehouse_file, "SELECT count(*) FROM runs")[0][0] == 2
    statuses = query(warehouse_file, "SELECT status, count(*) FROM fetches GROUP BY ALL ORDER BY 1")
    assert statuses == [("not_modified", 5), ("ok", 5)]  # the second run asked with the stored ETag
    assert query(warehouse_file, "SELECT count(*) FROM documents")[0][0] == 5


@pytest.fixture
def bad_server():
    """A server whose pages fail in the three usual ways; threaded, so a slow answer delays nobody else."""
    from pytest_httpserver import HTTPServer

    httpserver = HTTPServer(host="127.0.0.1", threaded=True)
    httpserver.start()
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/error").respond_with_data("down", status=500)

    def slow(request):
        import time

        time.sleep(3)
        return Response("<p>late</p>", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)

    def huge(request):
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        return Response(iter([chunk] * 330), content_type="text/html")  # about 20 MB

    httpserver.expect_request("/huge").respond_with_handler(huge)
    yield httpserver
    httpserver.clear()
    httpserver.stop()


def test_failing_sources_fail_alone_and_are_recorded(site_sources, bad_server, warehouse_file):
    extra = "".join(
        f'\n[[source]]\nid = "{name}"\nkind = "news"\npublisher = "Broken"\nurl = "{bad_server.url_for("/" + name)}"\n'
        for name in ("error", "slow", "huge")
    )
    site_sources.write_text(site_sources.read_text() + extra)
    summary = track_figures(sources=str(site_sources), warehouse=str(warehouse_file))
    assert summary["status"] == "partial"
    assert sorted(summary["failed_sources"]) == ["error", "huge", "slow"]
    errors = dict(query(warehouse_file, "SELECT source_id, error FROM fetches WHERE status = 'error'"))
    assert errors["error"] == "HTTP 500 INTERNAL SERVER ERROR"
    assert errors["slow"].startswith("timed out")
    assert "byte limit" in errors["huge"]
    loaded = {row[0] for row in query(warehouse_file, "SELECT DISTINCT source_id FROM observations")}
    assert loaded == set(EXPECTED)


IMPOSSIBLE = """<html><head><title>Fixture: a garbled update</title></head><body><main>
<h1>Task force update</h1>
<p>As of March 1, 2023, the Task Force had identified 3,900 children who were separated from their parents.</p>
<p>As of March 1, 2023, 4,000 children have been reunified with their families.</p>
<p>As of March 1, 2023, 148 children are in the process of reunification.</p>
</main></body></html>"""


def test_impossible_figures_land_in_quarantine_with_their_reason(httpserver, tmp_path, warehouse_file):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/update").respond_with_data(IMPOSSIBLE, content_type="text/html")
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nid = "garbled"\nkind = "official"\npublisher = "DHS"\nurl = "{httpserver.url_for("/update")}"\n'
    )
    summary = track_figures(sources=str(sources), warehouse=str(warehouse_file), strict=False)
    assert summary["quarantined"] == 2
    rows = query(warehouse_file, "SELECT metric, value, check_name, reason FROM quarantine ORDER BY metric")
    assert [(m, v, c) for m, v, c, _ in rows] == [
        ("children_reunified_total", 4000, "reunified_within_identified"),
        ("children_separated_identified", 3900, "reunified_within_identified"),
    ]
    assert all("children_reunified_total=4000" in reason for *_, reason in rows)
    assert query(warehouse_file, "SELECT metric, value FROM observations") == [
        ("children_reunification_in_process", 148)
    ]
    # a later run over the same page keeps the quarantine as it was
    track_figures(sources=str(sources), warehouse=str(warehouse_file))
    assert query(warehouse_file, "SELECT count(*) FROM quarantine")[0][0] == 2
    # strict: the run fails, and what it found is still loaded (nothing lost)
    strict_warehouse = tmp_path / "strict" / "warehouse.duckdb"
    with pytest.raises(StrictValidationError, match="strict: 2 error-level check failure"):
        track_figures(sources=str(sources), warehouse=str(strict_warehouse), strict=True)
    assert query(strict_warehouse, "SELECT count(*) FROM quarantine")[0][0] == 2
    assert query(strict_warehouse, "SELECT count(*) FROM observations")[0][0] == 1
    assert query(strict_warehouse, "SELECT status, message FROM runs") == [
        ("failed", "strict: 2 error-level check failure(s)")
    ]


def test_a_source_that_stops_yielding_figures_raises_one_alert(tmp_path, warehouse_file):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    with SiteServer(site) as server:
        sources = write_sources(site / "sources.toml.in", server.base_url, tmp_path / "sources.toml")
        track_figures(sources=str(sources), warehouse=str(warehouse_file))
        page = site / "family-reunification-task-force.html"
        page.write_text(
            "<html><body><main><h1>We are updating this page.</h1><p>Check back soon.</p></main></body></html>"
        )
        summary = track_figures(sources=str(sources), warehouse=str(warehouse_file))
        track_figures(sources=str(sources), warehouse=str(warehouse_file))  # unchanged since: no new alert
    assert [a["source_id"] for a in summary["alerts"]] == ["dhs-task-force"]
    alerts = query(warehouse_file, "SELECT source_id, kind FROM alerts")
    assert alerts == [("dhs-task-force", "no_figures")]
    # earlier figures are kept: history is append-only
    assert (
        query(warehouse_file, "SELECT count(*) FROM observations WHERE source_id = 'dhs-task-force'")[0][0]
        > 0
    )


def test_the_artifact_reports_counts_and_latest_figures(site_sources, warehouse_file):
    from prefect.client.orchestration import get_client

    track_figures(sources=str(site_sources), warehouse=str(warehouse_file))
    with get_client(sync_client=True) as client:
        artifact = client.read_latest_artifacts(limit=50)
    [markdown] = [a.data for a in artifact if a.key == "track-figures-run"]
    assert "## Latest figures" in markdown and "children_separated_identified" in markdown
    assert "| dhs-task-force | fetched |" in markdown


def test_the_warehouse_defaults_to_the_environment_variable(site_sources, tmp_path, monkeypatch):
    target = tmp_path / "env" / "w.duckdb"
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(target))
    track_figures(sources=str(site_sources))
    assert Path(target).exists() and query(target, "SELECT count(*) FROM observations")[0][0] > 0
