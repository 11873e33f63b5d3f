"""Structural patterns from the heldout34 round (transcripts, live blogs, reposts), on sentences written for these
tests: one test per phenomenon, each with a decoy that shows the rule does not over-fire."""

from datetime import date

from conftest import found


def test_age_span_after_the_child_noun_is_no_range_of_counts() -> None:
    text = "About 1,400 kids between six and 15 remain separated from their mothers, lawyers told the court."
    assert found(text, date(2018, 7, 20)) == [("children_remaining_to_reunify", 1400, "approximate")]
    # decoy: a real range of counts ("between 4,500 and 5,000") after no child noun is still two bounds
    decoy = "Lawyers say between 2,000 and 2,300 children remain separated from their mothers."
    assert found(decoy, date(2018, 7, 20)) == [
        ("children_remaining_to_reunify", 2000, "at_least"),
        ("children_remaining_to_reunify", 2300, "at_most"),
    ]


def test_before_this_task_force_even_existed_is_the_earlier_period() -> None:
    text = (
        "The team has now counted 3,870 separated children. Of those, 1,650 were reunified before this task "
        "force even existed, mostly under the judge's orders."
    )
    assert ("children_reunified_before_task_force", 1650, "exact") in found(text, date(2021, 7, 1))
    # decoy: a reunion with no period cue and no agent stays a total
    decoy = "The team has now counted 3,870 separated children. Of those, 1,650 were reunified with a parent."
    assert ("children_reunified_total", 1650, "exact") in found(decoy, date(2021, 7, 1))


def test_list_lead_in_set_off_by_a_blank_line_still_governs_its_items() -> None:
    text = (
        "As of May 1, 2022, the Task Force has:\n"
        "\n"
        "- Reunified 412 children with a parent; and\n"
        "\n"
        "- Referred 95 families for parole processing.\n"
    )
    assert found(text, date(2022, 5, 3)) == [
        ("children_reunified_by_task_force", 412, "exact"),
        ("families_referred_for_parole", 95, "exact"),
    ]
    # decoy: two blank lines end the list; the item is no longer the task force's
    decoy = "The Task Force has:\n\n\n- Reunified 412 children with a parent.\n"
    assert found(decoy, date(2022, 5, 3)) == [("children_reunified_total", 412, "exact")]
    # decoy: an item that reports a clause ("confirmed that ...") does not make the lead-in's subject its agent
    reported = (
        "The Task Force has:\n\n- confirmed that 2,400 of these children have been reunified with a parent;\n"
    )
    assert found(reported, date(2022, 5, 3)) == [("children_reunified_total", 2400, "exact")]


def test_it_after_a_task_force_sentence_behind_a_conjunction_and_a_speaker_label() -> None:
    text = (
        "REPORTER: The administration's reunification task force says it has identified some 3,900 children. "
        "But it has reunited 450 of them so far."
    )
    assert ("children_reunified_by_task_force", 450, "exact") in found(text, date(2022, 1, 5))
    # decoy: "it" after a sentence whose subject is not the task force is not the task force
    decoy = "REPORTER: The court's monitor says it has counted some 3,900 children. But it has reunited 450 of them so far."
    assert ("children_reunified_by_task_force", 450, "exact") not in found(decoy, date(2022, 1, 5))


def test_first_person_caseload_is_not_a_count() -> None:
    text = "In my years at the school, I have taught 52 children who were separated from their fathers."
    assert found(text, date(2020, 3, 1)) == []
    # decoy: the same relative clause on the object of an agency's verb still counts
    decoy = "The agency has located 52 children who were separated from their fathers."
    assert found(decoy, date(2020, 3, 1)) != []


def test_members_of_a_period_list_that_give_only_a_means_keep_the_noun() -> None:
    text = (
        "Roughly two-thirds of the children have been reunited: 1,900 before the task force existed and "
        "610 through the task force."
    )
    assert found(text, date(2022, 9, 1)) == [
        ("children_reunified_before_task_force", 1900, "exact"),
        ("children_reunified_by_task_force", 610, "exact"),
    ]
    # decoy: "through" between two numbers is a span, not a means
    decoy = "Officials answered questions 3 through 9 in writing."
    assert found(decoy, date(2022, 9, 1)) == []


def test_negated_participle_after_a_bare_count_in_a_list() -> None:
    text = "KEY FIGURES\n• 3,700 children identified as separated\n• 2,800 reunified with a parent\n• 900 not yet reunified\n"
    assert ("children_remaining_to_reunify", 900, "exact") in found(text, date(2022, 9, 1))
    # decoy: "not" followed by something other than a state of ours leaves the bare count unread
    decoy = "KEY FIGURES\n• 3,700 children identified as separated\n• 900 not counted by the court\n"
    assert found(decoy, date(2022, 9, 1)) == [("children_separated_identified", 3700, "exact")]


def test_percent_restating_a_reunified_count() -> None:
    text = "The task force identified 3,800 children. Of them, 2,850 have been reunified, or roughly 75%."
    assert ("percent_reunified", 75, "approximate") in found(text, date(2022, 9, 1))
    # decoy: the share of those still apart is not percent_reunified
    decoy = "The task force identified 3,800 children. Of them, 950 are still apart, or roughly 25%."
    assert all(metric != "percent_reunified" for metric, _v, _q in found(decoy, date(2022, 9, 1)))


def test_parents_still_being_searched_for_are_not_located() -> None:
    text = "Volunteers said they would keep looking for the parents of about 350 children in Central America."
    assert found(text, date(2021, 3, 1)) == [("children_parents_not_located", 350, "approximate")]
    # decoy: a search in the past may have ended; nothing is said of the parents now
    decoy = "Volunteers searched for the parents of about 350 children in Central America."
    assert found(decoy, date(2021, 3, 1)) == []


def test_active_took_children_from_their_parents_is_a_separation() -> None:
    text = "Border agents took at least 2,600 children from their parents that spring, the lawsuit says."
    assert found(text, date(2019, 1, 10)) == [("children_separated_identified", 2600, "at_least")]
    # decoy: "took ... from" with another object is no separation
    decoy = "Border agents took at least 2,600 phones from their owners that spring."
    assert found(decoy, date(2019, 1, 10)) == []


def test_counting_verb_object_with_a_separated_participle() -> None:
    text = "The government now tallies roughly 3,950 children separated in all those years."
    assert found(text, date(2022, 4, 1)) == [("children_separated_identified", 3950, "approximate")]
    # decoy: a verb that does not count leaves the participle a mere description
    decoy = "The shelter housed roughly 395 children separated in all those years."
    assert found(decoy, date(2022, 4, 1)) == []
