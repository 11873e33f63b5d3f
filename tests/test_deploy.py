"""Run it like production: a real `prefect server`, the pool, `prefect deploy` of deploy.yaml, runs started
through the API as the UI's Run button starts them, and a process worker executing them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from conftest import SITE

from report.artifacts import ARTIFACT_KEYS
from tracker.devserver import SiteServer, write_sources

pytestmark = pytest.mark.deploy

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PREFECT = str(BIN / "prefect") if (BIN / "prefect").exists() else shutil.which("prefect")
DEPLOYMENT = "track-figures/full-weekly"
FINAL = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    """Terminate, wait, then kill the process group the test started."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class Prefect:
    """A running `prefect server` with the tracker's pool and deployments, and helpers to drive it."""

    def __init__(self, env: dict[str, str], url: str, log: Path) -> None:
        self.env, self.url, self.log = env, url, log

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [PREFECT, *args], env=self.env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, f"prefect {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result

    def settings(self):
        from prefect.settings import PREFECT_API_URL, temporary_settings

        return temporary_settings({PREFECT_API_URL: self.url})

    def run(self, parameters: dict, **options) -> str:
        """Create a deployment run through the API, as the UI's Run button does; return its id."""
        from prefect.deployments import run_deployment

        with self.settings():
            flow_run = run_deployment(
                options.pop("name", DEPLOYMENT), parameters=parameters, timeout=0, **options
            )
        return str(flow_run.id)

    def read(self, flow_run_id: str):
        from prefect import get_client

        with self.settings(), get_client(sync_client=True) as client:
            return client.read_flow_run(flow_run_id)

    def work_until_final(self, *flow_run_ids: str, deadline: float = 60) -> dict:
        """Run `prefect worker start --run-once` until every run is in a final state; return the runs."""
        end = time.monotonic() + deadline
        while True:
            runs = {i: self.read(i) for i in flow_run_ids}
            if all(r.state and r.state.type.value in FINAL for r in runs.values()):
                return runs
            assert time.monotonic() < end, {i: r.state for i, r in runs.items()}
            self.cli("worker", "start", "--pool", "tracker-pool", "--run-once", timeout=deadline)

    def artifact_keys(self, flow_run_id: str) -> set[str]:
        from prefect import get_client
        from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

        with self.settings(), get_client(sync_client=True) as client:
            artifacts = client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
            )
        return {a.key for a in artifacts}

    def events(self, prefix: str, wait: float = 20, minimum: int = 1) -> list[dict]:
        """Events whose name starts with ``prefix`` (the server persists them a moment after they are sent)."""
        body = json.dumps({"filter": {"event": {"prefix": [prefix]}}, "limit": 50}).encode()
        end = time.monotonic() + wait
        while True:
            request = urllib.request.Request(
                f"{self.url}/events/filter", data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                events = json.load(response)["events"]
            if len(events) >= minimum or time.monotonic() > end:
                return events
            time.sleep(1)


@pytest.fixture(scope="module")
def prefect(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "INFO",
        "PWD": str(ROOT),
    }
    log = home / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, f"prefect server exited:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"prefect server not healthy after 60 s:\n{log.read_text()}"
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        running = Prefect(env, url, log)
        # exactly what `make pool` and `make deploy` do
        running.cli("work-pool", "create", "tracker-pool", "--type", "process", "--overwrite")
        running.cli("work-pool", "set-concurrency-limit", "tracker-pool", "1")
        running.cli("--no-prompt", "deploy", "--all", "--prefect-file", "deploy.yaml", timeout=120)
        yield running
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with SiteServer(SITE) as server:
        yield server


def test_every_schedule_is_deployed_with_a_timezone_and_one_writer(prefect):
    from prefect import get_client

    with prefect.settings(), get_client(sync_client=True) as client:
        deployments = {d.name: d for d in client.read_deployments()}
    assert {"official-daily", "news-every-4h", "full-weekly"} <= set(deployments)
    for deployment in deployments.values():
        assert deployment.work_pool_name == "tracker-pool"
        assert deployment.pull_steps == [
            {"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}
        ]
        assert deployment.global_concurrency_limit.limit == 1
        assert deployment.concurrency_options.collision_strategy.value == "ENQUEUE"
        assert "tracker" in deployment.tags
    for name in ("official-daily", "news-every-4h", "full-weekly", "discover-news-every-6h"):
        [schedule] = deployments[name].schedules
        assert schedule.schedule.timezone == "America/New_York"
    for name in ("backfill", "reextract"):  # started by hand only
        assert name in deployments and deployments[name].schedules == []
    assert deployments["official-daily"].parameters["kinds"] == ["official"]
    assert deployments["news-every-4h"].parameters["kinds"] == ["news"]
    described = deployments["full-weekly"].parameter_openapi_schema["properties"]
    assert all(described[name].get("description") for name in ("sources", "warehouse", "strict", "kinds"))


def test_a_run_started_like_the_ui_button_loads_the_fixture_site(prefect, site, tmp_path):
    sources = write_sources(SITE / "sources.toml.in", site.base_url, tmp_path / "sources.toml")
    warehouse = tmp_path / "data" / "warehouse.duckdb"
    started = time.monotonic()
    flow_run_id = prefect.run({"sources": str(sources), "warehouse": str(warehouse), "strict": False})
    run = prefect.work_until_final(flow_run_id)[flow_run_id]
    assert run.state.type.value == "COMPLETED", run.state
    assert time.monotonic() - started < 60
    assert prefect.artifact_keys(flow_run_id) == set(ARTIFACT_KEYS)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        found = set(
            con.execute(
                "SELECT source_id, value FROM observations WHERE metric = 'children_separated_identified'"
            ).fetchall()
        )
        [[flow_run_recorded]] = con.execute("SELECT flow_run_id FROM runs").fetchall()
    finally:
        con.close()
    assert {("dhs-fact-sheet-2023-02-02", 3924), ("dhs-task-force", 3913)} <= found
    assert flow_run_recorded == flow_run_id
    events = prefect.events("tracker.figure.new")
    metrics = {e["resource"]["prefect.resource.id"] for e in events}
    assert "tracker.metric.children_separated_identified" in metrics


def test_a_bad_parameter_is_rejected_before_anything_is_fetched(prefect, httpserver, tmp_path):
    httpserver.expect_request("/page").respond_with_data("<p>As of May 1, 2023, 5 children.</p>")
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nid = "page"\nkind = "official"\npublisher = "DHS"\nurl = "{httpserver.url_for("/page")}"\n'
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    flow_run_id = prefect.run({"sources": str(sources), "warehouse": str(blocker / "data" / "w.duckdb")})
    run = prefect.work_until_final(flow_run_id)[flow_run_id]
    assert run.state.type.value == "FAILED"
    assert "parameter 'warehouse'" in run.state.message
    assert f"{blocker} is not a directory" in run.state.message
    assert httpserver.log == []  # nothing was fetched
    # a wrong type never becomes a run: the server checks parameters against the flow's schema
    with pytest.raises(Exception, match="strict"):
        prefect.run({"sources": str(sources), "strict": "sometimes"})
    with pytest.raises(Exception, match="kinds|court"):
        prefect.run({"sources": str(sources), "kinds": ["rumours"]})


def test_after_an_outage_only_the_newest_late_scheduled_run_fetches(prefect, site, tmp_path):
    sources = write_sources(SITE / "sources.toml.in", site.base_url, tmp_path / "sources.toml")
    parameters = {"sources": str(sources), "warehouse": str(tmp_path / "warehouse.duckdb")}
    now = datetime.now(UTC)
    # what the scheduler left while the worker was down: two auto-scheduled runs, 5 and 3 hours late
    late = {"name": "track-figures/official-daily", "tags": ["auto-scheduled"]}
    older = prefect.run(parameters, scheduled_time=now - timedelta(hours=5), **late)
    newer = prefect.run(parameters, scheduled_time=now - timedelta(hours=3), **late)
    runs = prefect.work_until_final(older, newer)
    assert runs[older].state.type.value == "CANCELLED"
    assert f"superseded by newer due run {newer}" in runs[older].state.message
    assert runs[newer].state.type.value == "COMPLETED", runs[newer].state
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    finally:
        con.close()
