"""News, explainers, official lists and court texts (heldout22 phenomena). Sentences written for these tests."""

from extract import extract_figures


def found(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text)]


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


def test_additional_children_after_the_number_are_an_increment():
    assert found("The agency said it separated 1,204 additional children from their parents in 2017.") == []


def test_a_list_of_ages_is_not_a_count():
    assert found("Many of these children were 3, 4, 7 years old when they were separated.") == []


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
