"""The held-out set (tests/fixtures/extract/heldout.jsonl) is an honest regression gate.

Its texts were written by us from scratch, in the ways outlets write (wire copy, fact-sheet bullets, Spanish
news, tables flattened to text, PDF line breaks) with many decoys; its expected figures were written before
the extractor was run on them.
"""

import json
from datetime import date
from pathlib import Path

from extract import extract_figures
from extract.evaluate import evaluate_file
from extract.model import Document

HELDOUT = Path(__file__).parent / "fixtures" / "extract" / "heldout.jsonl"
# A second batch, written by a fresh author before reading the extractor's rules (its "before" score was
# precision 0.91 recall 0.70); it gates the same targets.
HELDOUT3 = Path(__file__).parent / "fixtures" / "extract" / "heldout3.jsonl"


def test_the_held_out_set_scores_above_the_product_targets():
    result = evaluate_file(HELDOUT)
    assert result.texts >= 40
    assert result.precision >= 0.95, result.false_figures
    assert result.recall >= 0.85, result.misses
    assert result.qualifier_accuracy >= 0.90, result.qualifier_errors


def test_texts_whose_numbers_are_all_decoys_give_no_figures():
    items = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    decoys = [item for item in items if not item["expected"]]
    assert len(decoys) >= 10
    for item in decoys:
        assert extract_figures(Document(text=item["text"])) == [], item["id"]


def test_the_fresh_held_out_batch_scores_above_the_product_targets():
    result = evaluate_file(HELDOUT3)
    assert result.texts >= 40
    assert result.precision >= 0.95, result.false_figures
    assert result.recall >= 0.85, result.misses
    assert result.qualifier_accuracy >= 0.90, result.qualifier_errors


def test_the_fresh_batch_decoy_texts_give_no_figures():
    items = [json.loads(line) for line in HELDOUT3.read_text(encoding="utf-8").splitlines() if line.strip()]
    decoys = [item for item in items if not item["expected"]]
    assert len(decoys) >= 10
    for item in decoys:
        assert extract_figures(Document(text=item["text"])) == [], item["id"]


def test_task_force_counts_are_not_read_from_texts_written_before_it_existed():
    text = "The government said Thursday it had reunited 1,442 families separated at the border."
    assert extract_figures(Document(text=text), published=date(2018, 7, 26)) == []
    later = extract_figures(Document(text=text), published=date(2021, 9, 1))
    assert [(f.metric, f.value) for f in later] == [("families_reunified_by_task_force", 1442)]


def test_a_count_said_with_and_without_its_task_force_cue_is_the_specific_figure():
    text = (
        "Más de 300 niños separados se han reunido con sus familias.\n\n"
        "Más de 300 de los menores se reencontraron con sus padres gracias al trabajo del grupo de trabajo."
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value, f.qualifier) for f in figures] == [
        ("children_reunified_by_task_force", 300, "at_least")
    ]


def test_un_millar_is_a_thousand():
    figures = extract_figures("Todavía no han sido reunificados casi un millar de niños separados.")
    assert [(f.metric, f.value, f.qualifier) for f in figures] == [
        ("children_remaining_to_reunify", 1000, "approximate")
    ]
