"""Structural rules found on heldout33 (court era). Sentences written for these tests, each with a decoy."""

from conftest import found


def test_chart_rows_narrowed_by_a_whose_clause_under_a_held_row_are_parts_of_it():
    text = (
        "Reunification Update\n\n"
        "Total children of potential class members: 2,480\n\n"
        "Children who remain in ORR care: 611\n"
        "Children in ORR care whose parents were deported from the United States: 402\n"
        "Children in ORR care whose parents are held on criminal charges: 27\n"
        "Children in ORR care whose parents live in the interior: 95\n"
    )
    assert found(text) == [
        ("children_separated_identified", 2480, "exact"),
        ("children_remaining_to_reunify", 611, "exact"),
        ("parents_deported_separated", 402, "exact"),
    ]
    # decoy: with no held row above it, a held row with a whose-clause is still the count of children held
    text = (
        "Reunification Update\n\n"
        "Children discharged from ORR: 1,700\n"
        "Children in ORR care whose parents are not available for reunification: 590\n"
    )
    assert ("children_remaining_to_reunify", 590, "exact") in found(text)


def test_such_children_with_no_predicate_of_its_own_abstains():
    text = (
        "About 410 children taken from their parents are still in federal shelters. "
        "Officials counted 406 such children on Monday."
    )
    assert found(text) == [("children_remaining_to_reunify", 410, "approximate")]
    # decoy: a predicate of its own still decides
    text = (
        "About 410 children taken from their parents are still in federal shelters. "
        "Officials said 38 such children were reunited on Monday."
    )
    assert ("children_reunified_total", 38, "exact") in found(text)


def test_spanish_task_force_subject_and_headline_present_reunion():
    text = (
        "Reúne la Casa Blanca a 712 niños separados\n\n"
        "La Secretaría informó que su Fuerza de Tarea para la Reunificación ha reunido a 712 niños que fueron "
        "separados de sus padres."
    )
    assert found(text) == [("children_reunified_by_task_force", 712, "exact")]
    # decoy: "reúne" not followed by its personal "a" object is not a reunion
    assert found("El informe reúne datos sobre 712 niños separados en la frontera.") == [
        ("children_separated_identified", 712, "exact")
    ]


def test_a_prenominal_identified_only_describes_the_part_of_a_whole():
    text = (
        "The agency has identified 4,020 children who were separated. "
        "In all, 1,811 of the identified children have been returned to a parent."
    )
    assert found(text) == [
        ("children_separated_identified", 4020, "exact"),
        ("children_reunified_total", 1811, "exact"),
    ]
    # decoy: "identified" after the noun of a row still says what the count is
    text = "Separated children identified 3,950\nChildren reunified 2,870\nChildren not reunified 1,080\n"
    assert ("children_separated_identified", 3950, "exact") in found(text)


def test_a_week_and_a_half_ago_is_a_time_not_a_rate():
    assert found("There were 1,902 separated children still in its shelters a week and a half ago.") == [
        ("children_remaining_to_reunify", 1902, "exact")
    ]
    # decoy: a real rate still says nothing
    assert found("About 60 children a week were being separated at the border.") == []


def test_a_verbless_headline_takes_the_body_reading_of_the_same_count():
    text = (
        "Official: 'Fewer than 2,900' separated children in federal custody\n\n"
        'The official said the department has identified "fewer than 2,900" children who were separated '
        "from their parents."
    )
    assert found(text) == [("children_separated_identified", 2900, "at_most")]
    # decoy: a headline with a verb of its own keeps its reading
    text = (
        "Fewer than 2,900 children taken from parents still have no record of reunion\n\n"
        "The department has identified fewer than 2,900 children who were separated from their parents."
    )
    assert ("children_remaining_to_reunify", 2900, "at_most") in found(text)


def test_a_modal_on_a_verb_of_saying_does_not_make_the_reported_clause_a_plan():
    assert found("Lawyers said they could confirm that only six children had actually been reunited.") == [
        ("children_reunified_total", 6, "exact")
    ]
    # decoy: a modal on the count's own verb is still a plan
    assert found("Lawyers said they could confirm that six children would be reunited.") == []


def test_a_by_the_numbers_line_that_opens_with_its_count():
    text = (
        "BY THE NUMBERS\n\n"
        "2,118: children the agency says were separated from a parent this spring.\n\n"
        "Roughly 430 — children the government says have already been reunited.\n\n"
        "12,400: children of every kind in HHS custody, most of whom came alone.\n"
    )
    assert found(text) == [
        ("children_separated_identified", 2118, "exact"),
        ("children_reunified_total", 430, "approximate"),
    ]
    # decoy: lines whose noun phrase is of something else give nothing
    text = (
        "Key figures\n\n"
        "300 — beds the shelter added this month for children who arrived alone.\n\n"
        "95: staff members assigned to the reunification effort.\n"
    )
    assert found(text) == []


def test_a_transcript_answer_with_speaker_and_time_opener_takes_the_question_predicate():
    text = (
        "HOST: How many families has the task force reunited?\n\n"
        "REPORTER: So far, nine families. Dozens more are waiting.\n"
    )
    assert found(text) == [("families_reunified_by_task_force", 9, "exact")]
    # decoy: an answer with a predicate of its own is read from it
    text = (
        "HOST: How many families has the task force reunited?\n\n"
        "REPORTER: Nine families were turned away at the consulate.\n"
    )
    assert found(text) == []


def test_going_through_another_n_separations_is_a_review():
    assert found("The team is still going through another 1,310 separations to see if they belong.") == [
        ("separations_under_review", 1310, "exact")
    ]
    # decoy: the whole universe gone through is no pool beyond
    assert found("The team is going through 5,100 separations.") == []


def test_parole_paperwork_for_n_families_is_a_parole_referral():
    assert found("The State Department has begun the parole paperwork for about 40 families.") == [
        ("families_referred_for_parole", 40, "approximate")
    ]
    # decoy: a plan is not a referral
    assert found("The parole process for 40 families will begin next month.") == []


def test_do_support_negation_of_a_record_of_reunification():
    assert found("For 1,977 children, the agency does not yet have a record of reunification.") == [
        ("children_remaining_to_reunify", 1977, "exact")
    ]
    # decoy: without the negation it is not a count of children still apart
    assert found("For 1,977 children, the agency does have a record of reunification.") == []


def test_the_total_number_of_x_reaches_n():
    assert found("The total number of children separated since 2017 now reaches 5,120, the group said.") == [
        ("children_separated_identified", 5120, "exact")
    ]
    # decoy: the total of something else reaching a number is not ours
    assert found("The total number of shelters in the program reaches 120.") == []


def test_the_class_of_n_children_and_n_children_in_the_class_are_the_class_size():
    assert found("The suit now covers more families than the original class of about 2,650 children.") == [
        ("children_separated_identified", 2650, "approximate")
    ]
    assert found("Court records list 2,790 children in the expanded class.") == [
        ("children_separated_identified", 2790, "exact")
    ]
    # decoys: a predicate of its own still decides, and a class of something else is not ours
    assert found("Some 210 children in the original class are still in shelters.") == [
        ("children_remaining_to_reunify", 210, "approximate")
    ]
    assert found("The judge spoke to a class of 30 law students.") == []


def test_a_running_total_takes_the_count_and_state_said_before_it():
    assert found(
        "Officials identify 1,210 more children separated at the border, bringing total to over 4,800"
    ) == [("children_separated_identified", 4800, "at_least")]
    assert found("La organización eleva a 4.830 el total de niños separados desde 2017.") == [
        ("children_separated_identified", 4830, "exact")
    ]
    # decoys: arrivals and plans have no running total of ours
    assert found("The shelter took in 45 more children, bringing the total to 1,640.") == []
    assert found("The agency will reunite 45 more children, bringing the total to 1,640.") == []


def test_a_share_sentence_right_after_a_reunified_count_is_the_share_reunified():
    text = "The agency identified 4,010 children. Of those, 3,020 had been reunified. That works out to 75.3 percent."
    assert ("percent_reunified", 75.3, "exact") in found(text)
    # decoys: the share of those still apart, and a compared percent, are not
    text = "The agency identified 4,010 children. Of those, 990 have no record of reunification. That is 24.7 percent."
    assert not any(metric == "percent_reunified" for metric, _v, _q in found(text))
    text = "The agency identified 4,010 children. Of those, 3,020 had been reunified. That is 40 percent more than in 2022."
    assert not any(metric == "percent_reunified" for metric, _v, _q in found(text))
