"""Re-extraction over the raw archive, offline: a bumped extractor version adds observations, the views
switch to them, and the older rows stay."""

import dataclasses
from pathlib import Path

import pandas as pd
import pytest
from conftest import query

import flows.steps as steps
from extract import EXTRACTOR_VERSION
from fetch import Fetcher, RawArchive
from flows.reextract import reextract
from flows.steps import load_outcomes, process_source
from tracker.cli import main
from tracker.registry import Source
from tracker.settings import FetchSettings
from warehouse.db import utcnow

pytestmark = pytest.mark.usefixtures("prefect_harness")

FIXTURES = Path(__file__).parent / "fixtures" / "wayback"
NEW_VERSION = "99.0.0-test"


@pytest.fixture
def loaded(httpserver, warehouse_file, tmp_path):
    """One official page fetched, archived and loaded by the shared step, as a daily run does."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/task-force").respond_with_data(
        (FIXTURES / "task-force-2023-02-03.html").read_bytes(), content_type="text/html; charset=utf-8"
    )
    source = Source(
        id="dhs-task-force", kind="official", publisher="DHS", url=httpserver.url_for("/task-force")
    )
    registry = tmp_path / "sources.toml"
    registry.write_text(
        f'[[source]]\nid = "{source.id}"\nkind = "official"\npublisher = "DHS"\nurl = "{source.url}"\n'
    )
    fetcher = Fetcher(FetchSettings(min_host_delay=0), archive=RawArchive.beside(warehouse_file))
    outcome = process_source(source, fetcher, None, set())
    load_outcomes(
        [outcome],
        run_id="r1",
        started_at=utcnow(),
        warehouse=warehouse_file,
        history=pd.DataFrame(),
        flow_name="test",
    )
    httpserver.clear()  # from here on, nothing may be fetched
    return registry


def fixed_extractor(document):
    """Stands in for a new extractor that reads one figure differently."""
    figures = steps_extract_figures(document)
    return [dataclasses.replace(f, value=997) if f.value == 998 else f for f in figures]


steps_extract_figures = steps.extract_figures


def test_a_new_extractor_version_adds_observations_and_the_views_follow_it(
    loaded, warehouse_file, monkeypatch
):
    before = query(warehouse_file, "SELECT count(*) FROM observations")[0][0]
    assert before == 3
    assert query(warehouse_file, "SELECT raw_path FROM documents")[0][0].endswith(".gz")

    unchanged = reextract(warehouse=str(warehouse_file), registry=str(loaded))
    assert unchanged["documents"] == 0  # the current version already read everything

    monkeypatch.setattr(steps, "EXTRACTOR_VERSION", NEW_VERSION)
    monkeypatch.setattr(steps, "extract_figures", fixed_extractor)
    result = reextract(warehouse=str(warehouse_file), registry=str(loaded))
    assert result == {
        "status": "completed", "extractor_version": NEW_VERSION, "documents": 1, "observations_added": 3,
        "quarantined": 0, "failed": {}, "run_id": result["run_id"],
    }  # fmt: skip
    # nothing deleted: both versions' rows are there
    versions = query(
        warehouse_file, "SELECT extractor_version, count(*) FROM observations GROUP BY ALL ORDER BY 1"
    )
    assert versions == sorted([(EXTRACTOR_VERSION, 3), (NEW_VERSION, 3)])
    # the views read the newest version only
    assert query(warehouse_file, "SELECT DISTINCT extractor_version FROM current_observations") == [
        (NEW_VERSION,)
    ]
    latest = dict(query(warehouse_file, "SELECT metric, value FROM latest_figures"))
    assert latest["children_remaining_to_reunify"] == 997
    assert latest["children_separated_identified"] == 3924
    # provenance is the original fetch's: same document, same fetch time, no new fetch recorded
    assert query(
        warehouse_file, "SELECT count(DISTINCT content_hash), count(DISTINCT fetched_at) FROM observations"
    ) == [(1, 1)]
    assert query(warehouse_file, "SELECT count(*) FROM fetches") == [(1,)]
    assert query(
        warehouse_file, "SELECT flow_name, extractor_version FROM runs WHERE flow_name = 'reextract'"
    ) == [("reextract", NEW_VERSION)]
    # re-running is a no-op
    assert reextract(warehouse=str(warehouse_file), registry=str(loaded))["documents"] == 0


def test_a_missing_archived_body_fails_alone_and_dates_filter(loaded, warehouse_file, monkeypatch, capsys):
    monkeypatch.setattr(steps, "EXTRACTOR_VERSION", NEW_VERSION)
    today = utcnow().date()
    assert (
        reextract(warehouse=str(warehouse_file), since=(today + pd.Timedelta(days=1)).isoformat())[
            "documents"
        ]
        == 0
    )
    for body in (warehouse_file.parent / "raw").rglob("*.gz"):
        body.unlink()
    code = main(
        [
            "reextract",
            "--warehouse",
            str(warehouse_file),
            "--sources",
            str(loaded),
            "--until",
            today.isoformat(),
        ]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert "documents read: 1" in captured.out
    assert "dhs-task-force: not in the raw archive" in captured.err
    assert query(warehouse_file, "SELECT count(*) FROM observations") == [(3,)]
