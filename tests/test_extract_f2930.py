"""Structural rules found on heldout29/30 (and heldout27's false figures). Sentences written for these tests."""

from datetime import date

from conftest import found

from extract import extract_figures


def test_it_said_it_reunited_keeps_the_task_force_as_agent_across_a_fronted_phrase():
    text = (
        "In its second year, the task force hired more caseworkers for the search. "
        "By late spring, it reported that it had reunited 412 children with a parent."
    )
    assert found(text) == [("children_reunified_by_task_force", 412, "exact")]
    # the reporting verb's own subject is not the embedded clause's: no agent, the total
    decoy = (
        "In its second year, the task force hired more caseworkers for the search. "
        "By late spring, it reported that the government had reunited 412 children with a parent."
    )
    assert found(decoy) == [("children_reunified_total", 412, "exact")]


def test_a_relative_clause_about_part_of_the_counted_does_not_set_the_state():
    text = "Caseworkers have still not found the parents of about 410 children, many of whom were deported in 2018."
    assert found(text) == [("children_parents_not_located", 410, "approximate")]
    # a relative clause about all of them is not a part's
    decoy = "Caseworkers have still not found the parents of about 410 children."
    assert found(decoy) == [("children_parents_not_located", 410, "approximate")]
    other = "The lawyers listed 410 children, some of whom were reunited last year."
    assert found(other) == []


def test_an_age_after_a_participle_phrase_or_in_years_is_an_age_group():
    assert found("The filing said 96 of the children separated after the order were younger than 5.") == []
    assert found("Three of the children were 4 years old when they were taken from their mothers.") == []
    # the same shape with a state of ours is read
    decoy = "The filing said 96 of the children separated at the border were reunited with a parent."
    assert found(decoy) == [("children_reunified_total", 96, "exact")]


def test_a_hope_or_a_task_still_ahead_is_a_plan_not_a_count():
    assert found("Staff said they are aiming to reach 800 more families before the summer.") == []
    assert found("The agency now faces a harder task: reuniting about 1,900 older children by August.") == []
    # a reach already made is a count; the task force itself is no "task"
    assert found("The task force has reunited 640 children with their parents.") == [
        ("children_reunified_by_task_force", 640, "exact")
    ]


def test_separations_dated_after_the_judges_order_or_since_a_judge_told_it_to_stop_are_later_separations():
    assert (
        found("Lawyers said the agency had separated more than 700 children after the judge's order.") == []
    )
    assert found("Border agents have separated more than 700 kids since a judge told them to stop.") == []
    # a count made after the order is still the count
    assert found("Officials identified 2,410 children after the judge's order.") == [
        ("children_separated_identified", 2410, "exact")
    ]


def test_a_dated_window_after_overall_bounds_the_sum():
    assert found("Officials say they have reunited some 520 children overall since 2022.") == [
        ("children_reunified_by_task_force", 520, "approximate")
    ]
    # "overall" alone, or with a window that opens before the task force, is the total
    assert found("Officials say they have reunited some 520 children overall.") == [
        ("children_reunified_total", 520, "approximate")
    ]
    assert found("Officials say they have reunited some 520 children overall since 2017.") == [
        ("children_reunified_total", 520, "approximate")
    ]


def test_reunions_after_a_judges_order_are_the_earlier_period():
    assert found("Unos 1.250 niños volvieron con sus padres tras la orden de una jueza federal en 2018.") == [
        ("children_reunified_before_task_force", 1250, "approximate")
    ]
    assert found("Some 1,250 children were reunited following a federal judge's order that summer.") == [
        ("children_reunified_before_task_force", 1250, "approximate")
    ]
    # with no order named the reunions are the total
    assert found("Some 1,250 children were reunited that summer.") == [
        ("children_reunified_total", 1250, "approximate")
    ]


def test_reunions_under_the_prior_administration_are_the_earlier_period():
    text = (
        "Of the 3,700 children on the list, about 1,650 had been reunified under the previous administration."
    )
    assert ("children_reunified_before_task_force", 1650, "approximate") in found(text)
    # separated under that administration says nothing of when the reunions came
    decoy = "Of the children separated under the previous administration, 1,650 have been reunified."
    assert found(decoy) == [("children_reunified_total", 1650, "exact")]


def test_a_still_separated_modifier_before_the_verb_is_the_nouns_not_the_counts():
    text = "Lawyers said 212 of the children still separated have parents who were deported."
    assert found(text) == [("parents_deported_separated", 212, "exact")]
    # as the predicate itself it still counts
    assert found("Lawyers said 212 of the children are still separated.") == [
        ("children_remaining_to_reunify", 212, "exact")
    ]


def test_an_admitted_separation_counts_and_its_including_part_is_a_subset():
    text = "The agency admitted separating more than 4,100 children, including about 900 found only in a later audit."
    assert found(text) == [("children_separated_identified", 4100, "at_least")]
    # a separating that goes on is no admitted count
    assert found("The agency kept separating 4,100 children.") == []


def test_a_hedged_whole_after_of_the_is_still_the_whole():
    text = "Nearly 2,300 of the roughly 2,800 children separated have been reunified."
    assert found(text) == [
        ("children_reunified_total", 2300, "approximate"),
        ("children_separated_identified", 2800, "approximate"),
    ]
    # two counts with no "of the" between are not a part and its whole
    decoy = "Nearly 2,300 children have been reunified; roughly 2,800 were separated."
    assert ("children_reunified_total", 2300, "approximate") in found(decoy)


def test_the_group_itself_as_the_passives_agent_is_the_task_force():
    text = (
        "El informe cuenta 3.100 menores separados, de los que 2.400 ya han sido reunificados. "
        "De ellos, 530 fueron reunificados por el propio grupo."
    )
    assert ("children_reunified_by_task_force", 530, "exact") in found(text)
    # another group as the agent says nothing of the period
    assert found("Un total de 530 niños fueron reunificados por el grupo de abogados.") == [
        ("children_reunified_total", 530, "exact")
    ]


def test_the_count_said_again_takes_the_named_counts_relative_clause():
    text = (
        "The number of separated children whose parents have not been found rose to 702 this week. "
        "In early spring the count stood at 611."
    )
    assert ("children_parents_not_located", 611, "exact") in found(text)
    # a relative clause that names none of our counts names none
    decoy = (
        "The number of separated children who live in shelters rose again this week. "
        "In early spring the count stood at 611."
    )
    assert found(decoy) == []


def test_a_lacking_phrase_on_the_noun_names_which_children_the_verb_counts():
    assert found("The report identified 1,020 children with no confirmed reunification.") == [
        ("children_remaining_to_reunify", 1020, "exact")
    ]
    assert found("By its count, 1,020 children still have no confirmed reunification.") == [
        ("children_remaining_to_reunify", 1020, "exact")
    ]
    # set off by a comma it is no longer the noun's
    assert found("Officials identified 1,020 children, with no word on reunification.") == [
        ("children_separated_identified", 1020, "exact")
    ]


def test_reunions_in_recent_weeks_on_a_page_well_after_the_task_force_began_are_its_own():
    def on(text: str, published: date) -> list[tuple[str, int | float]]:
        return [(f.metric, f.value) for f in extract_figures(text, published)]

    text = "Another 12 children were reunited with their parents over the past few weeks."
    assert on(text, date(2021, 7, 1)) == [("children_reunified_by_task_force", 12)]
    # on a page of 2018, or when the window is a source's and not the reunions', the total
    assert on(text, date(2018, 8, 1)) == [("children_reunified_total", 12)]
    decoy = "Another 12 children were reunited with their parents, an official said over the past few weeks."
    assert on(decoy, date(2021, 7, 1)) == [("children_reunified_total", 12)]


def test_a_named_count_far_from_its_stands_at_and_the_total_tops_take_the_count():
    text = "The agency's count of children taken from their parents during those years now stands at 3,702."
    assert found(text) == [("children_separated_identified", 3702, "exact")]
    added = (
        "Officials said they had identified 2,310 older children as class members. "
        "Add the children under 5, and the total tops 2,420."
    )
    assert ("children_separated_identified", 2420, "at_least") in found(added)
    # a count of something else stands at a number of nothing of ours
    assert found("The cost of the shelters now stands at 3,702.") == []


def test_a_subjects_purpose_after_its_participles_agent_is_not_the_counts_predicate():
    text = "The panel set up by the new administration to reunite families has counted 3,610 children who were taken from their parents."
    assert found(text) == [("children_separated_identified", 3610, "exact")]
    # the agent with no purpose leaves the subject's own verb to count
    assert found("The task force set up by the new administration has reunited 510 children.") == [
        ("children_reunified_by_task_force", 510, "exact")
    ]


def test_a_share_between_dashes_leaves_the_count_its_verb_and_a_fronted_wholes_clause_is_not_the_parts():
    text = "Of the 3,610 children the task force has identified, 2,700 — or 74.8% — have been reunited."
    assert found(text) == [
        ("children_separated_identified", 3610, "exact"),
        ("children_reunified_total", 2700, "exact"),
    ]
    # the part's own phrase still gives its period
    own = (
        "Of the 3,610 children the task force has identified, 610 have been reunited through the task force."
    )
    assert ("children_reunified_by_task_force", 610, "exact") in found(own)


def test_a_search_still_going_on_and_no_record_of_a_reunion_said_as_a_clause():
    assert found("Volunteers say they are still looking for the parents of about 260 children.") == [
        ("children_parents_not_located", 260, "approximate")
    ]
    assert found(
        "For 1,840 of these children, officials have no record that they ever saw a parent again."
    ) == [("children_remaining_to_reunify", 1840, "exact")]
    # a search that is over, or a record that exists, is none of these
    assert (
        found("Volunteers were looking for the parents of about 260 children last year and found them.") == []
    )
    assert found("Officials have a record that 1,840 children saw a parent again.") == []


def test_reunions_in_progress_and_registrations_from_families():
    assert found("A spokesman said about 140 other reunifications are in progress.") == [
        ("children_reunification_in_process", 140, "approximate")
    ]
    assert found("The portal has received registrations from more than 1,300 families.") == [
        ("families_registered", 1300, "at_least")
    ]
    # children "in progress" toward something else are not reunions under way
    assert found("About 140 children are in progress toward a high-school diploma.") == []


def test_a_count_set_off_between_dashes_takes_the_clause_around_it():
    text = (
        "The agency says it has reunited about 640 kids since it began. "
        "Far more — some 2,050 — had been returned to parents before it existed."
    )
    assert ("children_reunified_before_task_force", 2050, "approximate") in found(text)
    possessive = (
        "Records show 3,700 children were separated. About 70% have been reunited, most of them — 2,030 — "
        "before the president's task force was created."
    )
    assert ("children_reunified_before_task_force", 2030, "exact") in found(possessive)
    # with no period named the dashed count is the total
    plain = "The agency has reunited about 640 kids. Far more — some 2,050 — had been returned to parents by then."
    assert ("children_reunified_total", 2050, "approximate") in found(plain)


def test_parents_in_their_countries_after_removal_were_deported():
    assert found("The parents of 207 children are in their countries of origin after removal.") == [
        ("parents_deported_separated", 207, "exact")
    ]
    # where they are, with no removal said, is not a deportation
    assert found("The parents of 207 children are in their countries of origin.") == []


def test_as_of_today_takes_a_labelled_release_date_line():
    from extract.model import Document

    text = "Statement\n\nRelease Date: May 4, 2019\n\nAs of today, 311 children have been reunified with a parent."
    assert [(f.metric, f.value, f.as_of) for f in extract_figures(Document(text=text))] == [
        ("children_reunified_total", 311, date(2019, 5, 4))
    ]
    # a date under another label is not the day "today" means
    other = (
        "Statement\n\nUpdated: May 4, 2019\n\nAs of today, 311 children have been reunified with a parent."
    )
    assert [f.as_of for f in extract_figures(Document(text=other))] == [None]
