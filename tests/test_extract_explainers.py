"""News, explainers, official lists and court texts (heldout22 phenomena). Sentences written for these tests."""

from conftest import found


def test_separations_after_a_long_named_order_are_outside_the_class():
    assert (
        found(
            "Auditors said at least 240 children were separated after the president's May 3 executive order."
        )
        == []
    )


def test_separations_in_a_window_opened_by_the_order_are_outside_the_class():
    assert (
        found("Records show that 900 children were separated between the July 2018 order and the spring.")
        == []
    )


def test_a_list_of_ages_is_not_a_count():
    assert found("Many of these children were 3, 4, 7 years old when they were separated.") == []


def test_including_court_ordered_reunions_keeps_a_before_count():
    text = "Before the Task Force was set up, 1,210 of these children were reunified, including under court order."
    assert found(text) == [("children_reunified_before_task_force", 1210, "exact")]


def test_including_the_earlier_reunions_makes_the_count_the_total():
    text = (
        "In a report marking a year since the president formed a task force, officials said 1,450 children "
        "had been reunified, including those reunited before the task force began."
    )
    assert found(text) == [("children_reunified_total", 1450, "exact")]


def test_a_capitalized_bullet_verb_takes_the_task_force_lead_in():
    text = "As of May 1, 2022, the Task Force has:\n  • Reunified 12 children with their parents;\n"
    assert found(text) == [("children_reunified_by_task_force", 12, "exact")]


def test_a_spanish_lead_in_naming_the_group_governs_its_bullets():
    text = "Al 3 de marzo de 2022, el Grupo de Trabajo:\n  • ha reunificado a 310 niños desde que comenzó su labor;\n"
    assert found(text) == [("children_reunified_by_task_force", 310, "exact")]


def test_continued_review_of_separations_is_under_review():
    text = "As of May 1, 2022, the Task Force has:\n  • Continued review of 640 additional separations;\n"
    assert found(text) == [("separations_under_review", 640, "exact")]


def test_either_not_located_or_not_reunified_stays_remaining():
    text = "For the remaining 512 children, the team either has not found a parent or has not confirmed a reunion."
    assert found(text) == [("children_remaining_to_reunify", 512, "exact")]


def test_feminine_nationality_marks_a_national_subset():
    assert found("La Cancillería acompaña a 45 familias guatemaltecas que fueron separadas.") == []


def test_a_qa_answer_takes_the_questions_predicate():
    text = "How many children are still apart?\n612 children, according to the agency.\n"
    assert found(text) == [("children_remaining_to_reunify", 612, "exact")]


def test_a_qa_answer_with_its_own_predicate_keeps_it():
    text = "How many are still apart?\n612 children were reunified last year, the agency said.\n"
    assert found(text) == [("children_reunified_total", 612, "exact")]


def test_the_number_it_has_reunited_is_put_at_a_value():
    text = "The agency says 1,900 children have been reunified. The task force puts the number it has reunited at 540."
    assert ("children_reunified_by_task_force", 540, "exact") in found(text)


def test_the_exact_number_said_again_takes_the_last_figure():
    text = "The team says it has reunited more than 500 children since it started work; a report puts the exact number at 531."
    assert found(text) == [
        ("children_reunified_by_task_force", 500, "at_least"),
        ("children_reunified_by_task_force", 531, "exact"),
    ]


def test_no_evidence_of_reunification_for_others_is_remaining():
    text = "Records show 1,100 children were reunited, but there was no evidence of reunification for 900 others."
    assert ("children_remaining_to_reunify", 900, "exact") in found(text)


def test_treatment_in_a_second_coordinated_clause_is_behavioral_services():
    text = "The team arranged case management for 410 families and assessments and treatment for 230."
    assert found(text) == [
        ("families_behavioral_health_case_management", 410, "exact"),
        ("families_behavioral_health_services", 230, "exact"),
    ]


def test_a_spanish_verb_without_subject_takes_the_group_from_the_previous_sentence():
    text = "El grupo de trabajo revisa los registros del gobierno. Hasta ahora, ha reunificado a 420 niños."
    assert found(text) == [("children_reunified_by_task_force", 420, "exact")]


def test_a_spanish_verb_without_subject_after_another_subject_is_the_total():
    text = "La agencia revisa los registros del gobierno. Hasta ahora, ha reunificado a 420 niños."
    assert found(text) == [("children_reunified_total", 420, "exact")]


def test_children_awaiting_transfer_are_not_remaining():
    assert found("• 23 children remain in Border Patrol custody awaiting transfer to shelters.") == []


def test_a_colon_split_of_a_spanish_reunified_clause():
    text = (
        "Fueron separados 2.900 menores. Casi el 70 % de ellos ya se ha reunido con sus familias: "
        "1.500 antes de que existiera el grupo de trabajo y 530 después."
    )
    assert ("children_reunified_before_task_force", 1500, "exact") in found(text)
    assert ("children_reunified_by_task_force", 530, "exact") in found(text)


def test_a_spanish_headline_in_the_present_counts_the_separated():
    assert found("Separan a más de 1.200 niños de sus padres en la frontera") == [
        ("children_separated_identified", 1200, "at_least")
    ]
