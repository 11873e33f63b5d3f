"""Warehouse benchmark: append 1,000,000 observations, then query the analysts' views over 10,000,000 rows.

Side by side in the same run: the tracker's load path (one transaction, idempotent anti-join on
observation_id) and DuckDB's own bulk insert of the same Arrow table (the floor).

    .venv/bin/python bench/bench_warehouse.py [--rows 1000000] [--total 10000000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from warehouse import RunBatch, connect
from warehouse.load import load_batch

METRICS = [
    "children_separated_identified",
    "children_reunified_total",
    "children_reunified_by_task_force",
    "children_remaining_to_reunify",
    "children_reunification_in_process",
    "families_registered",
]


def observations(n: int, seed: int, offset: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ids = np.arange(offset, offset + n)
    as_of = pd.Timestamp("2021-02-01") + pd.to_timedelta(rng.integers(0, 1800, n), unit="D")
    loaded = pd.Timestamp("2026-01-01") + pd.to_timedelta(ids // 1000, unit="min")
    value = rng.integers(0, 5000, n).astype(float)
    return pd.DataFrame(
        {
            "observation_id": pd.Series(ids).map("{:024x}".format),
            "run_id": pd.Series(ids // 100_000).map("run-{}".format),
            "source_id": pd.Series(rng.integers(0, 40, n)).map("source-{}".format),
            "source_kind": np.where(rng.random(n) < 0.5, "official", "news"),
            "publisher": "Publisher",
            "url": "https://example.org/page",
            "metric": np.array(METRICS)[rng.integers(0, len(METRICS), n)],
            "value": value,
            "qualifier": "exact",
            "unit": "children",
            "as_of": as_of,
            "published": as_of,
            "evidence": "As of the date, the task force had identified that many children.",
            "number_text": "3,924",
            "start_offset": 10,
            "end_offset": 15,
            "content_hash": pd.Series(ids // 20).map("{:064x}".format),
            "extractor_version": "1.0.0",
            "fetched_at": loaded,
            "loaded_at": loaded,
        }
    )


def timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    print(f"  {label:<58} {elapsed:8.2f} s")
    return result, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--total", type=int, default=10_000_000)
    args = parser.parse_args()
    base = args.total - args.rows
    with tempfile.TemporaryDirectory() as tmp:
        ours, floor = Path(tmp) / "tracker.duckdb", Path(tmp) / "floor.duckdb"
        print(f"preparing {base:,} existing rows in both files ...")
        existing = pa.Table.from_pandas(observations(base, seed=1, offset=0), preserve_index=False)
        for path in (ours, floor):
            con = connect(path)
            con.register("existing", existing)
            con.execute("INSERT INTO observations BY NAME SELECT * FROM existing")
            con.execute("CHECKPOINT")
            con.close()
        del existing
        batch = observations(args.rows, seed=2, offset=base)
        arrow = pa.Table.from_pandas(batch, preserve_index=False)
        print(f"append {args.rows:,} observations onto {base:,}:")
        con = connect(ours)
        inserted, t_ours = timed("tracker load_batch (one transaction, idempotent)", lambda: load_batch(
            con, RunBatch(observations=batch)))  # fmt: skip
        assert inserted["observations"] == args.rows
        con.close()
        raw = duckdb.connect(str(floor))
        raw.register("arrow", arrow)
        _, t_floor = timed("duckdb bulk INSERT from the same Arrow table (floor)", lambda: raw.execute(
            "INSERT INTO observations BY NAME SELECT * FROM arrow"))  # fmt: skip
        raw.close()
        print(f"  overhead of idempotence and the transaction: {t_ours / t_floor:.1f}x the floor")
        con = connect(ours)
        again, _ = timed(f"re-load the same {args.rows:,} rows (adds nothing)", lambda: load_batch(
            con, RunBatch(observations=batch)))  # fmt: skip
        assert again["observations"] == 0
        total = con.execute("SELECT count(*) FROM observations").fetchone()[0]
        print(f"query over {total:,} observations:")
        timed("latest_figures", lambda: con.execute("SELECT * FROM latest_figures").fetchall())
        timed("metric_history", lambda: con.execute("SELECT count(*) FROM metric_history").fetchall())
        timed("metric_history, one metric", lambda: con.execute(
            "SELECT * FROM metric_history WHERE metric = 'children_remaining_to_reunify'").fetchall())  # fmt: skip
        timed("figures_as_known_at(2026-01-02)", lambda: con.execute(
            "SELECT * FROM figures_as_known_at(TIMESTAMP '2026-01-02')").fetchall())  # fmt: skip
        # source_disagreements is left out: on random values every metric disagrees with itself on every day
        con.close()


if __name__ == "__main__":
    main()
