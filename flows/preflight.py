"""Checks a run makes before it fetches anything: its parameters, and whether a newer run supersedes it.

A run started from the Prefect UI carries whatever a person typed in the form. Prefect already rejects
wrong types (a string for ``strict``, a kind that is not official/news/court); these checks reject the
values a type cannot catch (a sources file that does not exist, a malformed registry, a warehouse that
cannot be created) with one message naming the parameter, before any request leaves the machine.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tracker.registry import KINDS, RegistryError, Source, load_sources
from tracker.settings import warehouse_path

# Tag Prefect's scheduler puts on the runs it creates from a deployment's schedules.
AUTO_SCHEDULED_TAG = "auto-scheduled"


class ParameterError(ValueError):
    """A flow parameter is unusable; the message names the parameter and what is wrong with it."""


@dataclass(frozen=True)
class RunPlan:
    """What a run will do, once its parameters passed the checks."""

    sources: list[Source]
    warehouse: Path


def _check_warehouse(path: Path) -> None:
    if path.is_dir():
        raise ParameterError(f"parameter 'warehouse': {path} is a directory, not a DuckDB file")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise ParameterError(f"parameter 'warehouse': {path} exists but is not readable and writable")
        return
    # The file will be created: the nearest existing ancestor must be a directory we may write into.
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise ParameterError(f"parameter 'warehouse': cannot create {path}: {ancestor} is not a directory")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise ParameterError(f"parameter 'warehouse': cannot create {path}: {ancestor} is not writable")


def check_parameters(
    sources: str,
    warehouse: str | None,
    kinds: list[str] | None,
    lock_timeout: float,
) -> RunPlan:
    """Validate a run's parameters and return the sources it will fetch and the warehouse it will write.

    Raises:
        ParameterError: naming the first unusable parameter and why.
    """
    try:
        registry = load_sources(sources)
    except RegistryError as exc:
        raise ParameterError(f"parameter 'sources': {exc}") from None
    kinds = list(kinds) if kinds else None  # an empty selection in the UI form means every kind
    if kinds is not None:
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            raise ParameterError(
                f"parameter 'kinds': unknown kind(s) {', '.join(unknown)}; one of {', '.join(KINDS)}"
            )
    selected = [s for s in registry if s.enabled and (kinds is None or s.kind in kinds)]
    if not selected:
        wanted = f" of kind {', '.join(kinds)}" if kinds else ""
        raise ParameterError(f"parameter 'sources': {sources} has no enabled source{wanted}")
    if not (isinstance(lock_timeout, int | float) and math.isfinite(lock_timeout) and lock_timeout >= 0):
        raise ParameterError(
            f"parameter 'lock_timeout': must be a number of seconds >= 0, got {lock_timeout!r}"
        )
    path = warehouse_path(warehouse)
    _check_warehouse(path)
    return RunPlan(sources=selected, warehouse=path)


def superseded_by(
    scheduled_at: datetime,
    tags: list[str],
    others: list[tuple[str, datetime]],
    now: datetime,
    grace: timedelta = timedelta(minutes=10),
) -> str | None:
    """The id of a newer due run of the same deployment that makes this scheduled run redundant, if any.

    After a worker outage a deployment's schedule has piled up late runs; when the worker returns it
    would start them all, each fetching the same pages. Only the newest due run needs to fetch: an
    auto-scheduled run later than ``grace`` gives way to any run of its deployment scheduled after it and
    already due. Runs a person started (from the UI or the CLI) are never skipped.

    Args:
        scheduled_at: this run's scheduled start time.
        tags: this run's tags (the scheduler tags its runs ``auto-scheduled``).
        others: (flow run id, scheduled start) of the deployment's other runs that are not cancelled.
        now: the current time.
        grace: lateness under which a run always proceeds.
    """
    if AUTO_SCHEDULED_TAG not in tags or now - scheduled_at <= grace:
        return None
    newer = [(when, run_id) for run_id, when in others if scheduled_at < when <= now]
    return max(newer)[1] if newer else None


def find_superseding_run(max_others: int = 200) -> str | None:
    """Inside a deployment run: the id of a newer due run that makes this one redundant (see ``superseded_by``)."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterId,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.runtime import deployment, flow_run

    deployment_id = deployment.id
    tags = list(flow_run.tags or [])
    scheduled_at = flow_run.scheduled_start_time
    now = datetime.now(scheduled_at.tzinfo)
    if not deployment_id or superseded_by(scheduled_at, tags, [("probe", now)], now) is None:
        return None  # not a late auto-scheduled deployment run: no need to ask the API
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
            flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(not_any_=[flow_run.id]),
                state=FlowRunFilterState(
                    type=FlowRunFilterStateType(not_any_=[StateType.CANCELLED, StateType.CANCELLING])
                ),
            ),
            limit=max_others,
        )
    others = [(str(r.id), r.expected_start_time) for r in runs if r.expected_start_time]
    return superseded_by(scheduled_at, tags, others, now)
