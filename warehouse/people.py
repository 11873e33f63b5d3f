"""What people do to the warehouse by hand: look at quarantine, release a checked figure, read source health."""

from __future__ import annotations

import getpass
from pathlib import Path

import pandas as pd

from warehouse.db import connect, utcnow
from warehouse.publish import publish

QUARANTINE_COLUMNS = (
    "quarantine_id, run_id, source_id, metric, value, qualifier, unit, as_of, check_name, severity, reason, "
    "evidence, url, created_at, released_at, released_by, release_note"
)


class NotInQuarantine(LookupError):
    """No quarantined figure has that id, or it was released already."""


def list_quarantine(con, include_released: bool = False) -> pd.DataFrame:
    where = "" if include_released else "WHERE released_at IS NULL"
    return con.execute(
        f"SELECT {QUARANTINE_COLUMNS} FROM quarantine {where} ORDER BY created_at, quarantine_id"
    ).df()


def release(
    warehouse: Path, quarantine_id: str, note: str, by: str | None = None, lock_timeout: float = 30.0
) -> dict:
    """Move a quarantined figure a person has checked into observations, recording who and why.

    The quarantine row stays (with released_at/by/note filled in); the observation records
    ``released_from`` so the release can always be traced. One transaction; the published copy is refreshed.

    Raises:
        NotInQuarantine: no unreleased quarantined figure has this id.
    """
    if not note or not note.strip():
        raise ValueError("a release needs a note saying why the figure is right")
    by = by or getpass.getuser()
    con = connect(warehouse, lock_timeout=lock_timeout)
    try:
        row = con.execute(
            "SELECT * FROM quarantine WHERE quarantine_id = ? AND released_at IS NULL", [quarantine_id]
        ).df()
        if row.empty:
            raise NotInQuarantine(f"no unreleased quarantined figure with id {quarantine_id!r}")
        now = utcnow()
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                """
                INSERT INTO observations BY NAME
                SELECT substr(quarantine_id, 2) AS observation_id, run_id, source_id, source_kind, publisher, url,
                       metric, value, qualifier, unit, as_of, published, evidence, number_text, start_offset,
                       end_offset, page, content_hash, extractor_version, fetched_at,
                       ? AS loaded_at, quarantine_id AS released_from
                FROM quarantine WHERE quarantine_id = ?
                """,
                [now, quarantine_id],
            )
            con.execute(
                "UPDATE quarantine SET released_at = ?, released_by = ?, release_note = ? WHERE quarantine_id = ?",
                [now, by, note.strip(), quarantine_id],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        publish(con, warehouse)
    finally:
        con.close()
    released = row.iloc[0]
    return {
        "quarantine_id": quarantine_id,
        "metric": released["metric"],
        "value": released["value"],
        "by": by,
    }


def source_status(con) -> pd.DataFrame:
    """Per source: last fetch, last change, last figures, open alerts (and the latest alert message)."""
    return con.execute(
        """
        SELECT f.source_id, f.last_fetched_at, f.last_status, f.last_changed_at, f.last_figures_at,
               f.observations, f.open_alerts,
               (SELECT arg_max(message, created_at) FROM alerts a
                 WHERE a.source_id = f.source_id AND a.resolved_at IS NULL) AS open_alert,
               f.last_error
        FROM source_freshness f ORDER BY f.source_id
        """
    ).df()
