"""Structures met in wire news, Spanish news and court-era copy (heldout23 families).

Every sentence here was written for this file; none is taken from a fixture.
"""

from datetime import date

import pytest

from extract import extract_figures


def _pairs(text: str) -> set[tuple[str, int, str]]:
    return {(f.metric, f.value, f.qualifier) for f in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age bound after a reduced relative ("still held") is the count's predicate: an age group
        ("Thirty of the kids still held are younger than 4, lawyers said.", set()),
        ("Nineteen of the children still in shelters are under five.", set()),
        # "menores de N años": the noun with an age after it is itself an age bound
        ("Entre los niños que siguen separados hay 31 menores de cuatro años.", set()),
        # "most of the N": the verb before is the quantifier's; only the whole's own participle counts it
        (
            "Officials have reunited most of the roughly 2,600 children covered by the suit.",
            {("children_separated_identified", 2600, "approximate")},
        ),
        (
            "La agencia ya devolvió a la mayoría de los 2,600 niños incluidos en la demanda.",
            {("children_separated_identified", 2600, "exact")},
        ),
        ("Many of the 2,600 children have been reunited.", set()),
        ("The agency reunited all of the 1,200 children.", {("children_reunified_total", 1200, "exact")}),
        # "either during A or through the task force": two periods named, i.e. the total
        (
            "About 2,900 of the children are back with a parent, either through the 2018 court process "
            "or through the task force.",
            {("children_reunified_total", 2900, "approximate")},
        ),
        # "either because their parents ... or because ...": one reason of several does not override
        (
            "Some 1,200 children have not been reunited, either because their parents cannot be found "
            "or because their paperwork is stuck.",
            {("children_remaining_to_reunify", 1200, "approximate")},
        ),
        # a window of separations opening after the June 26, 2018 order counts later separations
        ("Records show 640 children were separated between July 5, 2018, and May 1, 2019.", set()),
        (
            "Records show 3,900 children were separated between July 1, 2017, and January 20, 2021.",
            {("children_separated_identified", 3900, "exact")},
        ),
        # a review verb in a relative clause on another noun ("the years it is reviewing") is not the count's
        ("Agency files list 5,100 separations in the years it is reviewing, officials said.", set()),
        # a negated reunion limited to the court era says nothing of whether the children still are apart
        ("About 1,400 of the children were not reunited under the court-supervised process.", set()),
        (
            "About 1,400 children have not been reunited.",
            {("children_remaining_to_reunify", 1400, "approximate")},
        ),
        (
            "Some 1,700 children were reunited during the court-ordered scramble.",
            {("children_reunified_before_task_force", 1700, "approximate")},
        ),
        # a coordinated verb right before the next number governs that number, not the one before
        (
            "The team counts 3,800 cases and keeps reviewing another 1,600 separations.",
            {("separations_under_review", 1600, "exact")},
        ),
        (
            "Los funcionarios analizan otras 1.600 separaciones.",
            {("separations_under_review", 1600, "exact")},
        ),
        # "the number of separated migrant children whose ...": two adjectives before the counted noun
        (
            "The number of separated migrant children whose parents cannot be found has grown to 610. "
            "That is up from 520 in a filing last month.",
            {("children_parents_not_located", 610, "exact"), ("children_parents_not_located", 520, "exact")},
        ),
        # a multiword cue that holds a coordinator is one phrase, not two clauses
        (
            "The contractor has given behavioral health assessments and treatment to 410 families.",
            {("families_behavioral_health_services", 410, "exact")},
        ),
        # "the precise number is N": the count just given, said again exactly
        (
            "With the task force's help, more than 700 children have been reunified; the exact number is 742.",
            {
                ("children_reunified_by_task_force", 700, "at_least"),
                ("children_reunified_by_task_force", 742, "exact"),
            },
        ),
    ],
)
def test_h23_structures(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert _pairs(text) == expected


def test_as_of_today_in_a_filing_takes_the_filed_stamp() -> None:
    text = (
        "Case 3:18-cv-00999 Document 77 Filed 08/02/18 PageID.1234 Page 1 of 5\n"
        "JOINT STATUS REPORT\n\n"
        "As of 8:00 a.m. today, Defendants have identified 2,480 children who were separated from a parent.\n"
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value, f.as_of) for f in figures] == [
        ("children_separated_identified", 2480, date(2018, 8, 2))
    ]
