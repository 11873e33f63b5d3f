"""Reports: the HTML page of `tracker report` (checked in a real headless browser), the run's artifacts
and events.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from test_warehouse import SNAPSHOTS, run_batch

from report.artifacts import stage_markdown, table_records, trend_markdown
from report.events import FIGURE_NEW, SOURCE_BROKEN, breakage_events, figure_events
from report.html import render_report
from report.summary import RunSummary, SourceLine
from tracker.cli import main
from warehouse import write_run

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)


@pytest.fixture
def published(tmp_path):
    """A warehouse with three official snapshots, a news story disagreeing, and a source whose last fetch failed."""
    path = tmp_path / "data" / "warehouse.duckdb"
    for run, loaded, rows in SNAPSHOTS:
        write_run(path, run_batch(run, loaded, rows), run)
    broken = run_batch("r4", "2026-01-04 08:00", [], sources=("dhs",))
    broken.fetches = pd.concat(
        [
            broken.fetches,
            pd.DataFrame(
                [
                    {
                        "run_id": "r4",
                        "source_id": "wire",
                        "url": "https://example.org/wire",
                        "fetched_at": pd.Timestamp("2026-01-04 08:00"),
                        "status": "error",
                        "error": "HTTP 503 SERVICE UNAVAILABLE",
                    }
                ]  # fmt: skip
            ),
        ]
    )
    write_run(path, broken, "r4")
    return path


def test_the_report_is_one_self_contained_page(published, tmp_path, capsys):
    out = tmp_path / "out" / "report.html"
    assert main(["report", "--out", str(out), "--warehouse", str(published)]) == 0
    page = out.read_text()
    assert "report written to" in capsys.readouterr().out
    # nothing to fetch: inline CSS, the chart as a data: PNG, no external scripts, styles or images
    assert "<style>" in page and not re.search(r'(src|href)="(?!data:)', page)
    [chart] = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert base64.b64decode(chart).startswith(b"\x89PNG")
    for heading in ("Trend", "Latest figures", "Source disagreements", "Source health"):
        assert f"<h2>{heading}</h2>" in page
    assert "3,924" in page and "998" in page  # the latest official figures
    assert "3,881" in page  # the wire story disagreeing with the fact sheet
    assert "HTTP 503 SERVICE UNAVAILABLE" in page and '<tr class="bad">' in page
    assert "1 source(s) failed on their last fetch" in page
    assert str(published.parent / "published" / "warehouse.duckdb") in page  # it read the published copy


def test_the_report_on_a_missing_warehouse_says_so(tmp_path, capsys):
    assert (
        main(["report", "--out", str(tmp_path / "r.html"), "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    )
    assert "no published warehouse" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_an_empty_warehouse_still_renders(tmp_path):
    empty = pd.DataFrame(columns=["metric", "date", "value", "source_kind"])
    page = render_report(
        pd.DataFrame(),
        empty,
        pd.DataFrame(),
        pd.DataFrame(columns=["last_status"]),
        generated_at=datetime(2026, 1, 1, tzinfo=UTC),
        warehouse="w.duckdb",
    )
    assert page.count('<p class="none">none</p>') == 3
    assert "every source answered" in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_the_report_renders_in_a_headless_browser(published, tmp_path):
    from PIL import Image

    out = tmp_path / "report.html"
    assert main(["report", "--out", str(out), "--warehouse", str(published)]) == 0
    screenshot = tmp_path / "report.png"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium'}", f"--screenshot={screenshot}", "--window-size=1200,1600",
         out.as_uri()],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert screenshot.exists(), result.stderr
    image = Image.open(screenshot).convert("RGB")
    assert image.size == (1200, 1600)
    # the chart drew: its line colours (matplotlib's C0 blue, C3 red) are on screen, not just text
    colours = image.getcolors(maxcolors=1 << 24)
    assert sum(n for n, (r, g, b) in colours if b > 150 and r < 80) > 200
    assert sum(n for n, (r, g, b) in colours if r > 180 and g < 60 and b < 60) > 200


def test_artifact_tables_are_json_safe_and_the_chart_is_inline():
    latest = pd.DataFrame(
        {
            "metric": ["children_separated_identified"],
            "value": [3924.0],
            "as_of": [date(2023, 2, 1)],
            "news_value": [float("nan")],
            "news_date": [pd.NaT],
        }  # fmt: skip
    )
    assert table_records(latest) == [
        {
            "metric": "children_separated_identified",
            "value": 3924.0,
            "as_of": "2023-02-01",
            "news_value": None,
            "news_date": None,
        }  # fmt: skip
    ]
    history = pd.DataFrame(
        {
            "metric": ["children_separated_identified"] * 2,
            "date": [date(2021, 6, 2), date(2023, 2, 1)],
            "value": [3913.0, 3924.0],
            "source_kind": ["official", "official"],
        }  # fmt: skip
    )
    assert "](data:image/png;base64,iVBOR" in trend_markdown(history)


def _summary() -> RunSummary:
    return RunSummary(
        run_id="r1",
        status="partial",
        warehouse="w.duckdb",
        sources=[
            SourceLine("dhs", "fetched", 200, 5),
            SourceLine("wire", "failed", 503, 0, "HTTP 503"),
            SourceLine("gao", "unchanged", 304, 0),
        ],
        figures_extracted=5,
        observations_added=4,
        quarantined=1,
        alerts=[
            {
                "source_id": "dhs-old",
                "kind": "no_figures",
                "message": "dhs-old: new content yielded no figures",
            }
        ],
    )


def test_the_run_summary_counts_each_stage():
    text = stage_markdown(_summary())
    assert "| fetch | 3 sources: 1 fetched, 1 unchanged, 1 failed |" in text
    assert "| load | 4 observations added (loaded) |" in text


def test_events_name_the_new_figure_and_the_broken_source():
    new = pd.DataFrame(
        [
            {
                "metric": "children_separated_identified",
                "value": 3924.0,
                "as_of": date(2023, 2, 1),
                "source_id": "dhs-fact-sheet",
                "evidence": "3,924 children",
            }
        ]  # fmt: skip
    )
    [figure] = figure_events(new)
    assert figure["event"] == FIGURE_NEW
    assert figure["resource"]["prefect.resource.id"] == "tracker.metric.children_separated_identified"
    assert figure["payload"]["as_of"] == "2023-02-01" and figure["payload"]["value"] == 3924.0
    assert figure["related"] == [
        {"prefect.resource.id": "tracker.source.dhs-fact-sheet", "prefect.resource.role": "source"}
    ]
    broken = breakage_events(_summary())
    assert [(e["event"], e["resource"]["prefect.resource.id"], e["payload"]["reason"]) for e in broken] == [
        (SOURCE_BROKEN, "tracker.source.wire", "failed"),
        (SOURCE_BROKEN, "tracker.source.dhs-old", "no_figures"),
    ]
