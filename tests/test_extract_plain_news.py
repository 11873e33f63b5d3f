"""Plain news prose (heldout21 phenomena). Sentences written for these tests."""

from conftest import found


def test_taskforce_written_as_one_word_is_the_task_force():
    text = "About 410 children have been reunited since the taskforce began work in 2021."
    assert found(text) == [("children_reunified_by_task_force", 410, "approximate")]


def test_a_court_order_with_an_article_and_a_year_is_before_the_task_force():
    text = "The report counts 3,100 separated children. Of those, 1,512 have been reunified, in most cases under a 2018 court order."
    assert ("children_reunified_before_task_force", 1512, "exact") in found(text)
    text = (
        "De esos niños, 1.512 fueron reunificados con sus familias, casi todos por orden de un juez federal."
    )
    assert found(text) == [("children_reunified_before_task_force", 1512, "exact")]


def test_most_of_them_under_a_court_order_is_a_means_not_a_period():
    text = (
        "About 1,300 children have been reunited with a parent, most of them under a court order from 2018."
    )
    assert found(text) == [("children_reunified_before_task_force", 1300, "approximate")]


def test_most_of_them_before_the_task_force_is_still_the_total():
    text = "In all, 2,410 children were reunited, most of them before the task force existed."
    assert found(text) == [("children_reunified_total", 2410, "exact")]


def test_earlier_than_the_creation_of_a_named_group_is_before_the_task_force():
    text = "Officials said 1,904 children were reunited earlier than the creation of the working group."
    assert found(text) == [("children_reunified_before_task_force", 1904, "exact")]


def test_before_it_at_the_end_of_a_clause_refers_to_the_task_force_just_named():
    text = "Take away the 512 children reunified through the task force and you get 1,830 reunited before it."
    assert ("children_reunified_before_task_force", 1830, "exact") in found(text)


def test_spanish_thanks_to_the_work_of_the_group_is_the_task_force():
    text = "Según el informe, 412 niños se reunieron con sus padres gracias a la labor del grupo."
    assert found(text) == [("children_reunified_by_task_force", 412, "exact")]


def test_a_bare_count_after_no_record_for_takes_the_noun_of_the_sentence_count():
    text = (
        "The review counted 4,020 separated children. Of those, 1,640 have been reunified, in most cases "
        "under a 2018 court order, while there is no record of reunification for 2,380."
    )
    assert ("children_remaining_to_reunify", 2380, "exact") in found(text)
    text = (
        "El informe cuenta 4.020 niños separados. De ese total, 1.640 fueron reunificados con sus familias, "
        "y no existe registro de reunificación para 2.380."
    )
    assert ("children_remaining_to_reunify", 2380, "exact") in found(text)


def test_families_told_they_can_reunify_are_informed_not_reunified():
    text = "Another 214 families have been told they can reunify but have not yet decided."
    assert found(text) == [("families_informed_of_opportunity", 214, "exact")]


def test_an_age_bound_after_a_group_phrase_is_an_age_group():
    assert (
        found("Officials said 143 of the children in the newly found group were under 5 at the time.") == []
    )


def test_ready_to_be_put_back_with_their_families_is_a_plan():
    assert (
        found("Another 412 children were cleared and ready to be put back with their families next week.")
        == []
    )


def test_a_chart_row_of_children_whose_parent_is_outside_the_country_is_not_held_nor_deported():
    text = "Of the children remaining in ORR care, children whose parent is outside the United States: 287."
    assert found(text) == []


def test_a_whose_clause_on_counted_parents_is_their_childrens_predicate_not_theirs():
    text = "More than 280 parents whose children were taken from them may already have been sent out of the country."
    assert found(text) == [("parents_deported_separated", 280, "at_least")]
    assert found("Officials said 190 parents were sent out of the country without their children.") == [
        ("parents_deported_separated", 190, "exact")
    ]


def test_a_rate_in_a_coordinated_predicate_is_not_the_counts():
    text = "The task force has reunited more than 410 children and continues to work every day on the rest."
    assert found(text) == [("children_reunified_by_task_force", 410, "at_least")]
    assert found("About 45 children a day were being separated at the border.") == []


def test_a_cue_that_spans_and_still_governs_the_count_after_it():
    text = "The agency has provided case management to 512 families and behavioral health assessments and treatment to 233 families."
    assert found(text) == [
        ("families_behavioral_health_case_management", 512, "exact"),
        ("families_behavioral_health_services", 233, "exact"),
    ]


def test_between_two_years_is_one_span_not_two_clauses():
    text = "The count of children separated between 2017 and 2021 stood at 4,012 in the first report."
    assert found(text) == [("children_separated_identified", 4012, "exact")]


def test_a_count_that_includes_later_separations_is_not_restricted_to_them():
    text = "Lawyers put the number of separated children at more than 5,100, a count that includes separations after the 2018 injunction."
    assert found(text) == [("children_separated_identified", 5100, "at_least")]
    assert found("Officials say 131 children were separated after the 2018 injunction.") == []


def test_government_has_managed_to_reunite_in_spanish_is_the_task_force_era():
    text = "El Gobierno de Estados Unidos ha logrado reunir a más de 610 menores con sus familias, informó el DHS."
    assert found(text) == [("children_reunified_by_task_force", 610, "at_least")]


def test_by_whose_count_after_a_number_leaves_its_noun_to_the_sentence():
    text = (
        "Roughly one in four separated children — 1,012 by the agency’s count — has still not been reunited."
    )
    assert found(text) == [("children_remaining_to_reunify", 1012, "exact")]


def test_a_count_still_held_but_announced_with_its_reunion_is_a_plan():
    text = "Another 23 minors remain in custody while their cases are processed, and they are expected to be reunited soon."
    assert found(text) == []


def test_digits_with_the_word_thousand_are_one_number():
    assert found("Over 3 thousand children separated at the border are still not reunited.") == [
        ("children_remaining_to_reunify", 3000, "at_least")
    ]
    assert found("The group raised $2 thousand for the families.") == []


def test_an_undated_court_order_with_an_article_is_a_reason_not_the_period():
    text = "Officials said they had reunited 1,206 children, meeting their obligations under a court order."
    assert found(text) == [("children_reunified_total", 1206, "exact")]
