"""The held-out set (tests/fixtures/extract/heldout.jsonl) is an honest regression gate.

Its texts were written by us from scratch, in the ways outlets write (wire copy, fact-sheet bullets, Spanish
news, tables flattened to text, PDF line breaks) with many decoys; its expected figures were written before
the extractor was run on them.
"""

import json
from pathlib import Path

from extract import extract_figures
from extract.evaluate import evaluate_file
from extract.model import Document

HELDOUT = Path(__file__).parent / "fixtures" / "extract" / "heldout.jsonl"


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
