"""Behaviours fitted on held-out batch 24, each shown on sentences written for the test."""

from datetime import date

from extract import extract_figures


def _read(text: str, published: date | None = None) -> list[tuple[str, int, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text, published=published)]


def test_separated_and_still_held_is_the_court_era_class_not_a_remainder():
    text = "In court papers the government said 2,650 children were separated from their parents and still in federal custody when the judge ruled."
    assert _read(text) == [("children_separated_identified", 2650, "exact")]
    text = "The first class counted about 2,650 children who were separated and still in federal custody at the time."
    assert _read(text) == [("children_separated_identified", 2650, "approximate")]


def test_a_location_with_its_own_verb_is_still_a_remainder():
    text = "Officials said 412 children were separated and are still in federal custody."
    assert _read(text) == [("children_remaining_to_reunify", 412, "exact")]


def test_a_document_participle_is_not_the_count_predicate():
    text = (
        "Numbers released in March showed the agency had found 640 children with no confirmed reunification."
    )
    assert _read(text) == [("children_remaining_to_reunify", 640, "exact")]


def test_parents_still_not_located_without_an_auxiliary():
    text = "The case moves on with the parents of 302 children still not located, lawyers said."
    assert _read(text) == [("children_parents_not_located", 302, "exact")]


def test_a_record_of_reunification_for_a_count_is_reunified():
    text = "Among them, there is a record of reunification for 1,204 children."
    assert _read(text) == [("children_reunified_total", 1204, "exact")]


def test_spanish_government_of_biden_reunited_is_the_task_force_period():
    text = "El Gobierno del presidente Joe Biden ha reunido con sus padres al menos a 310 niños migrantes."
    assert _read(text, date(2022, 5, 1)) == [("children_reunified_by_task_force", 310, "at_least")]
    text = "El Gobierno de Joe Biden ha logrado reunificar a casi 450 niños que fueron separados."
    assert _read(text, date(2022, 5, 1)) == [("children_reunified_by_task_force", 450, "approximate")]


def test_spanish_returned_to_their_families_after_a_relative_clause():
    text = "La agencia informó que 140 niños inmigrantes que habían sido separados de sus padres ya fueron devueltos a sus familias."
    assert _read(text) == [("children_reunified_total", 140, "exact")]


def test_spanish_elided_counts_after_a_share_and_in_the_past_tense():
    text = (
        "Las cifras muestran que 3.100 menores fueron separados. Cerca del 70 % de ellos ya se reunió con su "
        "familia: 1.900 antes de la creación del grupo de trabajo y 270 después. Otros 120 estaban en proceso de "
        "reunificación."
    )
    assert _read(text, date(2022, 5, 1)) == [
        ("children_separated_identified", 3100, "exact"),
        ("percent_reunified", 70, "approximate"),
        ("children_reunified_before_task_force", 1900, "exact"),
        ("children_reunified_by_task_force", 270, "exact"),
        ("children_reunification_in_process", 120, "exact"),
    ]


def test_spanish_no_registry_and_still_in_custody():
    assert _read("Para 812 menores no existe ningún registro de reunificación.") == [
        ("children_remaining_to_reunify", 812, "exact")
    ]
    assert _read("Otros 640 menores separados permanecen bajo la tutela de la agencia.") == [
        ("children_remaining_to_reunify", 640, "exact")
    ]


def test_the_real_number_of_separated_children_exceeds():
    text = "Los abogados calculan que el número real de niños separados supera los 4,800."
    assert _read(text) == [("children_separated_identified", 4800, "at_least")]


def test_children_who_are_members_of_the_class_are_the_separated_class():
    text = "Advocates estimate that between 3,000 and 3,500 children are members of the class."
    assert _read(text) == [
        ("children_separated_identified", 3000, "at_least"),
        ("children_separated_identified", 3500, "at_most"),
    ]


def test_separated_children_held_in_all_are_the_whole_count():
    text = 'The secretary said the agency had "about 2,400" separated children in its care in all.'
    assert _read(text) == [("children_separated_identified", 2400, "approximate")]
    assert _read("The agency had 2,400 separated children in its care.") == [
        ("children_remaining_to_reunify", 2400, "exact")
    ]


def test_families_told_they_can_apply_to_reunite_are_informed():
    text = "Officials said 96 families have been told by a contracted charity that they can apply to reunite."
    assert _read(text) == [("families_informed_of_opportunity", 96, "exact")]


def test_a_line_ending_on_in_is_wrapped_mid_phrase():
    text = (
        "Counsel report that the parents of more than 60 children who remain in\n"
        "    ORR care have still not been reached."
    )
    assert _read(text) == [("children_parents_not_located", 60, "at_least")]


def test_a_share_of_the_reunions_is_a_count_of_children_reunified():
    text = "Since it was set up, the task force itself accounts for 512 of the reunions."
    assert _read(text, date(2023, 2, 2)) == [("children_reunified_by_task_force", 512, "exact")]
    assert _read("The agency accounts for 40 reunions planned next week.") == []


def test_the_rest_of_a_count_carries_the_period_not_the_count():
    text = (
        "About 640 children were reunited through the task force. The rest of the roughly 2,500 reunions "
        "happened earlier, mostly under the 2018 court order."
    )
    assert _read(text, date(2024, 2, 2)) == [
        ("children_reunified_by_task_force", 640, "approximate"),
        ("children_reunified_total", 2500, "approximate"),
    ]


def test_a_range_from_zero_gives_no_zero_figure():
    assert all(f.value > 0 for f in extract_figures('CHILD"0-1"REUNITED'))
