"""Structural patterns met in held-out batch 31, each with a decoy that the rule must leave alone.

The sentences are written for these tests (not copied from any batch or evaluation set).
"""

from datetime import date

from extract import extract_figures
from extract.model import Document

LATER = date(2023, 3, 1)


def _pairs(text: str, published: date | None = None) -> list[tuple[str, int | float, str]]:
    return [
        (f.metric, f.value, f.qualifier) for f in extract_figures(Document(text=text), published=published)
    ]


def test_a_relative_clause_after_a_comparative_age_bound_is_the_nouns_and_the_main_verb_decides():
    text = (
        "Caseworkers said Monday that 61 children younger than 4 who were taken from their mothers in Yuma "
        "have been returned to them."
    )
    assert _pairs(text) == [("children_reunified_total", 61, "exact")]
    decoy = (
        "Caseworkers said Monday that 61 children younger than 4 who were taken from their mothers in Yuma "
        "will be reunited with them next week."
    )
    assert _pairs(decoy) == []


def test_an_earlier_value_compared_with_a_count_of_something_else_gives_no_figure():
    text = (
        "The task force has reunited 720 children so far.\n\n"
        "Separately, the population of the desert shelter for teenage boys has grown to more than 2,300, "
        "up from about 650 in May."
    )
    assert _pairs(text, LATER) == [("children_reunified_by_task_force", 720, "exact")]
    compared = "The task force has now reunited 720 children, up from 610 in March."
    assert ("children_reunified_by_task_force", 610, "exact") in _pairs(compared, LATER)


def test_a_possessive_before_the_task_force_names_the_earlier_period():
    text = "Of those children, 1,950 were reunited before the administration's task force was set up."
    assert _pairs(text, LATER) == [("children_reunified_before_task_force", 1950, "exact")]
    decoy = "Another 430 children have been reunited since the administration's task force was set up."
    assert _pairs(decoy, LATER) == [("children_reunified_by_task_force", 430, "exact")]


def test_remaining_at_a_place_is_where_children_are_not_that_they_are_apart():
    assert _pairs("By noon, fewer than 40 children remained at the processing center, an agent said.") == []
    kept = "By noon, fewer than 40 children remained apart from their parents, an official said."
    assert _pairs(kept) == [("children_remaining_to_reunify", 40, "at_most")]


def test_a_fronted_partitive_whole_may_carry_a_long_agency_name():
    text = (
        "De los 4.010 menores identificados por la Oficina Federal de Coordinación para la Reunificación de "
        "las Familias Migrantes, 2.990 ya fueron reunificados con sus padres."
    )
    assert ("children_separated_identified", 4010, "exact") in _pairs(text)
    decoy = (
        "De los 4.010 menores identificados por la Oficina Federal de Coordinación para la Reunificación de "
        "las Familias Migrantes, 300 serán reunificados el próximo mes."
    )
    assert _pairs(decoy) == []


def test_a_relative_clause_on_a_part_of_those_counted_is_not_the_counts_predicate():
    text = (
        "The refugee office looks after about 9,800 migrant children, most of whom arrived alone and are not "
        "covered by the settlement."
    )
    assert _pairs(text) == []
    kept = "The agency said 4,010 children, some of them infants, were separated from their parents."
    assert _pairs(kept) == [("children_separated_identified", 4010, "exact")]


def test_a_not_found_verb_with_an_object_of_its_own_is_not_the_counts():
    text = '"They lost 20,000 kids and still cannot locate the ones they took," a viral post claimed.'
    assert _pairs(text) == []
    kept = "Officials still cannot locate the parents of 210 children, the filing said."
    assert _pairs(kept) == [("children_parents_not_located", 210, "exact")]


def test_the_figure_said_again_through_a_short_relative_clause_takes_the_last_figures_metric():
    text = "Roughly 1,100 children are still apart from their parents. The precise figure the agency reports is 1,087."
    assert _pairs(text) == [
        ("children_remaining_to_reunify", 1100, "approximate"),
        ("children_remaining_to_reunify", 1087, "exact"),
    ]
    decoy = "Roughly 1,100 children are still apart from their parents. The figure for families is 1,640."
    assert _pairs(decoy) == [("children_remaining_to_reunify", 1100, "approximate")]


def test_a_qualifier_may_stand_for_at_after_put_the_number():
    text = (
        "The agency has identified 3,950 children separated from a parent. Advocates, counting earlier cases, "
        "have put the number above 6,000."
    )
    assert ("children_separated_identified", 6000, "at_least") in _pairs(text)
    decoy = (
        "The agency has identified 3,950 children separated from a parent. The state has put the number of "
        "shelter beds above 6,000."
    )
    assert _pairs(decoy) == [("children_separated_identified", 3950, "exact")]


def test_a_count_before_whose_parents_is_counted_by_the_parents_fate_only():
    text = (
        "In the latest filing, 612 children were still separated, including 270 whose parents were deported."
    )
    assert _pairs(text) == [
        ("children_remaining_to_reunify", 612, "exact"),
        ("parents_deported_separated", 270, "exact"),
    ]
    decoy = "In the latest filing, the agency identified 2,480 children, 270 whose parents live in Honduras."
    assert _pairs(decoy) == [("children_separated_identified", 2480, "exact")]


def test_a_second_object_with_with_takes_the_first_objects_noun():
    text = "So far the program has supplied 812 families with case management and 377 with clinical assessments and therapy."
    assert _pairs(text) == [
        ("families_behavioral_health_case_management", 812, "exact"),
        ("families_behavioral_health_services", 377, "exact"),
    ]
    decoy = "The task force reunited 640 children with their parents and 95 with grandparents."
    assert [pair for pair in _pairs(decoy, LATER) if pair[1] == 95] == []


def test_a_fact_box_row_takes_its_noun_after_the_dash():
    text = (
        "Key figures\n\n"
        "3,950 — children the agency identified as separated from a parent\n"
        "6 — shelters the inspectors visited this month\n"
        "410+ — children held at a border station this week\n"
    )
    assert _pairs(text) == [("children_separated_identified", 3950, "exact")]


def test_still_wait_is_the_finite_form_of_still_waiting():
    assert _pairs("Some 900 separated children still wait for a parent.") == [
        ("children_remaining_to_reunify", 900, "approximate")
    ]
    assert _pairs("Nearly 300 families still wait for asylum hearings.") == []
