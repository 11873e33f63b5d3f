"""The `tracker extract` and `tracker eval` contracts (spec/extract-cli.md), through the real command."""

import json
import subprocess
import sys
from pathlib import Path

TRACKER = str(Path(sys.executable).with_name("tracker"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([TRACKER, *args], capture_output=True, text=True, input=stdin, timeout=120)


def test_extract_jsonl_fields(tmp_path: Path) -> None:
    page = tmp_path / "sheet.txt"
    page.write_text("As of February 1, 2023, 998 children remain separated from their parents.\n")
    result = run("extract", "--format", "jsonl", "--published", "2023-02-02", str(page))
    assert result.returncode == 0, result.stderr
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row == {
        "path": str(page),
        "metric": "children_remaining_to_reunify",
        "value": 998,
        "qualifier": "exact",
        "unit": "children",
        "as_of": "2023-02-01",
        "published": "2023-02-02",
        "evidence": "As of February 1, 2023, 998 children remain separated from their parents.",
        "start": 24,
        "end": 27,
    }


def test_extract_missing_path_is_reported_and_others_still_run(tmp_path: Path) -> None:
    page = tmp_path / "ok.txt"
    page.write_text("Officials identified 3,913 children separated from their parents.")
    missing = tmp_path / "missing.html"
    result = run("extract", "--format", "jsonl", str(missing), str(page))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(missing) in result.stderr
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == [3913]


def test_extract_fake_pdf_exits_2(tmp_path: Path) -> None:
    fake = tmp_path / "report.pdf"
    fake.write_text("not really a pdf")
    result = run("extract", str(fake))
    assert result.returncode == 2
    assert "report.pdf" in result.stderr


def test_extract_stdin_and_empty_document(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("No figures here.")
    result = run("extract", "--format", "jsonl", "-", str(empty), stdin="Nearly 700 children were reunited.")
    assert result.returncode == 0
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == ["-"]


def test_extract_table_format(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("More than 5,500 families were separated.")
    result = run("extract", "--format", "table", str(page))
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["path", "metric", "value"]
    assert "families_separated" in lines[1] and "5500" in lines[1] and "at_least" in lines[1]


def test_eval_reports_and_ends_with_summary(tmp_path: Path) -> None:
    items = [
        {
            "id": "one",
            "published": "2021-06-08",
            "as_of": "2021-06-02",
            "text": "As of June 2, 2021, the task force identified 3,913 children separated from parents. "
            "It also counted 411 children released to sponsors.",
            "expected": [
                {
                    "metric": "children_separated_identified",
                    "value": 3913,
                    "qualifier": "exact",
                    "evidence": "",
                },
                {
                    "metric": "children_remaining_to_reunify",
                    "value": 2127,
                    "qualifier": "exact",
                    "evidence": "",
                },
                {"metric": "x_children_released", "value": 411, "qualifier": "exact", "evidence": ""},
            ],
        },
        {"id": "negative", "published": None, "as_of": None, "text": "Page 1 of 24", "expected": []},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(item) for item in items) + "\n")
    result = run("eval", str(gold))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "precision 1.00 recall 0.50 f1 0.67 qualifier 1.00 as_of 1.00 (2 texts, 2 gold, 1 predicted)"
    )
    assert "children_remaining_to_reunify=2127" in result.stdout
