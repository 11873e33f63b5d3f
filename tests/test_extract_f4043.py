"""Structural rules found on heldout40 and heldout43. Sentences written for these tests."""

from conftest import found


def test_the_group_as_the_source_of_a_report_does_not_name_the_period_the_clause_gives():
    text = (
        "The interagency task force reported 2,040 of the children had gone back to their families under "
        "prior court orders, and 12 more had been reunited through the task force."
    )
    assert ("children_reunified_before_task_force", 2040, "exact") in found(text)
    assert ("children_reunified_by_task_force", 12, "exact") in found(text)
    # decoy: the group as the source still names the period when nothing else does, and "said it had" keeps it
    # the agent
    assert found("The task force said 640 children had been reunited.") == [
        ("children_reunified_by_task_force", 640, "exact")
    ]
    assert found("The task force reported that it had reunited 640 children.") == [
        ("children_reunified_by_task_force", 640, "exact")
    ]


def test_nearly_all_of_them_bounds_the_period_to_a_part_so_the_count_is_the_total():
    assert found(
        "Officials say 2,210 children are back with a parent, almost all of them under court orders before the "
        "task force began."
    ) == [("children_reunified_total", 2210, "exact")]
    # decoy: "all of them" holds for every one
    assert found(
        "Officials say 2,210 children are back with a parent, all of them under court orders before the task "
        "force began."
    ) == [("children_reunified_before_task_force", 2210, "exact")]


def test_a_headline_kicker_before_a_colon_yields_to_the_counts_own_participle():
    assert found("'Still apart': More than 250 children reunited, lawyers say") == [
        ("children_reunified_total", 250, "at_least")
    ]
    # decoy: with nothing said of the count after the colon, the kicker still labels it
    assert found("Still apart: 1,200 children, lawyers say") == [
        ("children_remaining_to_reunify", 1200, "exact")
    ]


def test_it_after_a_sentence_whose_subject_is_a_possessive_named_task_force_is_the_task_force():
    text = (
        "The administration's interagency Family Reunification Task Force has found 3,700 separated children. "
        "By last month, it had reunited 640 of them."
    )
    assert ("children_reunified_by_task_force", 640, "exact") in found(text)
    # decoy: "it" after a sentence about something else names no period
    text = "The state's refugee office has found 3,700 separated children. By last month, it had reunited 640 of them."
    assert ("children_reunified_by_task_force", 640, "exact") not in found(text)


def test_reunited_under_the_administration_that_set_up_the_task_force_is_the_task_force_period():
    assert found("Apenas doce niños han vuelto con sus padres bajo Biden.") == [
        ("children_reunified_by_task_force", 12, "exact")
    ]
    assert found("Just 12 children have been reunited under President Biden.") == [
        ("children_reunified_by_task_force", 12, "exact")
    ]
    # decoy: a separation under one administration says nothing of a reunion's period
    assert found("Just 12 children have been reunited since they were separated under Trump.") == [
        ("children_reunified_total", 12, "exact")
    ]


def test_identified_children_restricted_by_a_for_whom_clause_are_the_clauses_count():
    assert found("- Identified 1,050 children for whom the government has no record of reunification;") == [
        ("children_remaining_to_reunify", 1050, "exact")
    ]
    # decoy: a "for whom" clause with no state leaves the identification
    assert found("The task force identified 1,050 children for whom it holds case files.") == [
        ("children_separated_identified", 1050, "exact")
    ]


def test_not_located_as_one_of_a_list_of_reasons_does_not_override_the_main_predicate():
    assert found(
        "But 402 children are still apart because their parents had criminal records, could not be located or "
        "had declined reunification."
    ) == [("children_remaining_to_reunify", 402, "exact")]
    # decoy: two verbs for the same reason ("located or reached") keep it the specific figure
    assert found(
        "But 402 children are still apart because their parents could not be located or reached."
    ) == [("children_parents_not_located", 402, "exact")]


def test_an_effort_still_under_way_to_find_the_parents_counts_the_children_as_not_located():
    assert found("Advocates are still working to find the parents of 380 children separated in 2018.") == [
        ("children_parents_not_located", 380, "exact")
    ]
    assert found("Abogados siguen buscando a los padres de 380 niños separados en 2018.") == [
        ("children_parents_not_located", 380, "exact")
    ]
    # decoy: helping the parents says nothing of whether they were found
    assert found("Advocates are still working to help the parents of 380 children separated in 2018.") == []


def test_a_spanish_future_ellipsis_after_a_count_is_a_plan():
    text = "Apenas diez familias han sido reunidas bajo Biden, y 40 más lo harán en las semanas que vienen."
    assert found(text) == [("families_reunified_by_task_force", 10, "exact")]
    # decoy: "tan pronto como" is "as soon as", not a plan
    assert ("children_reunified_total", 40, "exact") in found(
        "Tan pronto como se supo, 40 niños ya habían sido reunidos con sus padres."
    )


def test_a_named_count_may_close_with_a_time_or_cause_adjunct():
    text = (
        "The number of children whose parents have not been found climbed to 702 after new files were shared, "
        "lawyers said. In the spring the count stood at 590."
    )
    assert found(text) == [
        ("children_parents_not_located", 702, "exact"),
        ("children_parents_not_located", 590, "exact"),
    ]
    # decoy: a noun after the count is its own noun, not the named one
    assert (
        found("The number of children whose parents have not been found climbed to 702 pages of files.") == []
    )


def test_a_spanish_pronoun_for_the_previous_participle_takes_its_state():
    text = "Unos 1.200 niños fueron reunidos antes de que existiera el grupo, y otros 35 lo han sido desde entonces."
    assert ("children_reunified_by_task_force", 35, "exact") in found(text)
    # decoy: the same pronoun with a future verb is a plan
    text = "Unos 1.200 niños fueron reunidos antes de que existiera el grupo, y otros 35 lo serán en agosto."
    assert [value for _m, value, _q in found(text)] == [1200]


def test_an_active_split_with_a_count_as_its_object_is_a_separation():
    assert found("Advocates say the practice split at least 3,100 families in two years.") == [
        ("families_separated", 3100, "at_least")
    ]
    # decoy: a split that is not of people
    assert found("The grant was split 3,100 ways among the shelters.") == []


def test_children_said_to_belong_to_the_class_are_the_class_count():
    assert found("The government now says 2,690 children belong to the original class.") == [
        ("children_separated_identified", 2690, "exact")
    ]
    # decoy: belonging to another group says nothing of separation
    assert found("The government now says 2,690 children belong to the same church.") == []


def test_a_quoted_count_after_put_the_figure_at_is_the_count_said_before():
    text = (
        'The agency says 2,690 children are members of the class. Earlier filings put the figure at "about '
        '2,500," lawyers said.'
    )
    assert ("children_separated_identified", 2500, "approximate") in found(text)
    # decoy: with no count before, the figure is of nothing
    assert found('Earlier filings put the figure at "about 2,500," lawyers said.') == []


def test_a_spanish_share_of_the_identified_after_a_reunified_count_is_the_share_reunified():
    text = "Hasta ahora 3.010 niños han sido reunificados, cerca del 77 % de los identificados."
    assert ("percent_reunified", 77, "approximate") in found(text)
    # decoy: the same share after a count of those still apart is not the share reunified
    text = "Hasta ahora 998 niños siguen sin registro de reunificación, cerca del 25 % de los identificados."
    assert not any(metric == "percent_reunified" for metric, _v, _q in found(text))


def test_a_negated_homecoming_is_a_remaining_count():
    assert found("Three years on, about 900 separated children still aren't home.") == [
        ("children_remaining_to_reunify", 900, "approximate")
    ]
    # decoy: children who are home are not remaining
    assert found("About 900 separated children are home now.") == []


def test_a_running_total_may_name_its_noun_between_total_and_to():
    text = (
        "Officials identified 410 more children who were separated, bringing the total known separations since "
        "2017 to more than 4,900."
    )
    assert ("children_separated_identified", 4900, "at_least") in found(text)
    # decoy: a total of something else
    text = "Officials identified 410 more children who were separated, bringing the total cost since 2017 to 4,900."
    assert not any(value == 4900 for _m, value, _q in found(text))
