"""Phenomena of task-force-era pages (2021-2025): progress-report tables flattened with dot leaders, who did the
reuniting, and wordings that split reunifications into periods. Sentences written for these tests."""

from extract import extract_figures


def _pairs(text: str) -> set[tuple[str, float]]:
    return {(f.metric, f.value) for f in extract_figures(text)}


def test_dot_leader_rows_take_the_column_header_noun():
    text = (
        "Table 3. Status of identified separated children\n"
        "Category Number of children\n"
        "Reunified before the Task Force ................. 1,512\n"
        "Reunified with Task Force support ............... 230\n"
        "No record of reunification ...................... 1,401\n"
    )
    assert _pairs(text) == {
        ("children_reunified_before_task_force", 1512),
        ("children_reunified_by_task_force", 230),
        ("children_remaining_to_reunify", 1401),
    }


def test_indented_sub_row_takes_its_parent_rows_noun_and_ends_at_its_line():
    text = (
        "Table 2. Status (as of May 1, 2024)\n"
        "Children reunified (all) ........................ 2,900\n"
        "  Reunified with Task Force support ............. 610\n"
        "Children with no record of reunification ........ 1,020\n"
        "  In process of reunification ................... 140\n"
        "Percent of identified children reunified ........ 73.9\n"
    )
    assert _pairs(text) == {
        ("children_reunified_total", 2900),
        ("children_reunified_by_task_force", 610),
        ("children_remaining_to_reunify", 1020),
        ("children_reunification_in_process", 140),
        ("percent_reunified", 73.9),
    }


def test_a_row_with_no_noun_and_no_header_gives_nothing():
    text = "Summary\nReunified with support ........... 230\nStill apart ........... 1,401\n"
    assert _pairs(text) == set()


def test_a_decimal_outside_a_share_row_is_not_a_count():
    assert _pairs("The agency reunified 12.5 children on average each week in 2022.") == set()


def test_percent_word_on_the_next_line_is_not_this_numbers():
    text = "Families registered ........... 1,200\nPercent of families referred for parole ..... 41\n"
    assert ("families_registered", 1200) in _pairs(text)


def test_family_separation_records_label():
    text = "Table 4. Records\nSeparation records still under review ........ 95\n"
    assert _pairs(text) == {("separations_under_review", 95)}


def test_singular_assessment_or_treatment():
    text = "Families receiving behavioral health assessment or treatment  510\n"
    assert _pairs(text) == {("families_behavioral_health_services", 510)}


def test_possessive_court_order_is_before_the_task_force():
    text = (
        "The review counted 3,700 separated children. About 1,650 others were reunited in 2018 under a federal "
        "judge's order in California."
    )
    assert ("children_reunified_before_task_force", 1650) in _pairs(text)


def test_by_the_time_the_task_force_started_is_before():
    text = (
        "Of the 3,800 children, 2,100 had already been reunited by the time the task force started its work."
    )
    assert ("children_reunified_before_task_force", 2100) in _pairs(text)


def test_some_then_the_rest_is_the_total():
    text = (
        "Of those children, 2,750 have been reunited, some under a court order in 2018 and the rest since the "
        "task force began."
    )
    assert ("children_reunified_total", 2750) in _pairs(text)


def test_ya_sea_por_o_con_is_the_total():
    text = (
        "De los 3,800 menores identificados, 2,750 ya se reunieron con sus padres, ya sea por orden de una jueza "
        "o con ayuda del grupo de trabajo."
    )
    assert ("children_reunified_total", 2750) in _pairs(text)


def test_task_force_subject_carries_to_its_coordinated_reuniting_verb():
    text = "Ese equipo localizó a 3.100 menores separados y logró reunir a unos 700 niños con sus padres."
    assert ("children_reunified_by_task_force", 700) in _pairs(text)


def test_it_after_a_task_force_sentence_is_the_task_force():
    text = (
        "The task force identified 4,100 children separated at the border. By last spring, it had reunited "
        "750 children."
    )
    assert ("children_reunified_by_task_force", 750) in _pairs(text)


def test_it_after_another_subject_decides_nothing():
    text = "The court order was narrow. By last spring, it had reunited 750 children."
    assert ("children_reunified_by_task_force", 750) not in _pairs(text)


def test_a_caseload_helped_is_not_a_count_but_helped_to_reunite_is():
    assert (
        _pairs("A legal aid clinic in Tucson has helped about 45 separated families, its director said.")
        == set()
    )
    assert ("families_reunified_by_task_force", 320) in _pairs("The task force helped 320 families reunite.")


def test_mental_health_treatment_and_an_assigned_case_manager():
    text = (
        "According to the status report, about 480 families have received mental health treatment, and "
        "roughly 700 have been assigned a case manager."
    )
    assert _pairs(text) == {
        ("families_behavioral_health_services", 480),
        ("families_behavioral_health_case_management", 700),
    }


def test_records_lacking_or_without_a_reunion_are_remaining():
    text = "The task force identified 4,050 children, and it counted 910 of them as still lacking any record of reunification."
    assert ("children_remaining_to_reunify", 910) in _pairs(text)
    spanish = "La lista tiene 3.800 niños separados. En cambio, para 1.900 no hay ningún registro de que hayan vuelto con sus padres."
    assert ("children_remaining_to_reunify", 1900) in _pairs(spanish)


def test_working_through_separations_is_a_review():
    text = "Analysts are working through 1,480 additional separations flagged in agency files."
    assert _pairs(text) == {("separations_under_review", 1480)}


def test_a_list_item_that_opens_with_its_number_reads_the_phrase_after_the_colon():
    text = (
        "By the numbers:\n"
        "• $300,000: the payment that was discussed.\n"
        "• 820: claims filed by separated families.\n"
        "• 5,000+: children separated under the policy, by one group's count.\n"
    )
    assert _pairs(text) == {("children_separated_identified", 5000)}


def test_a_cue_in_the_relative_clause_on_the_source_is_not_the_counts():
    text = (
        "El grupo reunificó a 90 familias en su primer año.\n"
        "Otras 250 familias están en distintas fases del proceso, según dijo un funcionario, que pidió no ser "
        "identificado."
    )
    assert ("families_separated", 250) not in _pairs(text)


def test_with_no_continues_the_count_and_a_table_number_is_not_a_count():
    text = (
        "The task force counted 4,100 separated children; 3,000 of the children have been reunited. That leaves "
        "1,100 with no confirmed reunion.\n"
        "Caseworkers tried to reach the families of all children in Table 1 with no record of reunification."
    )
    pairs = _pairs(text)
    assert ("children_remaining_to_reunify", 1100) in pairs
    assert ("children_remaining_to_reunify", 1) not in pairs


def test_a_share_of_the_children_a_government_separated_takes_the_main_verb():
    text = "Nearly 70% of the children the federal government separated at the border have now been reunited."
    assert _pairs(text) == {("percent_reunified", 70)}
    assert _pairs("About 30 percent of the children the government separated remain apart.") == set()


def test_families_getting_treatment():
    text = "Only 310 families have received behavioral health assessments, and fewer than 300 families getting actual treatment is far too few."
    assert ("families_behavioral_health_services", 300) in _pairs(text)


def test_working_through_the_whole_universe_of_separations_is_not_a_review():
    text = "The task force is working through roughly 5,000 separations that occurred between 2017 and 2021."
    assert ("separations_under_review", 5000) not in _pairs(text)


def test_a_second_value_after_the_same_verb_is_the_same_count():
    text = "One outlet said 3,870 children were separated; the agency's own fact sheet said 3,915. Both are close."
    assert _pairs(text) == {("children_separated_identified", 3870), ("children_separated_identified", 3915)}
