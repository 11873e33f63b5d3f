"""Structural rules found on heldout28 (precision only). Sentences written for these tests."""

from conftest import found

from extract import extract_figures


def test_a_negated_reunion_governs_its_object_over_an_object_relative_clause():
    assert found("The agency still hasn't reunited 734 children it separated last spring.") == [
        ("children_remaining_to_reunify", 734, "exact")
    ]
    assert found("Officials have not reunited 734 children that they separated last spring.") == [
        ("children_remaining_to_reunify", 734, "exact")
    ]
    # without the negation the relative clause still says what the count is
    assert found("The agency has found 734 children it separated last spring.") == [
        ("children_separated_identified", 734, "exact")
    ]


def test_some_through_one_period_and_others_through_the_other_is_the_total():
    text = (
        "The agency lists 4,012 children who were separated. Altogether 3,118 of them have been reunified, "
        "some through the court-ordered effort and others through the task force created in 2021."
    )
    assert ("children_reunified_total", 3118, "exact") in found(text)
    assert not any(metric == "children_reunified_by_task_force" for metric, _v, _q in found(text))


def test_down_from_compares_with_the_count_just_before_and_abstains_when_that_gave_nothing():
    text = (
        "By May, 233 children had been reunited by the task force and 91 children were in the process of "
        "being reunited. Volunteers are still giving legal advice to the parents of fewer than 120 children, "
        "a lawyer said, down from more than 260 last winter."
    )
    values = [value for _m, value, _q in found(text)]
    assert 260 not in values
    # (an effort still under way to locate the parents is a not-located count, and "down from" then takes its
    # metric, as heldout28's gold has it: see test_extract_f4043.py)
    # the same count said again keeps the comparison
    assert ("children_reunified_by_task_force", 410, "exact") in found(
        "The task force has reunited 518 children. That is up from 410 in the spring."
    )


def test_a_fronted_for_n_whose_clause_says_the_parent_was_deported_counts_deported_parents():
    text = (
        "Now 377 children remain in federal shelters without a parent. "
        "For 251 of the children still in shelters, the parent was deported without them."
    )
    assert found(text) == [
        ("children_remaining_to_reunify", 377, "exact"),
        ("parents_deported_separated", 251, "exact"),
    ]
    assert found("For 251 of them, the parent was released from detention.") == []


def test_a_part_of_an_earlier_count_said_to_be_separated_is_a_subset():
    text = (
        "The number of separated children whose parents cannot be found rose to 713.\n"
        "- Of the 713, 204 were separated during a pilot program in Texas."
    )
    assert found(text) == [("children_parents_not_located", 713, "exact")]


def test_an_order_to_stop_separations_naming_the_administration_marks_later_separations():
    text = (
        "Eleven months after a federal judge ordered the Trump administration to stop separating families, "
        "more than 700 children have been taken from their parents, advocates said."
    )
    assert found(text) == []


def test_an_age_group_after_a_relative_clause_or_without_a_verb_is_a_subset():
    assert (
        found("Nearly 80 of the children whose parents cannot be reached were under 5 when they were taken.")
        == []
    )
    assert found("The agency identified 2,400 separated children, about 90 of them under 5.") == [
        ("children_separated_identified", 2400, "exact")
    ]


def test_the_whole_of_a_hedged_share_is_not_the_share_s_state():
    assert found("About 71% of the roughly 4,100 children on the list have been reunified.") == [
        ("percent_reunified", 71, "approximate"),
        ("children_separated_identified", 4100, "approximate"),
    ]


def test_an_age_bound_after_who_were_is_an_age_not_a_count():
    figures = extract_figures("57 children who were under 5 have been reunified.")
    assert 5 not in [f.value for f in figures]
    assert [(f.metric, f.value) for f in figures] == [("children_reunified_total", 57)]
