"""Structural predicates (extractor 1.5.0): a number's metric comes from its own predicate, else nothing.

Sentences written for these tests."""

from conftest import found

from extract import extract_figures


def test_a_modifier_participle_is_not_the_separated_count_when_another_predicate_governs():
    assert found("By the fall, 212 separated children were still in federal shelters.") == [
        ("children_remaining_to_reunify", 212, "exact")
    ]
    assert found("Agents held 340 of the separated children for more than three days.") == []
    assert found("A lawyer who represents 23 separated families spoke at the rally.") == []


def test_a_headline_participle_with_nothing_else_said_is_still_the_separated_count():
    assert found("Officials reported 3,120 separated children in the spring.") == [
        ("children_separated_identified", 3120, "exact")
    ]


def test_spanish_postnominal_participle_before_the_number_is_not_a_predicate():
    text = "El equipo encargado de reunir a las familias separadas ha remitido a más de 700 familias a un programa."
    assert ("families_separated", 700, "at_least") not in found(text)


def test_the_main_verb_wins_over_a_relative_clause_on_another_noun():
    text = "The task force has returned 512 children to the parents they were taken from."
    assert found(text) == [("children_reunified_by_task_force", 512, "exact")]


def test_a_task_force_subject_makes_a_reunification_its_own():
    assert found("Desde marzo, el equipo especial ha logrado reunir a 431 niños con sus padres.") == [
        ("children_reunified_by_task_force", 431, "exact")
    ]


def test_either_prior_to_or_through_is_the_total():
    text = "Of these, 1,870 children have been reunified, either prior to or through the work of the team."
    assert found(text) == [("children_reunified_total", 1870, "exact")]


def test_parents_of_n_children_count_only_by_their_parents_fate():
    assert found("Parents of 377 separated children still can't be found, lawyers say.") == [
        ("children_parents_not_located", 377, "exact")
    ]
    assert found("Los abogados no encuentran a los padres de 377 niños separados en la frontera.") == [
        ("children_parents_not_located", 377, "exact")
    ]
    assert found("The parents of 377 separated children spoke to reporters on Monday.") == []


def test_a_plan_after_a_relative_clause_is_a_plan():
    text = "Six families who were torn apart at the border will be reunited next week, officials said."
    assert found(text) == []


def test_a_narrative_verb_is_not_a_count():
    assert found("The film follows five families back together after years apart.") == []


def test_the_counts_own_predicate_outside_the_cues_abstains():
    assert found("The remaining 140 children were discharged to sponsors or turned 18.") == []
    assert found("Of 2,000 minors, some 1,200 were gathered with relatives before the order.") == []


def test_an_increment_of_separated_children_is_not_the_count():
    assert found("The agency identifies 950 more separated children.") == []


def test_the_same_count_referred_to_again_keeps_its_first_metric():
    text = (
        "Lawyers have not been able to locate the parents of 433 children. "
        "The 433 children were separated in 2017 under a pilot program."
    )
    assert found(text) == [("children_parents_not_located", 433, "exact")]


# Extractor 1.6.0: relative clauses, complement clauses, custody, task-force subjects.


def test_a_spanish_relative_clause_on_the_count_gives_way_to_the_main_verb():
    text = "La agencia informó el lunes de que 318 niños que habían sido separados en la frontera ya han sido reunidos con sus madres."
    assert found(text) == [("children_reunified_total", 318, "exact")]
    text = "Unos 412 menores que fueron separados de sus padres siguen sin reunirse con ellos."
    assert found(text) == [("children_remaining_to_reunify", 412, "approximate")]


def test_a_reporting_verb_before_that_is_not_the_counts_predicate():
    text = "The agency informed also that 260 families received behavioral health case management."
    assert found(text) == [("families_behavioral_health_case_management", 260, "exact")]


def test_separated_children_still_in_custody_are_remaining():
    assert found("Otros 1.204 menores separados permanecen bajo la custodia del HHS.") == [
        ("children_remaining_to_reunify", 1204, "exact")
    ]
    assert found("The agency had 1,204 separated minors in federally funded shelters.") == [
        ("children_remaining_to_reunify", 1204, "exact")
    ]
    assert found("The office has 1,204 children in its care who were separated from a parent.") == [
        ("children_remaining_to_reunify", 1204, "exact")
    ]


def test_separations_after_the_court_order_are_not_the_identified_class():
    assert found("Auditors found that 97 children were separated after the court order.") == []


def test_a_legal_caseload_is_not_a_count_of_ours():
    text = "Since 2019, the clinic has provided legal representation or other services to 640 children who were separated."
    assert found(text) == []


def test_brought_back_to_families_is_a_reunification_and_the_participle_only_describes():
    assert found("The task force has brought nearly 540 separated kids back to their families.") == [
        ("children_reunified_by_task_force", 540, "approximate")
    ]


def test_a_working_group_subject_makes_the_reunification_its_own():
    assert found("The special group reunited over 430 separated children, the ministry said.") == [
        ("children_reunified_by_task_force", 430, "at_least")
    ]
    assert found("The working group has managed to reunite nine children since its creation.") == [
        ("children_reunified_by_task_force", 9, "exact")
    ]


def test_court_orders_of_the_previous_administration_are_before_the_task_force():
    text = "So far 1,412 children were reunited with their parents thanks to the judicial orders of the previous government."
    assert found(text) == [("children_reunified_before_task_force", 1412, "exact")]


def test_some_before_and_others_through_the_task_force_is_the_total():
    text = (
        "Officials counted 3,100 separated children. "
        "Of those, 2,310 have been reunified, some under court supervision in 2018 and others through the task force."
    )
    assert found(text) == [
        ("children_separated_identified", 3100, "exact"),
        ("children_reunified_total", 2310, "exact"),
    ]


def test_a_reunion_not_yet_achieved_is_remaining():
    assert found("For 812 children the reunion is not yet achieved, officials said.") == [
        ("children_remaining_to_reunify", 812, "exact")
    ]


def test_in_the_middle_of_the_process_does_not_inherit_the_first_clause():
    text = "About 900 children have yet to be reunited, and 120 of them are in the middle of the process."
    assert found(text) == [
        ("children_remaining_to_reunify", 900, "approximate"),
        ("children_reunification_in_process", 120, "exact"),
    ]


def test_the_informed_clause_does_not_take_the_previous_clauses_cue():
    text = "Reunification is under way for 75 of them, and 140 families have been told by a contracted non-profit group that they can reunify."
    assert ("families_informed_of_opportunity", 140, "exact") in found(text)
    assert ("families_reunified_by_task_force", 140, "exact") not in found(text)


def test_a_share_stated_as_which_is_takes_the_reunified_count():
    text = "Hasta ahora 2.100 niños han sido reunificados, lo que representa cerca del 70 % del total."
    assert ("percent_reunified", 70, "approximate") in found(text)


def test_a_negated_search_for_the_parents_counts_the_children_not_located():
    assert found("As of Monday, lawyers still had not managed to reach the parents of 377 children.") == [
        ("children_parents_not_located", 377, "exact")
    ]
    assert found("They have yet to reach the parents of 377 children.") == [
        ("children_parents_not_located", 377, "exact")
    ]
    assert found("Some 300 children have yet to reach their parents.") != [
        ("children_parents_not_located", 300, "approximate")
    ]


# Extractor 1.7.0: subgroups, rates, additions, nationalities, plans, whereabouts of parents, wrapped lines.


def test_a_subgroup_included_in_a_separated_total_is_not_the_count():
    text = "The government has now identified more than 4,800 separated children, including about 600 taken in Texas."
    assert found(text) == [("children_separated_identified", 4800, "at_least")]


def test_a_part_in_another_state_or_split_by_the_task_force_is_a_figure():
    text = (
        "Officials discharged 1,870 children, including 1,702 children who have been reunited with a parent."
    )
    assert ("children_reunified_total", 1702, "exact") in found(text)
    text = "Around 70% of those children are back with their parents, including 655 reunited after the task force began."
    assert ("children_reunified_by_task_force", 655, "exact") in found(text)


def test_the_group_a_subject_belongs_to_is_not_counted():
    assert found("The boys were among roughly 1,200 separated in the pilot program.") == []


def test_a_rate_is_never_a_figure_but_a_duration_is_not_a_rate():
    assert found("Roughly 60 children a day were being separated that spring.") == []
    assert found("Se separaban unos 40 niños al día en la frontera.") == []
    text = "Officials said 512 children who were separated remain in government custody, more than a month after the deadline."
    assert found(text) == [("children_remaining_to_reunify", 512, "exact")]


def test_an_additional_number_of_separated_children_is_an_increment():
    assert found("The government separated an additional 1,320 children from their parents in 2017.") == []


def test_a_nationality_predicate_makes_a_subgroup_of_another_population():
    assert found("El consulado dijo que al menos 35 de los niños separados son guatemaltecos.") == []


def test_spanish_plans_are_not_counts():
    assert found("Las autoridades prevén reunificar a 41 familias más en las próximas semanas.") == []
    assert found("El gobierno tiene previsto reunir a 18 familias el mes que viene.") == []


def test_parents_outside_the_country_are_not_counted_as_deported():
    text = "Officials said the parents of 388 children were no longer in the country, most of them deported alone."
    assert found(text) == []
    text = "Of those still in shelters, the parents of about 240 were outside the United States."
    assert found(text) == []
    text = "The parents of 310 children were deported without them."
    assert found(text) == [("parents_deported_separated", 310, "exact")]


def test_separations_after_a_judge_ordered_an_end_are_outside_the_class():
    text = "The audit counted at least 97 children separated after Judge Maria Ruiz ordered an end to the policy."
    assert found(text) == []


def test_a_line_wrapped_after_an_article_keeps_its_task_force_wording():
    text = (
        "Of the 3,700 children identified:\n"
        "• 1,640 had been reunified with their parents prior to the establishment of the\n"
        "Task Force, mostly under the court order;\n"
    )
    assert ("children_reunified_before_task_force", 1640, "exact") in found(text)
    assert ("children_reunified_total", 1640, "exact") not in found(text)


def test_machine_translated_before_the_group_began_is_before_the_task_force():
    text = "Before that the group began, 1,610 minors already had been reunified with their parents."
    assert found(text) == [("children_reunified_before_task_force", 1610, "exact")]


def test_a_noun_named_in_the_sentence_outranks_the_previous_sentences_unit():
    text = (
        "The report counted 3,700 children separated and is reviewing about 1,500 more possible separations.\n"
        "Of those children, 1,650 were reunited before the task force was formed."
    )
    assert ("children_reunified_before_task_force", 1650, "exact") in found(text)


def test_machine_translated_qualifiers_and_nouns():
    assert found("More of 3,800 minor migrants were separated of their families.") == [
        ("children_separated_identified", 3800, "at_least")
    ]
    assert found("Close of 900 children still have not been reunited.") == [
        ("children_remaining_to_reunify", 900, "approximate")
    ]
    assert found("The report said that other 1,610 cases are under revision.") == [
        ("separations_under_review", 1610, "exact")
    ]


def test_cases_moving_forward_or_in_process_are_reunifications_under_way():
    text = "About 950 children still have no record of being reunited, though 131 of those cases are moving forward."
    assert ("children_reunification_in_process", 131, "exact") in found(text)
    assert ("children_reunification_in_process", 131, "exact") in found(
        "El grupo informó que hay 131 casos en proceso."
    )


def test_spanish_no_record_of_having_been_reunified_is_remaining():
    text = "Identificó a 3.700 niños. De ellos, 1.980 no tienen registro de haber sido reunificados con sus padres."
    assert ("children_remaining_to_reunify", 1980, "exact") in found(text)


def test_families_told_about_the_opportunity_are_informed():
    text = "A contracted group has told 164 families about the opportunity to reunify."
    assert found(text) == [("families_informed_of_opportunity", 164, "exact")]


def test_separated_children_held_in_care_are_remaining():
    text = "As of June 20, 1,990 separated minors are in the care of the health department."
    assert found(text) == [("children_remaining_to_reunify", 1990, "exact")]


def test_before_the_task_force_existed_an_after_clause_is_not_the_task_force():
    from datetime import date

    from extract.model import Document

    text = (
        "Some 480 children who were separated have already been reunited, after their parent left detention."
    )
    figures = extract_figures(Document(text=text), published=date(2018, 6, 23))
    assert [(f.metric, f.value) for f in figures] == [("children_reunified_total", 480)]


def test_an_age_between_the_noun_and_its_relative_clause_leaves_the_main_verb_deciding():
    text = "By noon, 61 children aged 5 to 17 who were eligible for reunification have been reunited."
    assert found(text) == [("children_reunified_total", 61, "exact")]


def test_a_partitive_lead_reads_the_same_after_a_heading():
    body = "Of the 2,480 children aged 5 through 17 who were identified, 1,390 have been reunited with parents.\n"
    assert found("NEWS RELEASE\n\n" + body) == found(body)
    assert ("children_separated_identified", 2480, "exact") in found("NEWS RELEASE\n\n" + body)
    lone = "Nota\n\nDe los 3 750 niños que el Gobierno reconoció como separados, una parte no ha sido localizada."
    assert ("children_separated_identified", 3750, "exact") in found(lone)


def test_a_share_set_off_after_the_reunified_count_is_the_percent_reunified():
    text = "The team had identified 3,800 separated children, and 2,850 of them had been reunited, about 75% of the total."
    assert ("percent_reunified", 75, "approximate") in found(text)


def test_parents_of_children_not_reunited_count_the_children_remaining():
    text = "Advocates say the parents of roughly 1,300 children taken at the border have still not been reunited with them."
    assert found(text) == [("children_remaining_to_reunify", 1300, "approximate")]
    assert found("The parents of 300 children remain in Mexico.") == []


# Extractor 1.8.0: deictic as-of phrases, bulleted predicates under a lead-in, negated reports, separations
# after the order that ended them, English "once". Sentences written for these tests.


def test_as_of_the_date_of_this_report_takes_the_header_date():
    from datetime import date

    text = (
        "Working Group on Family Reunions\n"
        "Quarterly Summary\n"
        "October 14, 2022\n\n"
        "As of the date of this report, the working group has identified 4,180 children who were separated "
        "from a parent."
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value, f.as_of) for f in figures] == [
        ("children_separated_identified", 4180, date(2022, 10, 14))
    ]


def test_as_of_this_morning_takes_the_release_line_date_and_no_header_gives_no_as_of():
    from datetime import date

    text = (
        "PRESS RELEASE\nMay 9, 2019\n\nAs of 9:00 a.m. today, 1,310 children had been reunified with parents."
    )
    assert [f.as_of for f in extract_figures(text)] == [date(2019, 5, 9)]
    loose = "As of 9:00 a.m. today, 1,310 children had been reunified with parents, the agency said on May 9, 2019."
    assert [f.as_of for f in extract_figures(loose)] == [None]


def test_bulleted_predicates_take_the_subject_of_their_lead_in():
    text = (
        "As of April 3, 2023, the Task Force has:\n"
        "  - reunified 812 children with their families;\n"
        "  - registered 1,930 families through the\n"
        "    Together.gov portal.\n"
    )
    assert found(text) == [
        ("children_reunified_by_task_force", 812, "exact"),
        ("families_registered", 1930, "exact"),
    ]
    plain = "Totals so far:\n  - 812 children reunified with their families\n"
    assert found(plain) == [("children_reunified_total", 812, "exact")]


def test_a_reunion_the_speaker_cannot_show_leaves_the_children_remaining():
    text = "The agency counted 4,020 separated children and cannot confirm that 1,150 of them ever returned to their parents."
    assert ("children_remaining_to_reunify", 1150, "exact") in found(text)
    assert not any(metric == "children_reunified_total" for metric, _v, _q in found(text))


def test_parents_not_reached_for_only_some_of_the_children_leave_the_count_remaining():
    text = (
        "Still, 871 children have no confirmed reunion, and officials could not reach some of their parents."
    )
    assert found(text) == [("children_remaining_to_reunify", 871, "exact")]


def test_separations_after_the_order_that_ended_them_are_not_the_identified_count():
    assert (
        found("Auditors found that at least 96 children were separated after the executive order in June.")
        == []
    )
    text = "Months after a federal judge ordered the government to stop separating families, more than 640 children were taken from their parents."
    assert found(text) == []


def test_machine_translated_be_before_be_after_is_the_total():
    text = (
        "The group identified 3.650 children separated in the period. "
        "Of these, 2.310 already were reunited with their parents, be before the creation of the group, be after."
    )
    assert ("children_reunified_total", 2310, "exact") in found(text)
    assert not any(metric == "children_reunified_by_task_force" for metric, _v, _q in found(text))


def test_english_once_is_not_the_spanish_eleven():
    assert found("Many parents were deported once before and fear coming forward.") == []
    assert found("Once niños fueron reunificados con sus padres esta semana.") == [
        ("children_reunified_total", 11, "exact")
    ]


# Extractor 1.9.0: separated nouns still housed, hedged deportations, years after the task force began, the
# subject's purpose clause, subgroups and group membership, hedged changes, cues whose lookahead reads the
# count. Sentences written for these tests.


def test_separated_children_still_housed_are_remaining_in_english_and_spanish():
    text = "The agency said 1,870 separated children were still being housed in shelters it funds."
    assert found(text) == [("children_remaining_to_reunify", 1870, "exact")]
    text = "Al 3 de julio, 1.870 menores separados permanecían en albergues del gobierno."
    assert found(text) == [("children_remaining_to_reunify", 1870, "exact")]
    assert found("La agencia identificó a 3.210 niños separados de sus padres.") == [
        ("children_separated_identified", 3210, "exact")
    ]


def test_parents_who_may_have_been_deported_are_not_counted():
    assert found("Filing Shows 310 Parents May Have Been Deported Without Their Children") == []
    assert found("The filing shows 310 parents were deported without their children.") == [
        ("parents_deported_separated", 310, "exact")
    ]


def test_reunions_since_a_year_of_the_task_force_are_by_the_task_force():
    assert found("Más de 540 niños se reunieron con sus familias desde 2022.") == [
        ("children_reunified_by_task_force", 540, "at_least")
    ]
    assert found("Some 540 children were reunited with their families since 2021.") == [
        ("children_reunified_by_task_force", 540, "approximate")
    ]


def test_a_purpose_clause_on_the_subject_is_not_the_counts_plan():
    text = (
        "The task force formed to reunite separated families has now brought 640 children back together with "
        "their parents."
    )
    assert found(text) == [("children_reunified_by_task_force", 640, "exact")]
    assert found("The task force was created to reunite 640 children.") == []


def test_subgroups_and_group_membership_are_not_counts():
    assert found("At least 70 children under the age of 4 were among those separated, an aide said.") == []
    assert found("The boys belong to a group of about 900 separated during an early pilot.") == []


def test_a_hedged_change_names_an_earlier_value_of_the_same_metric():
    text = (
        "Officials have not been able to reach the parents of 514 children. The tally is down slightly from 540 "
        "in May."
    )
    assert found(text) == [
        ("children_parents_not_located", 514, "exact"),
        ("children_parents_not_located", 540, "exact"),
    ]


def test_a_cue_whose_lookahead_reads_the_count_is_seen_before_the_number():
    assert found("The task force brought back nine families last week.") == [
        ("families_reunified_by_task_force", 9, "exact")
    ]
    assert found("Agents brought back 40 children to the border crossing.") == []


def test_that_left_counts_the_remaining():
    assert found("That left 540 children in federal care.") == [
        ("children_remaining_to_reunify", 540, "exact")
    ]


# Extractor 1.10.0: ratios, ages after a child noun, separations opened by the order, mixed states, court-order
# and group-creation attributions, records not located, review and informed wordings. Sentences written for these tests.
def test_the_numerator_of_a_ratio_is_not_a_count():
    assert found("About two in five of those children are now back with their parents.") == []


def test_a_bound_right_after_a_child_noun_is_an_age():
    assert (
        found("Officials said they had reunited every one of the children under 4 they deemed eligible.")
        == []
    )


def test_a_sentence_opened_by_the_order_drops_the_separations_after_it():
    text = "Even after the May 3 executive order, the auditors found, 94 children were taken from parents."
    assert found(text) == []


def test_a_count_mixing_reunified_with_another_outcome_is_not_reunified():
    assert (
        found("In all, 1,640 children have been reunified or otherwise released from care, lawyers said.")
        == []
    )


def test_reunions_under_a_judge_or_before_the_group_existed_are_before_the_task_force():
    assert found(
        "Most were reunited earlier: 1,212 children were reunified under orders issued by a federal judge."
    ) == [("children_reunified_before_task_force", 1212, "exact")]
    assert found("Of them, 1.304 minors were reunited with families before the creation of the group.") == [
        ("children_reunified_before_task_force", 1304, "exact")
    ]


def test_reunions_since_the_group_began_are_the_task_force_s():
    assert found(
        "Since the team began meeting in March, nine children have been reunited with a parent."
    ) == [("children_reunified_by_task_force", 9, "exact")]


def test_a_record_not_located_is_a_count_remaining_not_parents_not_located():
    assert found("The Task Force has not yet located a record of reunification for 1,418 children.") == [
        ("children_remaining_to_reunify", 1418, "exact")
    ]
    assert found("Sin embargo, no existe registro de reunificación para 1.418 niños.") == [
        ("children_remaining_to_reunify", 1418, "exact")
    ]


def test_review_services_and_informed_wordings():
    assert found("Another 1.205 cases of possible separation are in review.") == [
        ("separations_under_review", 1205, "exact")
    ]
    assert found("Otras 214 familias recibieron evaluaciones y tratamiento de salud mental.") == [
        ("families_behavioral_health_services", 214, "exact")
    ]
    assert found(
        "Another 152 families have been told by a contracted nonprofit that they can come forward to reunify."
    ) == [("families_informed_of_opportunity", 152, "exact")]


# Extractor 1.11.0: age-bounded sub-classes, dash asides, inclusive leads, vague subjects, dash splits,
# recovered/notificó/revises wordings.


def test_a_class_bounded_by_an_upper_age_is_a_sub_count():
    assert found("By this morning, 61 children under the age of 5 had been reunified with a parent.") == []
    assert (
        found("The other 39 children of the 100 children under age 5 are not yet eligible to go home.") == []
    )
    assert found("Officials returned 1,520 children aged 5 to 17 to their parents.") == [
        ("children_reunified_total", 1520, "exact")
    ]
    assert found("Officials had identified 98 children under the age of 5 who were separated.") == [
        ("children_separated_identified", 98, "exact")
    ]


def test_a_headline_repeating_an_age_bounded_sub_count_is_dropped():
    text = (
        "Agency Reunites 61 Little Kids\n\n"
        "The agency said it reunited 61 children under the age of 5 with their parents on Friday."
    )
    assert found(text) == []


def test_a_dash_aside_after_the_order_dates_the_separations():
    assert (
        found(
            "Auditors found that at least 140 children were separated between July 2 and Oct. 9 — after the "
            "executive order ending the policy — mostly over a parent's record."
        )
        == []
    )


def test_an_inclusive_lead_widens_the_count_to_the_total():
    assert found(
        "Counting reunions that took place before the task force existed, 3,010 of the children have been reunified."
    ) == [("children_reunified_total", 3010, "exact")]
    assert found("Before the task force existed, 2,300 children were reunified.") == [
        ("children_reunified_before_task_force", 2300, "exact")
    ]


def test_a_vague_amount_before_a_cue_is_that_cue_s_subject():
    assert found("Deadline ends with 1,610 kids back with parents, hundreds still apart") == [
        ("children_reunified_total", 1610, "exact")
    ]
    assert found("Se reunieron 1.610 niños, cientos siguen separados.") == [
        ("children_reunified_total", 1610, "exact")
    ]
    assert found("Officials said 640 children and hundreds of parents remain separated.") == [
        ("children_remaining_to_reunify", 640, "exact")
    ]


def test_a_dash_after_a_reunified_share_splits_it():
    assert found(
        "Records show 3,700 children were taken from their parents. About 70% are back together, officials "
        "said — 2,050 before the task force was formed and 540 after."
    ) == [
        ("children_separated_identified", 3700, "exact"),
        ("percent_reunified", 70, "approximate"),
        ("children_reunified_before_task_force", 2050, "exact"),
        ("children_reunified_by_task_force", 540, "exact"),
    ]


def test_recovered_notified_and_revises_wordings():
    assert found(
        "3,800 children were separated. Of them, 1,690 recovered their parents thanks to previous judicial orders."
    ) == [
        ("children_separated_identified", 3800, "exact"),
        ("children_reunified_before_task_force", 1690, "exact"),
    ]
    assert found("Una organización notificó a otras 175 familias.") == [
        ("families_informed_of_opportunity", 175, "exact")
    ]
    assert found("The team also revises 1,640 other separations.") == [
        ("separations_under_review", 1640, "exact")
    ]


# Extractor 1.12.0: elided 'others' after a count, held/custody remainders, MT file/record wordings, ES judicial
# orders and arrival dating, households as families, still-not-found parents.


def test_a_count_of_others_takes_the_sentence_unit_and_its_own_predicate():
    assert found(
        "The agency reunited 310 children, while more than 1,200 others were still held in shelters."
    ) == [
        ("children_reunified_total", 310, "exact"),
        ("children_remaining_to_reunify", 1200, "at_least"),
    ]
    assert found("Officials reunited 310 children, and 95 others remain in federal custody.") == [
        ("children_reunified_total", 310, "exact"),
        ("children_remaining_to_reunify", 95, "exact"),
    ]


def test_machine_translated_file_process_and_evaluation_wordings():
    assert found("The rest of the 812 minors still haven't any file of reunion, the report said.") == [
        ("children_remaining_to_reunify", 812, "exact")
    ]
    assert found("Another 64 minors are within the process of reunification.") == [
        ("children_reunification_in_process", 64, "exact")
    ]
    assert found("More than 900 further separations remain below review.") == [
        ("separations_under_review", 900, "at_least")
    ]
    assert found("The agency provided case administration to 240 households.") == [
        ("families_behavioral_health_case_management", 240, "exact")
    ]


def test_spanish_judicial_orders_and_arrival_date_reunions_before_the_task_force():
    assert found("Unos 1.205 niños fueron reunidos con sus familias por orden judicial.") == [
        ("children_reunified_before_task_force", 1205, "approximate")
    ]
    assert found("Unos 1.205 niños fueron reunidos con sus padres antes de la llegada de Biden.") == [
        ("children_reunified_before_task_force", 1205, "approximate")
    ]


def test_parents_still_not_found_are_not_located():
    assert found("The parents of 83 children have still not been located.") == [
        ("children_parents_not_located", 83, "exact")
    ]


def test_machine_translated_little_ones_greater_than_extra_and_process_power():
    assert found("Some 2,400 little ones have been separated, the filing says.") == [
        ("children_separated_identified", 2400, "approximate")
    ]
    assert found("Greater than 600 extra separations stay below evaluation.") == [
        ("separations_under_review", 600, "at_least")
    ]
    assert found("Solely 12 little ones have been reunited by the process power.") == [
        ("children_reunified_by_task_force", 12, "exact")
    ]


def test_a_headline_saying_biden_reunifies_is_the_task_forces_count():
    assert found("Biden reunifies almost 300 little ones separated at the border") == [
        ("children_reunified_by_task_force", 300, "approximate")
    ]


def test_could_not_find_the_parents_is_not_a_plan():
    assert found("Lawyers said they could not find the parents of 545 children.") == [
        ("children_parents_not_located", 545, "exact")
    ]
    assert found("The government could not locate the parents of 71 separated children.") == [
        ("children_parents_not_located", 71, "exact")
    ]
    assert found("Officials said 300 children could be reunited soon.") == []


# Extractor 1.13.0


def test_a_clause_naming_both_periods_is_the_total():
    text = (
        "Officials have identified 3,100 children. About 2,400 of them have been reunited, some before the "
        "task force was formed and some with its help."
    )
    assert ("children_reunified_total", 2400, "approximate") in found(text)
    assert found(
        "1,870 of the children were reunified, either before the team existed or with its support."
    ) == [("children_reunified_total", 1870, "exact")]
    assert found(
        "Unos 1.900 niños fueron reunidos, algunos antes de la creación del grupo y otros con su ayuda."
    ) == [("children_reunified_total", 1900, "approximate")]


def test_a_copular_or_change_of_state_predicate_of_the_number_of_a_noun():
    assert found("Advocates say the real number of children still in custody is more than 1,500.") == [
        ("children_remaining_to_reunify", 1500, "at_least")
    ]
    assert found("El total de menores identificados como separados asciende a 2.210.") == [
        ("children_separated_identified", 2210, "exact")
    ]
    assert found("The new filing puts the number of separated children above 3,800.") == [
        ("children_separated_identified", 3800, "at_least")
    ]
    assert found("After the audit, the list had grown to 2,611 children.") == [
        ("children_separated_identified", 2611, "exact")
    ]
    assert found("The brief counts 1,903 children in that age range as class members.") == [
        ("children_separated_identified", 1903, "exact")
    ]


def test_the_number_said_again_without_its_noun_takes_the_last_counts_metric():
    text = (
        "Officials said 1,800 children were separated in the spring. "
        "A first internal count put the number at about 1,500 children."
    )
    assert found(text) == [
        ("children_separated_identified", 1800, "exact"),
        ("children_separated_identified", 1500, "approximate"),
    ]


def test_court_chart_rows_that_are_only_a_noun_phrase():
    text = (
        "The following figures reflect data as of October 1, 2018.\n"
        "Total number of possible children of potential class members: 2,300\n"
        "Children discharged from ORR care: 2,000\n"
        "Children in ORR care: 300\n"
        "Children in ORR care whose parent is outside the United States: 120\n"
    )
    assert [(metric, value) for metric, value, _q in found(text)] == [
        ("children_separated_identified", 2300),
        ("children_remaining_to_reunify", 300),
    ]


def test_spanish_parents_not_reached_and_families_that_could_stay_apart():
    assert found("Los voluntarios aún no han logrado contactar con los padres de 310 niños.") == [
        ("children_parents_not_located", 310, "exact")
    ]
    assert found("Las organizaciones calculan que hasta 900 familias podrían seguir separadas.") == [
        ("families_remaining_to_reunify", 900, "at_most")
    ]


def test_children_covered_by_the_court_order_are_the_class():
    assert found("The ruling applies to the roughly 2,500 children covered by the original court order.") == [
        ("children_separated_identified", 2500, "approximate")
    ]


def test_machine_translated_inverted_counts_and_missing_registration():
    text = (
        "The agency has counted 1,700 children. Of these until Monday were reunified 1,100 with the parents."
    )
    assert found(text) == [
        ("children_separated_identified", 1700, "exact"),
        ("children_reunified_total", 1100, "exact"),
    ]
    assert found("Stay still 640 children without the registration of reunification.") == [
        ("children_remaining_to_reunify", 640, "exact")
    ]


def test_a_reason_for_only_some_of_them_does_not_override_the_main_predicate():
    text = "Yet 530 children were not reunited, mostly because their parents were ineligible or could not be found."
    assert found(text) == [("children_remaining_to_reunify", 530, "exact")]
    text = "Yet 530 children were not reunited, many because officials could not locate their parents."
    assert found(text) == [("children_remaining_to_reunify", 530, "exact")]
    # the one reason, for all of them, is the more specific figure
    text = "Yet 530 children were not reunited because officials could not locate their parents."
    assert found(text) == [("children_parents_not_located", 530, "exact")]


def test_a_count_whose_predicate_is_an_age_bound_is_an_age_group():
    text = (
        "Officials identified 1,200 children in all. Of those, 180 were younger than 5 when they were taken."
    )
    assert found(text) == [("children_separated_identified", 1200, "exact")]
    assert found("Of the children reunited so far, 64 are under age 5.") == []


def test_the_new_structural_rules_abstain_outside_their_structure():
    assert found("The district counts 5,000 migrant children in its schools.") == []
    assert found("The waiting list had grown to 500 children by June.") == []
    assert found("Children in HHS care: 10,012\nChildren in CBP custody: 500\n") == []
    assert found("The 3,000 children covered by the Flores settlement must be released.") == []


def test_an_obligation_to_reunite_is_a_plan():
    assert found("The government must reunite 1,700 children by Friday.") == []
    assert found("El gobierno debe reunir a 1.700 niños antes del viernes.") == []
