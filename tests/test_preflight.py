"""What a run checks before it fetches: its parameters, and whether a newer run supersedes it."""

from datetime import UTC, datetime, timedelta

import pytest

from flows.preflight import ParameterError, check_parameters, superseded_by

REGISTRY = """
[[source]]
id = "sheet"
kind = "official"
publisher = "DHS"
url = "https://www.dhs.gov/sheet"

[[source]]
id = "story"
kind = "news"
publisher = "Wire"
url = "https://news.example/story"
"""


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY)
    return path


def test_good_parameters_give_the_sources_of_the_chosen_kinds(registry, tmp_path):
    plan = check_parameters(str(registry), str(tmp_path / "new" / "w.duckdb"), ["news"], 30)
    assert [s.id for s in plan.sources] == ["story"]
    assert plan.warehouse == tmp_path / "new" / "w.duckdb"
    assert [s.id for s in check_parameters(str(registry), None, [], 0).sources] == ["sheet", "story"]
    assert [s.id for s in check_parameters(str(registry), None, None, 0).sources] == ["sheet", "story"]


def test_a_missing_sources_file_is_named(tmp_path):
    with pytest.raises(
        ParameterError, match=r"parameter 'sources': .*missing.toml: cannot read the sources file"
    ):
        check_parameters(str(tmp_path / "missing.toml"), None, None, 30)


def test_a_malformed_registry_names_the_entry_at_fault(registry):
    registry.write_text(REGISTRY.replace('kind = "news"', 'kind = "rumour"'))
    with pytest.raises(ParameterError, match=r"parameter 'sources': .*\(id 'story'\): kind must be one of"):
        check_parameters(str(registry), None, None, 30)


def test_unknown_kinds_and_empty_selections_are_rejected(registry):
    with pytest.raises(ParameterError, match="parameter 'kinds': unknown kind.s. rumours"):
        check_parameters(str(registry), None, ["rumours"], 30)
    with pytest.raises(ParameterError, match="has no enabled source of kind court"):
        check_parameters(str(registry), None, ["court"], 30)


def test_a_warehouse_that_cannot_be_created_is_rejected(registry, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(
        ParameterError, match=f"parameter 'warehouse': cannot create .*: {blocker} is not a directory"
    ):
        check_parameters(str(registry), str(blocker / "sub" / "w.duckdb"), None, 30)
    with pytest.raises(ParameterError, match="is a directory, not a DuckDB file"):
        check_parameters(str(registry), str(tmp_path), None, 30)


def test_a_negative_lock_timeout_is_rejected(registry):
    with pytest.raises(ParameterError, match="parameter 'lock_timeout'"):
        check_parameters(str(registry), None, None, -1)


NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_a_late_scheduled_run_gives_way_to_the_newest_due_run():
    others = [
        ("a", NOW - timedelta(hours=4)),
        ("b", NOW - timedelta(hours=1)),
        ("future", NOW + timedelta(hours=3)),
    ]
    assert superseded_by(NOW - timedelta(hours=8), ["auto-scheduled"], others, NOW) == "b"
    assert superseded_by(NOW - timedelta(hours=1), ["auto-scheduled"], others, NOW) is None  # the newest runs


def test_manual_and_punctual_runs_always_proceed():
    others = [("b", NOW - timedelta(minutes=1))]
    assert superseded_by(NOW - timedelta(hours=8), ["tracker"], others, NOW) is None  # started by a person
    assert superseded_by(NOW - timedelta(minutes=5), ["auto-scheduled"], others, NOW) is None  # within grace
