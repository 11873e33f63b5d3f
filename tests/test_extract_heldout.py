"""The held-out batches (tests/fixtures/extract/heldout*.jsonl) are honest regression gates.

Their texts were written by us from scratch, in the ways outlets write (wire copy, fact-sheet bullets, Spanish
news, tables flattened to text, PDF line breaks) with many decoys; each batch's expected figures were written
before the extractor was run on it. A batch's "before" score (recorded below) is the honest estimate of how the
extractor does on unseen text; once rules were fitted on a batch, it is gated a little under what it reaches.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from extract import extract_figures
from extract.evaluate import evaluate_file
from extract.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@dataclass(frozen=True)
class Gate:
    batch: str
    texts: int
    precision: float
    recall: float
    as_of: float | None = None  # gated only where as-of dates were worked on
    decoys: int = 0  # the least number of all-decoy texts the batch must hold
    qualifier: float = 0.90


GATES = [
    # written before the rules were read; "before" 0.93/0.72 (part 1) and 0.94/0.89 (part 2)
    Gate("heldout", texts=40, precision=0.95, recall=0.85, decoys=10),
    Gate("heldout3", texts=40, precision=0.95, recall=0.85, decoys=10),  # before 0.91/0.70
    Gate("heldout4", texts=45, precision=0.95, recall=0.85, decoys=12),  # before 0.84/0.72
    Gate("heldout5", texts=50, precision=0.95, recall=0.85),  # before 0.83/0.69
    Gate("heldout6", texts=50, precision=0.95, recall=0.85),  # before 0.90/0.74; Spanish + official/court
    # before (1.4.0) 0.79/0.71; recall gated where it honestly is, below the product target
    Gate("heldout7", texts=50, precision=0.95, recall=0.80),
    Gate("heldout8", texts=50, precision=0.95, recall=0.88),  # before (1.5.0) 0.87/0.73
    Gate("heldout9", texts=50, precision=0.95, recall=0.88),  # before (1.6.0) 0.89/0.75
    Gate(
        "heldout10", texts=50, precision=0.95, recall=0.82, as_of=0.95
    ),  # before (1.7.0) 0.92/0.80, as-of 0.70
    Gate("heldout11", texts=50, precision=0.96, recall=0.90, as_of=0.95),  # before (1.8.0) 0.93/0.86
    Gate("heldout12", texts=48, precision=0.97, recall=0.88, as_of=0.95),  # before (1.9.0) 0.91/0.81
    Gate("heldout13", texts=48, precision=0.97, recall=0.86, as_of=0.90),  # before (1.10.0) 0.95/0.82
    Gate("heldout14", texts=46, precision=0.96, recall=0.84, as_of=0.85),  # before (1.11.0) 0.94/0.73
    Gate("heldout15", texts=42, precision=0.97, recall=0.95, as_of=0.90),  # before (1.12.0) 0.96/0.85
    Gate(
        "heldout16", texts=50, precision=0.97, recall=0.83, as_of=0.85, decoys=8
    ),  # before (1.12.0) 0.79/0.65
    Gate(
        "heldout17", texts=50, precision=0.93, recall=0.90, as_of=0.95
    ),  # before (1.12.0) 0.80/0.65; Spanish-heavy
    Gate(
        "heldout19", texts=50, precision=0.97, recall=0.86, as_of=0.95, decoys=7
    ),  # before (1.13.0+es) 0.95/0.73
    Gate(
        "heldout20", texts=50, precision=0.97, recall=0.95, as_of=0.95, decoys=7
    ),  # before (1.13.0+es) 0.89/0.79; kept unseen through 1.15.0 (0.92/0.81)
    Gate(
        "heldout22", texts=50, precision=0.96, recall=0.90, as_of=0.95, decoys=7
    ),  # before (1.15.0) 0.90/0.83
    Gate(
        "heldout18", texts=50, precision=0.97, recall=0.91, as_of=0.95, decoys=7
    ),  # before (1.12.0) 0.93/0.78; kept unseen through 1.15.0 (0.92/0.82)
    Gate(
        "heldout21", texts=50, precision=0.97, recall=0.89, as_of=0.95, decoys=7
    ),  # before (1.15.0) 0.92/0.82
    Gate("heldout24", texts=50, precision=0.96, recall=0.91, as_of=0.95),  # before (1.15.0+) 0.93/0.81
    Gate("heldout26", texts=50, precision=0.96, recall=0.83, decoys=7),  # before (1.15.0+) 0.88/0.71
    Gate(
        "heldout23", texts=50, precision=0.96, recall=0.88, as_of=0.90, decoys=7
    ),  # before (1.15.0+) 0.89/0.83
    Gate("heldout25", texts=50, precision=0.96, recall=0.90, decoys=7),  # before (1.15.0+) 0.90/0.84
    # first scores 0.94/0.91 (1.15.0+), 0.95/0.91 with 1.16.0; its false figures were then fitted on (f2930: 0.98/0.93)
    Gate("heldout27", texts=50, precision=0.96, recall=0.91, decoys=7),  # first score (1.15.0+) 0.94/0.91
    Gate("heldout28", texts=50, precision=0.93, recall=0.87, decoys=7),  # first score (1.16.0) 0.88/0.86
    # first scored with 1.17.0: 0.91/0.77 and 0.92/0.83; then fitted on (f2930: 0.98/0.90 and 0.97/0.90)
    Gate("heldout29", texts=50, precision=0.97, recall=0.88, decoys=7),  # first score (1.17.0) 0.91/0.77
    Gate("heldout30", texts=50, precision=0.96, recall=0.88, decoys=7),  # first score (1.17.0) 0.92/0.83
    # heldout32 was then fitted on (its structural rules, tests/test_extract_f32.py): 1.00/0.99
    Gate("heldout32", texts=50, precision=0.98, recall=0.97, decoys=7),  # first score (1.17.0) 0.96/0.83
    Gate("heldout33", texts=50, precision=0.98, recall=0.94, decoys=7),  # first score (1.17.0) 0.92/0.80
    Gate("heldout31", texts=50, precision=0.98, recall=0.95, decoys=7),  # first score (1.17.0) 0.94/0.91
    Gate("heldout34", texts=50, precision=0.98, recall=0.93, decoys=7),  # first score (1.17.0) 0.95/0.88
    # first score (1.17.0+h31/h33) 1.00/0.94; 1.00/0.97 after the f4142 rules
    Gate("heldout41", texts=50, precision=0.99, recall=0.95, decoys=7),
    # first score (1.17.0+h31/h33) 0.95/0.80; 1.00/0.88 after the f4142 rules
    Gate("heldout42", texts=50, precision=0.98, recall=0.86, decoys=7),
    Gate(
        "heldout43", texts=50, precision=0.99, recall=0.93, decoys=7
    ),  # first score (1.17.0+h31/h33) 0.98/0.89
    Gate(
        "heldout40", texts=50, precision=0.99, recall=0.93, decoys=7
    ),  # first score (1.17.0+h31/h33) 0.95/0.89
    # never opened until scored once with 1.18.0 (the final measure of session 3; 1.17.0 scored them 0.95/0.85,
    # 0.96/0.77, 0.97/0.88, 0.98/0.89, 0.96/0.86): gated where they honestly are
    Gate("heldout35", texts=50, precision=0.94, recall=0.88, decoys=7),  # first score (1.18.0) 0.95/0.89
    Gate("heldout36", texts=50, precision=0.96, recall=0.86, decoys=7),  # first score (1.18.0) 0.97/0.87
    Gate("heldout37", texts=50, precision=0.95, recall=0.89, decoys=7),  # first score (1.18.0) 0.96/0.90
    Gate("heldout38", texts=50, precision=0.97, recall=0.91, decoys=7),  # first score (1.18.0) 0.98/0.92
    Gate("heldout39", texts=50, precision=0.96, recall=0.90, decoys=7),  # first score (1.18.0) 0.97/0.91
]


def _items(batch: str) -> list[dict]:
    path = FIXTURES / f"{batch}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("gate", GATES, ids=lambda gate: gate.batch)
def test_each_held_out_batch_keeps_its_precision_and_recall(gate):
    result = evaluate_file(FIXTURES / f"{gate.batch}.jsonl")
    assert result.texts >= gate.texts
    assert result.precision >= gate.precision, result.false_figures
    assert result.recall >= gate.recall, result.misses
    assert result.qualifier_accuracy >= gate.qualifier, result.qualifier_errors
    if gate.as_of is not None:
        assert result.as_of_accuracy >= gate.as_of, result.as_of_errors


@pytest.mark.parametrize("gate", GATES, ids=lambda gate: gate.batch)
def test_texts_whose_numbers_are_all_decoys_give_no_figures(gate):
    decoys = [item for item in _items(gate.batch) if not item["expected"]]
    assert len(decoys) >= gate.decoys
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


def test_pleading_line_numbers_are_not_counts_and_do_not_break_sentences():
    text = "\n".join(
        [
            " 1        As of May 3, 2019, the government has identified",
            " 2  1,712 children of potential class members, and the parents",
            " 3  of 140 children have not been located.",
            " 4        The parties will confer.",
        ]
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value) for f in figures] == [
        ("children_separated_identified", 1712),
        ("children_parents_not_located", 140),
    ]


def test_aligned_table_rows_take_their_own_label_not_the_next_row():
    text = (
        "Indicator                                   Count\n"
        "Children with no record of reunification      812\n"
        "Families registered (portal)                 1,450\n"
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value) for f in figures] == [
        ("children_remaining_to_reunify", 812),
        ("families_registered", 1450),
    ]


def test_an_aside_about_the_speaker_and_a_fraction_are_not_figures():
    text = (
        'Three in four of the children identified have been reunited. "It is slow," said Rosa Elena Diaz, '
        "a caseworker who has reunited 22 families herself."
    )
    assert extract_figures(text) == []


def test_each_clause_keeps_its_own_task_force_wording():
    text = (
        "While 1,300 of the children were reunited before a task force was created, 410 have been "
        "reunited since, and the rest (about 900 children) still have no record of reunification."
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value) for f in figures] == [
        ("children_reunified_before_task_force", 1300),
        ("children_reunified_by_task_force", 410),
        ("children_remaining_to_reunify", 900),
    ]
