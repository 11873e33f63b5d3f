"""News wordings met in heldout18 (aggregators, re-translated reposts, Spanish wires), with sentences of our own."""

from extract import extract_figures


def _pairs(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text)]


def test_a_count_bounded_by_a_bare_age_is_a_sub_count():
    assert _pairs("Forty-two children under 5 were back with their parents by Friday night.") == []


def test_round_is_approximate_only_when_it_is_not_a_noun():
    assert _pairs("In the second round 300 families registered through Together.gov.") == [
        ("families_registered", 300, "exact")
    ]


def test_a_bare_small_number_a_person_is_now_or_then_is_an_age():
    text = '"Some of them were 3 when they were separated and are 8 now," a caseworker said of the reunited kids.'
    assert _pairs(text) == []


def test_a_source_named_after_a_post_verbal_count_is_not_its_predicate():
    text = "Los menores separados en la frontera fueron al menos 4,100, según un informe del equipo de reunificación."
    assert _pairs(text) == []


def test_attention_turned_to_a_group_and_a_caseload_are_not_counts():
    assert _pairs("With the first reunions finished, officials turned to 1,800 older children.") == []
    assert _pairs("Una iglesia de Houston que ha atendido a 45 familias reunificadas pide más fondos.") == []


def test_re_translated_wire_copy_keeps_its_qualifiers_and_periods():
    text = (
        "The Biden management has reunited practically 500 youngsters. A complete of 1,900 youngsters had been "
        "reunited earlier than the duty pressure was created, and round 70% have been reunited. Some 120 are "
        "within the strategy of reunification."
    )
    assert _pairs(text) == [
        ("children_reunified_by_task_force", 500, "approximate"),
        ("children_reunified_before_task_force", 1900, "exact"),
        ("percent_reunified", 70, "approximate"),
        ("children_reunification_in_process", 120, "approximate"),
    ]


def test_children_left_por_reunificar_remain_and_working_por_reunificar_a_is_a_plan():
    assert _pairs("Washington todavía tiene 850 niños separados por reunificar con sus padres.") == [
        ("children_remaining_to_reunify", 850, "exact")
    ]
    assert _pairs("La organización trabaja por reunificar a 850 niños.") == []


def test_a_coordinated_verb_phrase_shares_the_subjects_period():
    text = "The task force has identified 3,000 separated children so far, and has helped 620 of them reunite with a parent."
    assert _pairs(text) == [
        ("children_separated_identified", 3000, "exact"),
        ("children_reunified_by_task_force", 620, "exact"),
    ]


def test_court_era_class_wordings_count_the_separated():
    assert _pairs("Border agents took 1,200 children away from their parents in five weeks.") == [
        ("children_separated_identified", 1200, "exact")
    ]
    text = "The ruling adds families to a class action that has so far covered about 2,400 children."
    assert _pairs(text) == [("children_separated_identified", 2400, "approximate")]
    text = "Officials said they had accounted for 2,600 children covered by the court case."
    assert _pairs(text) == [("children_separated_identified", 2600, "exact")]


def test_children_who_stay_in_shelters_remain_and_parents_still_not_found_are_not_located():
    assert _pairs(
        "More than 1,500 kids stay in government shelters after being taken from their parents."
    ) == [("children_remaining_to_reunify", 1500, "at_least")]
    assert _pairs("Parents of 480 separated children still not found, lawyers say") == [
        ("children_parents_not_located", 480, "exact")
    ]


def test_a_court_chart_row_of_children_discharged_to_a_parent_is_reunified():
    text = (
        "Defendants report the following:\n"
        "  •  Children discharged from ORR to a parent in ICE custody: 1,210\n"
        "  •  Children discharged to a sponsor: 300\n"
    )
    assert _pairs(text) == [("children_reunified_total", 1210, "exact")]


def test_spanish_elided_counts_of_the_rest_and_of_services():
    text = (
        "Unos 1.500 niños ya volvieron con sus padres. Para los 640 restantes no hay registro de reunificación. "
        "Además, 1.200 familias se han registrado, y unas 410 recibieron servicios de gestión de casos."
    )
    pairs = _pairs(text)
    assert ("children_remaining_to_reunify", 640, "exact") in pairs
    assert ("families_behavioral_health_case_management", 410, "approximate") in pairs


def test_al_menos_a_keeps_its_qualifier():
    assert _pairs("El grupo de trabajo ha reunificado al menos a 350 niños separados.") == [
        ("children_reunified_by_task_force", 350, "at_least")
    ]


def test_the_number_said_again_by_a_pronoun_or_a_passing_verb_takes_the_last_figure():
    text = (
        "The task force said it had reunited 640 children with their parents as of May 2023, and advocates "
        "believe the number has since passed 700."
    )
    assert _pairs(text) == [
        ("children_reunified_by_task_force", 640, "exact"),
        ("children_reunified_by_task_force", 700, "at_least"),
    ]
    text = "Officials have identified 3,950 separated children. The count keeps moving; in 2022 it stood at 3,900."
    assert _pairs(text) == [
        ("children_separated_identified", 3950, "exact"),
        ("children_separated_identified", 3900, "exact"),
    ]


def test_the_size_of_a_class_is_the_separated_count():
    assert _pairs("Together the two classes number about 4,200 children.") == [
        ("children_separated_identified", 4200, "approximate")
    ]


def test_a_quoted_count_after_the_number_of_keeps_its_subject():
    text = 'The secretary said the number of children who were separated from their parents is "under 2,900," a new count.'
    assert _pairs(text) == [("children_separated_identified", 2900, "at_most")]
