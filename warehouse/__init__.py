"""The DuckDB warehouse: migrations, one-transaction loads, staging when locked, publishing for readers."""

from warehouse.batch import RunBatch
from warehouse.db import WarehouseLocked, connect, migrate
from warehouse.load import LoadOutcome, write_run
from warehouse.publish import published_copy
from warehouse.read import WarehouseState, read_state

__all__ = [
    "RunBatch",
    "WarehouseLocked",
    "connect",
    "migrate",
    "LoadOutcome",
    "write_run",
    "published_copy",
    "WarehouseState",
    "read_state",
]
