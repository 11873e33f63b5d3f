"""The warehouse as analysts and the schedule use it: views, idempotence, locks, crashes, upgrades."""

import subprocess
import sys
import textwrap
import time
from datetime import datetime

import duckdb
import pandas as pd
import pytest
from conftest import query

from warehouse import RunBatch, connect, write_run
from warehouse.db import migrate, migrations, schema_version
from warehouse.load import load_batch, pending_dir
from warehouse.publish import published_copy
from warehouse.rows import figure_key


def observation(run, source, kind, metric, value, as_of, loaded, doc=None, qualifier="exact", published=None):
    doc = doc or f"{source}-{as_of}"
    return {
        "observation_id": figure_key(source, doc, "1.0", metric, float(value), qualifier, 0),
        "run_id": run,
        "source_id": source,
        "source_kind": kind,
        "publisher": source.upper(),
        "url": f"https://example.org/{doc}",
        "metric": metric,
        "value": float(value),
        "qualifier": qualifier,
        "unit": "children",
        "as_of": pd.Timestamp(as_of) if as_of else pd.NaT,
        "published": pd.Timestamp(published) if published else pd.NaT,
        "evidence": f"The figure was {value:,}.",
        "number_text": f"{value:,}",
        "start_offset": 15,
        "end_offset": 15 + len(f"{value:,}"),
        "content_hash": doc,
        "extractor_version": "1.0",
        "fetched_at": pd.Timestamp(loaded),
        "loaded_at": pd.Timestamp(loaded),
    }


def run_batch(run, loaded, rows, sources=("dhs", "wire")):
    fetches = pd.DataFrame(
        [
            {
                "run_id": run,
                "source_id": s,
                "url": f"https://example.org/{s}",
                "fetched_at": pd.Timestamp(loaded),
                "status": "ok",
                "content_hash": f"{s}-{run}",
                "bytes": 100,
            }
            for s in sources
        ]  # fmt: skip
    )
    runs = pd.DataFrame(
        [
            {
                "run_id": run,
                "started_at": pd.Timestamp(loaded),
                "finished_at": pd.Timestamp(loaded),
                "status": "completed",
            }
        ]
    )
    return RunBatch(runs=runs, fetches=fetches, observations=pd.DataFrame(rows))


IDENTIFIED = "children_separated_identified"
REMAINING = "children_remaining_to_reunify"

# three snapshots of the official figures, and a wire story disagreeing with the third
SNAPSHOTS = [
    ("r1", "2026-01-01 08:00", [observation("r1", "dhs", "official", IDENTIFIED, 3913, "2021-06-02", "2026-01-01 08:00"),
                                observation("r1", "dhs", "official", REMAINING, 2127, "2021-06-02", "2026-01-01 08:00")]),
    ("r2", "2026-01-02 08:00", [observation("r2", "dhs", "official", IDENTIFIED, 3913, "2021-06-02", "2026-01-02 08:00",
                                            doc="dhs-again"),
                                observation("r2", "dhs", "official", REMAINING, 1000, "2022-08-01", "2026-01-02 08:00")]),
    ("r3", "2026-01-03 08:00", [observation("r3", "dhs", "official", IDENTIFIED, 3924, "2023-02-01", "2026-01-03 08:00"),
                                observation("r3", "dhs", "official", REMAINING, 998, "2023-02-01", "2026-01-03 08:00"),
                                observation("r3", "wire", "news", IDENTIFIED, 3881, None, "2026-01-03 08:00",
                                            published="2023-02-02")]),
]  # fmt: skip


@pytest.fixture
def history_warehouse(tmp_path):
    path = tmp_path / "data" / "warehouse.duckdb"
    for run, loaded, rows in SNAPSHOTS:
        outcome = write_run(path, run_batch(run, loaded, rows), run)
        assert outcome.status == "loaded"
    return path


def test_latest_figures_gives_the_newest_official_value_beside_the_newest_news_value(history_warehouse):
    latest = {r[0]: r[1:] for r in query(
        history_warehouse,
        "SELECT metric, value, as_of, source_id, news_value, news_source_id, news_date FROM latest_figures",
    )}  # fmt: skip
    assert latest[IDENTIFIED] == (
        3924,
        datetime(2023, 2, 1).date(),
        "dhs",
        3881,
        "wire",
        datetime(2023, 2, 2).date(),
    )
    assert latest[REMAINING][:3] == (998, datetime(2023, 2, 1).date(), "dhs")
    assert latest[REMAINING][3] is None


def test_metric_history_is_the_trend_per_source(history_warehouse):
    trend = query(
        history_warehouse,
        "SELECT date, value, source_id FROM metric_history WHERE metric = ? ORDER BY date, source_id",
        [IDENTIFIED],
    )
    assert [(str(d), v, s) for d, v, s in trend] == [
        ("2021-06-02", 3913, "dhs"),  # stated twice (two documents), one point of the trend
        ("2023-02-01", 3924, "dhs"),
        ("2023-02-02", 3881, "wire"),
    ]


def test_source_disagreements_pairs_different_values_within_three_days(history_warehouse):
    found = query(
        history_warehouse, "SELECT metric, source_a, value_a, source_b, value_b FROM source_disagreements"
    )
    assert found == [(IDENTIFIED, "dhs", 3924, "wire", 3881)]


def test_source_freshness_tells_when_each_source_was_fetched_and_yielded(history_warehouse):
    fresh = {r[0]: r[1:] for r in query(
        history_warehouse, "SELECT source_id, last_fetched_at, last_figures_at, observations, last_error FROM source_freshness"
    )}  # fmt: skip
    assert fresh["dhs"] == (datetime(2026, 1, 3, 8), datetime(2026, 1, 3, 8), 6, None)
    assert fresh["wire"][2] == 1


def test_figures_as_known_at_answers_for_a_past_moment(history_warehouse):
    def known(ts):
        return dict(query(history_warehouse, "SELECT metric, value FROM figures_as_known_at(?)", [ts]))

    assert known("2025-12-31") == {}
    assert known("2026-01-01 12:00") == {IDENTIFIED: 3913, REMAINING: 2127}
    assert known("2026-01-02 12:00") == {IDENTIFIED: 3913, REMAINING: 1000}
    assert known("2026-01-03 12:00") == {IDENTIFIED: 3924, REMAINING: 998}


def test_reloading_the_same_rows_adds_nothing(history_warehouse):
    before = query(history_warehouse, "SELECT count(*) FROM observations")[0][0]
    run, loaded, obs = SNAPSHOTS[2]
    outcome = write_run(history_warehouse, run_batch(run, loaded, obs), run)
    assert outcome.inserted["observations"] == 0 and outcome.inserted["runs"] == 0
    assert query(history_warehouse, "SELECT count(*) FROM observations")[0][0] == before == 7


def test_readers_use_the_published_copy_while_the_live_file_is_locked(history_warehouse):
    with hold_lock(history_warehouse):
        with pytest.raises(duckdb.IOException):
            duckdb.connect(str(history_warehouse), read_only=True)
        con = duckdb.connect(str(published_copy(history_warehouse)), read_only=True)
        assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == 7
        con.close()
    parquet = published_copy(history_warehouse).parent / "parquet" / "latest_figures.parquet"
    assert len(pd.read_parquet(parquet)) == 2


class hold_lock:
    """Another process holding the warehouse open for writing, like an analyst's notebook."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        code = f"import duckdb, sys, time; c = duckdb.connect({str(self.path)!r}); print('ready', flush=True); time.sleep(60)"
        self.process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"
        return self

    def __exit__(self, *exc):
        self.process.kill()
        self.process.wait()


def test_a_held_lock_stages_the_run_and_the_next_run_loads_it_first(history_warehouse):
    staged_rows = [observation("r4", "dhs", "official", IDENTIFIED, 3930, "2023-03-01", "2026-01-04 08:00")]
    with hold_lock(history_warehouse):
        started = time.monotonic()
        outcome = write_run(
            history_warehouse, run_batch("r4", "2026-01-04 08:00", staged_rows), "r4", lock_timeout=1
        )
        assert time.monotonic() - started < 10
    assert outcome.status == "staged"
    assert (pending_dir(history_warehouse) / "r4" / "observations.parquet").exists()
    assert query(history_warehouse, "SELECT count(*) FROM observations")[0][0] == 7  # nothing written yet

    later = [observation("r5", "dhs", "official", REMAINING, 990, "2023-03-01", "2026-01-05 08:00")]
    outcome = write_run(history_warehouse, run_batch("r5", "2026-01-05 08:00", later), "r5")
    assert outcome.status == "loaded" and outcome.pending_loaded == ["r4"]
    assert not (pending_dir(history_warehouse) / "r4").exists()
    assert query(history_warehouse, "SELECT run_id FROM runs ORDER BY run_id") == [
        (r,) for r in ("r1", "r2", "r3", "r4", "r5")
    ]
    assert query(history_warehouse, "SELECT count(*) FROM observations")[0][0] == 9


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    import pandas as pd
    import warehouse.load as load
    from warehouse import RunBatch, connect

    def stall(con, batch):  # runs inside the transaction, just before COMMIT
        print("inside the transaction", flush=True)
        time.sleep(60)

    load._resolve_alerts = stall
    frame = pd.read_parquet(sys.argv[2])
    con = connect(sys.argv[1])
    load.load_batch(con, RunBatch(observations=frame, runs=pd.DataFrame([{"run_id": "killed", "status": "completed"}])))
    """
)


def test_a_writer_killed_mid_load_leaves_the_warehouse_as_it_was(history_warehouse, tmp_path):
    big = pd.DataFrame(
        [
            observation(
                "killed",
                "dhs",
                "official",
                IDENTIFIED,
                4000 + i,
                "2023-04-01",
                "2026-01-06 08:00",
                doc=f"k{i}",
            )
            for i in range(2000)
        ]  # fmt: skip
    )
    big.to_parquet(tmp_path / "big.parquet")
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(history_warehouse), str(tmp_path / "big.parquet")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "inside the transaction"
    process.kill()
    process.wait()
    assert query(history_warehouse, "SELECT count(*) FROM observations")[0][0] == 7
    assert query(history_warehouse, "SELECT count(*) FROM runs WHERE run_id = 'killed'")[0][0] == 0
    later = [observation("r6", "dhs", "official", REMAINING, 990, "2023-03-01", "2026-01-07 08:00")]
    assert write_run(history_warehouse, run_batch("r6", "2026-01-07 08:00", later), "r6").status == "loaded"
    assert query(history_warehouse, "SELECT count(*) FROM observations")[0][0] == 8


def test_a_warehouse_of_the_previous_schema_version_upgrades_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    latest = migrations()[-1][0]
    assert migrate(con, target=latest - 1) == latest - 1
    load_batch(con, run_batch("old", "2025-06-01 08:00", [SNAPSHOTS[0][2][0]]))
    con.close()

    con = connect(path)  # a writable open brings the schema up to date
    assert schema_version(con) == latest
    assert con.execute("SELECT value FROM observations").fetchall() == [(3913,)]
    assert con.execute("SELECT metric, value FROM latest_figures").fetchall() == [(IDENTIFIED, 3913)]
    applied = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert applied == [(v,) for v, _, _ in migrations()]
    con.close()
    con = connect(path)  # and a second open applies nothing again
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(migrations())
    con.close()


def storage_version(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(
            "SELECT tags['storage_version'] FROM duckdb_databases() WHERE path = ?", [str(path)]
        ).fetchone()[0]
    finally:
        con.close()


def test_files_stay_readable_by_duckdb_1_5_clients(history_warehouse):
    # written with storage_compatibility_version v1.5.0, kept so across re-opens, and copied as is when published
    assert storage_version(history_warehouse) == "v1.5.0+"
    assert storage_version(published_copy(history_warehouse)) == "v1.5.0+"
    default = history_warehouse.parent / "default.duckdb"
    duckdb.connect(str(default)).close()
    assert storage_version(default) != "v1.5.0+"  # what a plain connect would have written


def test_a_rounded_or_bounded_restatement_is_not_a_disagreement(history_warehouse):
    restated = [
        observation(
            "r7", "paper", "news", REMAINING, 1000, "2023-02-01", "2026-01-08 08:00", qualifier="approximate"
        ),
        observation(
            "r7", "paper", "news", IDENTIFIED, 3900, "2023-02-01", "2026-01-08 08:00", qualifier="at_least"
        ),
    ]
    write_run(history_warehouse, run_batch("r7", "2026-01-08 08:00", restated, sources=("paper",)), "r7")
    found = query(
        history_warehouse,
        "SELECT source_a, value_a, source_b, value_b FROM source_disagreements ORDER BY ALL",
    )
    # 998 vs "nearly 1,000" agree; "more than 3,900" contradicts the wire's 3,881
    assert found == [("dhs", 3924, "wire", 3881), ("paper", 3900, "wire", 3881)]
