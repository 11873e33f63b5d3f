"""The `tracker` commands as a user types them (subprocesses of the installed console script)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import SITE
from test_warehouse import IDENTIFIED, SNAPSHOTS, observation, run_batch

from tracker.devserver import write_sources
from warehouse import write_run

TRACKER = [str(Path(sys.executable).with_name("tracker"))]


def tracker(*args, cwd=None, env=None):
    return subprocess.run([*TRACKER, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture
def filled(tmp_path):
    """A warehouse with history, one quarantined figure and one open alert."""
    path = tmp_path / "data" / "warehouse.duckdb"
    for run, loaded, rows in SNAPSHOTS:
        write_run(path, run_batch(run, loaded, rows), run)
    bad = observation(
        "r9", "dhs", "official", "children_reunified_total", 4000, "2023-03-01", "2026-01-09 08:00"
    )
    quarantined = pd.DataFrame([bad]).drop(columns=["observation_id", "loaded_at"])
    quarantined["quarantine_id"] = "q" + bad["observation_id"]
    quarantined["check_name"] = "reunified_within_identified"
    quarantined["severity"] = "error"
    quarantined["reason"] = "children reunified are not more than children identified: 4000 of 3900"
    quarantined["created_at"] = pd.Timestamp("2026-01-09 08:00")
    alerts = pd.DataFrame([{"alert_id": "a1", "run_id": "r9", "source_id": "dhs", "kind": "no_figures",
                            "message": "dhs: new content yielded no figures", "created_at": pd.Timestamp("2026-01-09")}])  # fmt: skip
    batch = run_batch("r9", "2026-01-09 08:00", [])
    batch.quarantine, batch.alerts = quarantined, alerts
    write_run(path, batch, "r9")
    return path


def test_a_malformed_sources_file_is_refused_with_one_clear_line(tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nid = "a"\nkind = "blog"\npublisher = "X"\nurl = "https://example.org"\n')
    result = tracker("run", "--sources", str(bad), "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"tracker run: parameter 'sources': {bad}: source #1 (id 'a'): kind must be one of official, news, court, "
        "got 'blog'"
    )
    assert not (tmp_path / "w.duckdb").exists()


def test_a_warehouse_path_that_cannot_be_created_is_refused_before_fetching(tmp_path):
    (tmp_path / "a-file").write_text("")
    result = tracker("run", "--warehouse", str(tmp_path / "a-file" / "w.duckdb"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "parameter 'warehouse': cannot create" in result.stderr


def test_run_loads_what_it_can_and_exits_non_zero_naming_the_failed_source(site_server, tmp_path):
    sources = write_sources(SITE / "sources.toml.in", site_server.base_url, tmp_path / "sources.toml")
    sources.write_text(
        sources.read_text()
        + f'\n[[source]]\nid = "gone"\nkind = "news"\npublisher = "X"\nurl = "{site_server.base_url}/missing.html"\n'
    )
    warehouse = tmp_path / "w.duckdb"
    result = tracker("run", "--sources", str(sources), "--warehouse", str(warehouse))
    assert result.returncode == 1, result.stderr
    assert "tracker run: 1 source(s) failed: gone" in result.stderr
    assert "FAILED gone: HTTP 404 File not found" in result.stdout
    assert "Traceback" not in result.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(DISTINCT source_id) FROM observations").fetchone()[0] == 5
    con.close()


def test_quarantine_lists_reasons_and_release_moves_the_figure_with_who_and_why(filled):
    listed = tracker("quarantine", "--warehouse", str(filled), "--format", "json")
    assert listed.returncode == 0
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (row["metric"], row["value"], row["check_name"]) == (
        "children_reunified_total",
        4000,
        "reunified_within_identified",
    )

    released = tracker("quarantine", "release", row["quarantine_id"], "--note", "checked against the PDF",
                       "--by", "analyst", "--warehouse", str(filled))  # fmt: skip
    assert released.returncode == 0, released.stderr
    assert "children_reunified_total = 4000 (by analyst)" in released.stdout
    con = duckdb.connect(str(filled), read_only=True)
    assert con.execute(
        "SELECT value, released_from FROM observations WHERE released_from IS NOT NULL"
    ).fetchall() == [(4000, row["quarantine_id"])]
    assert con.execute("SELECT released_by, release_note FROM quarantine").fetchall() == [
        ("analyst", "checked against the PDF")
    ]
    con.close()
    assert tracker("quarantine", "--warehouse", str(filled)).stdout.strip() == "(no rows)"
    assert "analyst" in tracker("quarantine", "--all", "--warehouse", str(filled)).stdout
    again = tracker("quarantine", "release", row["quarantine_id"], "--note", "x", "--warehouse", str(filled))
    assert again.returncode == 2 and "no unreleased quarantined figure" in again.stderr


def test_status_shows_each_source_with_its_open_alerts(filled):
    result = tracker("status", "--warehouse", str(filled), "--format", "json")
    status = {r["source_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert status["dhs"]["open_alerts"] == 1
    assert status["dhs"]["open_alert"] == "dhs: new content yielded no figures"
    assert status["wire"]["open_alerts"] == 0
    assert "1 open alert(s)" in tracker("status", "--warehouse", str(filled)).stdout


def test_query_history_and_export_read_the_published_copy(filled, tmp_path):
    query = tracker("query", "SELECT metric, value FROM latest_figures ORDER BY metric", "--format", "csv",
                    "--warehouse", str(filled))  # fmt: skip
    assert query.stdout.splitlines() == [
        "metric,value",
        "children_remaining_to_reunify,998.0",
        "children_separated_identified,3924.0",
    ]
    chart = tmp_path / "trend.png"
    history = tracker(
        "history", IDENTIFIED, "--plot", str(chart), "--format", "csv", "--warehouse", str(filled)
    )
    assert [line.split(",")[1] for line in history.stdout.splitlines()[1:]] == ["3913.0", "3924.0", "3881.0"]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert tracker("history", "children_lost", "--warehouse", str(filled)).returncode == 2
    export = tracker("export", str(tmp_path / "out"), "--format", "csv", "--warehouse", str(filled))
    assert export.returncode == 0
    assert (tmp_path / "out" / "observations.csv").read_text().count("\n") == 8  # header + 7 rows
    bad = tracker("query", "SELECT nope FROM nowhere", "--warehouse", str(filled))
    assert bad.returncode == 2 and "nowhere" in bad.stderr


def test_commands_on_a_missing_warehouse_say_so(tmp_path):
    for command in (["status"], ["quarantine"], ["query", "SELECT 1"]):
        result = tracker(*command, "--warehouse", str(tmp_path / "none.duckdb"))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "none.duckdb" in result.stderr


def test_the_demo_prints_the_fixture_figures(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    result = tracker("demo", "--site", str(site), "--warehouse", str(tmp_path / "demo" / "w.duckdb"))
    assert result.returncode == 0, result.stderr
    assert "Latest figures" in result.stdout and "History:" in result.stdout
    assert "3924.0" in result.stdout and "3881.0" in result.stdout
