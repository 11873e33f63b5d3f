"""A run's rows for every table, loaded together in one transaction (or staged together as Parquet)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

# table -> the key that makes re-loading the same rows a no-op (None: append-only by run)
TABLE_KEYS: dict[str, tuple[str, ...] | None] = {
    "runs": ("run_id",),
    "fetches": ("run_id", "source_id", "url"),
    "documents": ("content_hash",),
    "extractions": ("source_id", "content_hash", "extractor_version"),
    "observations": ("observation_id",),
    "quarantine": ("quarantine_id",),
    "flags": ("observation_id", "check_name"),
    "alerts": ("alert_id",),
}


@dataclass
class RunBatch:
    """Everything one run writes, table by table. Tables load in field order."""

    runs: pd.DataFrame = field(default_factory=pd.DataFrame)
    fetches: pd.DataFrame = field(default_factory=pd.DataFrame)
    documents: pd.DataFrame = field(default_factory=pd.DataFrame)
    extractions: pd.DataFrame = field(default_factory=pd.DataFrame)
    observations: pd.DataFrame = field(default_factory=pd.DataFrame)
    quarantine: pd.DataFrame = field(default_factory=pd.DataFrame)
    flags: pd.DataFrame = field(default_factory=pd.DataFrame)
    alerts: pd.DataFrame = field(default_factory=pd.DataFrame)

    def tables(self) -> list[tuple[str, pd.DataFrame]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self)]

    def to_parquet(self, directory: Path) -> None:
        """Stage the batch as one Parquet file per non-empty table, atomically (a directory rename)."""
        partial = directory.with_name(directory.name + ".partial")
        partial.mkdir(parents=True, exist_ok=True)
        for name, frame in self.tables():
            if not frame.empty:
                frame.to_parquet(partial / f"{name}.parquet", index=False)
        partial.rename(directory)

    @classmethod
    def from_parquet(cls, directory: Path) -> RunBatch:
        tables = {}
        for f in fields(cls):
            path = directory / f"{f.name}.parquet"
            if path.exists():
                tables[f.name] = pd.read_parquet(path)
        return cls(**tables)
