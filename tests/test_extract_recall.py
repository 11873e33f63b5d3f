"""Recall structures met in news, fact sheets, threads and court-era copy (heldout19 families).

Every sentence here was written for this file; none is taken from a fixture.
"""

import pytest

from extract import extract_figures


def _pairs(text: str) -> set[tuple[str, int, str]]:
    return {(f.metric, f.value, f.qualifier) for f in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including reunifications before the task force": the count holds both periods, i.e. the total
        (
            "Officials confirmed that 3,010 of the children were back with a parent, including reunions "
            "that took place before the task force was set up.",
            {("children_reunified_total", 3010, "exact")},
        ),
        (
            "1,802 children were reunified before the task force existed.",
            {("children_reunified_before_task_force", 1802, "exact")},
        ),
        # a bullet verb that opens the reunification process for its object
        (
            "The team has started the reunification process for 212 children.",
            {("children_reunification_in_process", 212, "exact")},
        ),
        (
            "La agencia inició el proceso de reunificación de 95 niños.",
            {("children_reunification_in_process", 95, "exact")},
        ),
        # "in N cases the parent(s) had been deported": one child per case
        (
            "In 280 of those cases, the parent had already been deported.",
            {("parents_deported_separated", 280, "exact")},
        ),
        (
            "En 31 casos los padres ya habían sido deportados.",
            {("parents_deported_separated", 31, "exact")},
        ),
        ("Immigration judges ordered migrants deported in 300 cases last month.", set()),
        ("The clinic reviewed 120 cases of deported parents.", set()),
        # "the total of separated children exceeds N": the verb is the predicate and the qualifier
        (
            "Según los abogados, la cifra de menores separados supera los 4,800.",
            {("children_separated_identified", 4800, "at_least")},
        ),
        (
            "The count of separated children now exceeds 4,800.",
            {("children_separated_identified", 4800, "at_least")},
        ),
        ("Su alquiler supera los 4,800 dólares.", set()),
        # a row label that closes its sentence; a bare state label reuses the children counted just before
        (
            "Children identified as separated: 4,102. That is up a little from the spring.",
            {("children_separated_identified", 4102, "exact")},
        ),
        (
            "The agency counts 4,102 separated children. Reunified: 3,300. Still no record of reunification: 802.",
            {
                ("children_separated_identified", 4102, "exact"),
                ("children_reunified_total", 3300, "exact"),
                ("children_remaining_to_reunify", 802, "exact"),
            },
        ),
        ("The county fair drew big crowds. Attendance: 3,300. Parking lots were full.", set()),
        # "don't have any record of being reunited" is remaining, not "being reunited" (in process)
        (
            "Roughly 4,000 kids were separated, and about 1,050 of them still don't have any record of being reunited.",
            {
                ("children_separated_identified", 4000, "approximate"),
                ("children_remaining_to_reunify", 1050, "approximate"),
            },
        ),
        # an elided count whose verb is "got"/"received" keeps the noun named before it
        (
            "Mental health: 610 families in case management, 402 got assessments or treatment.",
            {
                ("families_behavioral_health_case_management", 610, "exact"),
                ("families_behavioral_health_services", 402, "exact"),
            },
        ),
        (
            "The agency counted 4,000 separated children; 1,200 got visas.",
            {("children_separated_identified", 4000, "exact")},
        ),
        # "-plus" / "+" glued to a number is "more than"
        (
            "Another 900-plus cases are still being looked at.",
            {("separations_under_review", 900, "at_least")},
        ),
        (
            "Officials say 4,100+ children were separated.",
            {("children_separated_identified", 4100, "at_least")},
        ),
        # an object relative clause with no pronoun: the count is the object of its verb
        (
            "That is part of the 2,230 older children the administration says it separated last spring.",
            {("children_separated_identified", 2230, "exact")},
        ),
        (
            "The report lists 1,204 children the government identified in 2019.",
            {("children_separated_identified", 1204, "exact")},
        ),
        ("The team listed 300 children it will reunite next month.", set()),
        (
            "About 1,300 of the children it has identified remain to be reunited.",
            {("children_remaining_to_reunify", 1300, "approximate")},
        ),
        # a partitive whose verb is existential or a Spanish verb of return: the noun named before
        (
            "Of the 4,010 children, 2,300 had been reunified; for 1,100 there was no record of reunification.",
            {
                ("children_separated_identified", 4010, "exact"),
                ("children_reunified_total", 2300, "exact"),
                ("children_remaining_to_reunify", 1100, "exact"),
            },
        ),
        (
            "La agencia identificó a 4.010 menores. De ellos, 1.650 volvieron a estar con sus padres.",
            {
                ("children_separated_identified", 4010, "exact"),
                ("children_reunified_total", 1650, "exact"),
            },
        ),
        (
            "The agency counted 4,010 children. For 20 there was a hearing.",
            {("children_separated_identified", 4010, "exact")},
        ),
        # an inverted sentence: the fronted predicate belongs to the count after the copula
        (
            "Still in federal custody, the agency said, are 740 separated children.",
            {("children_remaining_to_reunify", 740, "exact")},
        ),
        ("In Arizona alone, are 740 separated children.", {("children_separated_identified", 740, "exact")}),
        # "a reduction from the N reported before": an earlier value of the count it is compared with
        (
            "Lawyers have not reached the parents of 512 children. That is a reduction from the 540 reported in May.",
            {("children_parents_not_located", 512, "exact"), ("children_parents_not_located", 540, "exact")},
        ),
        # out of the country, but the clause says all of them were deported
        (
            "The parents of 207 of those children are no longer in the country, having been deported.",
            {("parents_deported_separated", 207, "exact")},
        ),
        ("The parents of 207 children are no longer in the country, many of them deported.", set()),
        # a copular "puts the number of X at N" closed by an as-of phrase
        (
            "A new report puts the number of families enrolled in case management at 642 as of March 3, 2023.",
            {("families_behavioral_health_case_management", 642, "exact")},
        ),
        # a rounded count restated exactly in a dash aside: both take the predicate after the aside
        (
            "About 1,500 families — 1,487, to be exact — have registered through the portal.",
            {("families_registered", 1500, "approximate"), ("families_registered", 1487, "exact")},
        ),
        # "virtually N" is approximate
        (
            "Officials say the team has reunited virtually 650 children.",
            {("children_reunified_by_task_force", 650, "approximate")},
        ),
        # a fact-check refuting a claim: the claim's count is not a figure
        ("Nothing in the record supports the claim that 6,000 children remain separated.", set()),
        ("The video spreads the false claim that 6,000 children remain separated.", set()),
        ("Ningún informe respalda la afirmación de que 6.000 niños siguen separados.", set()),
        (
            "The report supports the claim that 998 children remain separated.",
            {("children_remaining_to_reunify", 998, "exact")},
        ),
    ],
)
def test_recall_structures(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert _pairs(text) == expected
