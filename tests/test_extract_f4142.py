"""Structural rules found on heldout41/42. Sentences written for these tests, each with a decoy."""

from conftest import found


def test_an_existential_clause_after_and_keeps_its_cue_for_its_own_number():
    text = (
        "Officials say 4,210 children were taken from their parents in the two years, and there is "
        "still no record of 1,904 of them going home."
    )
    assert found(text) == [
        ("children_separated_identified", 4210, "exact"),
        ("children_remaining_to_reunify", 1904, "exact"),
    ]
    # decoy: a coordinated verb phrase with no subject of its own is still the count's
    text = "Officials say 4,210 children were taken from their parents and have not yet been reunited."
    assert found(text) == [("children_remaining_to_reunify", 4210, "exact")]


def test_a_negated_progressive_reunion_is_a_count_still_apart():
    text = "The other 61 young children are not being reunited this week, the lawyers wrote."
    assert found(text) == [("children_remaining_to_reunify", 61, "exact")]
    # decoy: the same progressive without the negation is a reunion under way
    text = "The other 61 young children are being reunited this week, the lawyers wrote."
    assert found(text) == [("children_reunification_in_process", 61, "exact")]


def test_the_commas_of_a_date_do_not_cut_the_running_total_from_its_noun():
    text = "The filing brings the total number of children separated since March 3, 2018, to 4,870, lawyers said."
    assert found(text) == [("children_separated_identified", 4870, "exact")]
    # decoy: an "and" after the date still opens a clause of its own
    text = "The court ruled on March 3, 2018, and 4,870 children were reunited."
    assert found(text) == [("children_reunified_total", 4870, "exact")]


def test_it_after_a_fronted_task_force_sentence_and_a_time_aside_keep_the_task_force_as_agent():
    text = (
        "Out of the spotlight, the reunification task force kept working. In its first months, it had "
        "reunited fewer than 150 children with their parents. By autumn it had reunited more than 420 children."
    )
    assert found(text) == [
        ("children_reunified_by_task_force", 150, "at_most"),
        ("children_reunified_by_task_force", 420, "at_least"),
    ]
    text = (
        "The task force found more than 3,100 children separated in those years and, as of last June, "
        "had reunited 640 of them with a parent."
    )
    assert ("children_reunified_by_task_force", 640, "exact") in found(text)
    # decoy: "it" after a sentence about someone else is not the task force
    text = (
        "Out of the spotlight, a legal aid group in Phoenix kept working. In its first months, it had "
        "reunited fewer than 150 children with their parents."
    )
    assert ("children_reunified_by_task_force", 150, "at_most") not in found(text)


def test_an_earlier_court_order_names_the_period_before_the_task_force():
    text = (
        "The task force has reunited about 710 children so far, besides the more than 1,900 who went back "
        "to their parents earlier under a federal court order."
    )
    assert ("children_reunified_before_task_force", 1900, "at_least") in found(text)
    text = "Of the 2,400 children, 1,650 have been reunified, mostly under the supervision of the district court."
    assert ("children_reunified_before_task_force", 1650, "exact") in found(text)
    # decoy: an undated court order with no time adverb may be a reason, not a period
    text = "The agency said 1,650 children have been reunified under a court order."
    assert ("children_reunified_before_task_force", 1650, "exact") not in found(text)


def test_a_cue_whose_object_is_the_next_number_is_not_the_earlier_counts():
    text = "The audit lists 2,814 separated children and finds no record of reunification for 1,120 of them."
    assert found(text) == [
        ("children_separated_identified", 2814, "exact"),
        ("children_remaining_to_reunify", 1120, "exact"),
    ]
    # decoy: a cue in the count's own predicate keeps it, whatever number comes after ("5 years later")
    text = "The audit says 2,814 children remain separated 5 years later."
    assert found(text) == [("children_remaining_to_reunify", 2814, "exact")]


def test_a_label_value_row_ends_at_its_line_whatever_the_next_line_opens_with():
    text = (
        "Where things stand\n- Children reunified through the task force: 812\nAre you looking for a child?\n"
    )
    assert found(text) == [("children_reunified_by_task_force", 812, "exact")]
    # decoy: in running prose a verb after the count is still its own predicate
    text = "Officials said 812 are staying with relatives in Texas."
    assert found(text) == []


def test_a_pipe_table_takes_its_noun_from_the_short_caption_right_above_its_rows():
    text = (
        "The agency posted new numbers on Friday, and advocates said progress remained slow across the region.\n"
        "Children, by status (agency figures)\n"
        "Reunited by the task force | 702\n"
        "In the process of reunification | 131\n"
        "Not yet reunited | 1,012\n"
    )
    assert found(text) == [
        ("children_reunified_by_task_force", 702, "exact"),
        ("children_reunification_in_process", 131, "exact"),
        ("children_remaining_to_reunify", 1012, "exact"),
    ]
    # decoy: a caption naming no count noun (or a long prose line) gives the rows no noun
    text = (
        "Status (agency figures)\n"
        "Reunited by the task force | 702\n"
        "In the process of reunification | 131\n"
        "Not yet reunited | 1,012\n"
    )
    assert found(text) == []


def test_a_named_reunification_rate_is_the_share_reunified():
    text = "By our own count, the agency's numbers put the reunification rate at about 71%."
    assert found(text) == [("percent_reunified", 71, "approximate")]
    # decoy: a rate of something else is not ours
    text = "By our own count, the agency's numbers put the approval rate at about 71%."
    assert found(text) == []


def test_the_share_said_again_takes_the_last_share_figure():
    text = (
        "Of the 4,020 children, 2,990, or roughly 74 percent, have been reunited. "
        "A newspaper later put the share at about 73%."
    )
    assert ("percent_reunified", 73, "approximate") in found(text)
    # decoy: after a count (not a share) the share said again has no antecedent of its kind
    text = "The agency said 2,990 children have been reunited. A newspaper later put the share at about 73%."
    assert ("percent_reunified", 73, "approximate") not in found(text)


def test_a_bare_answer_under_a_one_letter_q_and_a_label_takes_the_question_predicate_and_the_counted_noun():
    text = (
        "Q: How many children were taken from their parents?\n"
        "A: The agency counted 4,050 children separated at the border.\n"
        "Q: How many have been reunited?\n"
        "A: In total, 3,010. Some were reunited under court orders.\n"
    )
    assert ("children_reunified_total", 3010, "exact") in found(text)
    # decoy: a bare answer to a question about something else is not a count of ours
    text = (
        "Q: How many children were taken from their parents?\n"
        "A: The agency counted 4,050 children separated at the border.\n"
        "Q: How many agencies keep these records?\n"
        "A: In total, 3. Each keeps its own list.\n"
    )
    assert found(text) == [("children_separated_identified", 4050, "exact")]


def test_a_spanish_subjectless_verb_after_a_fronted_date_keeps_the_group_of_the_sentence_before():
    text = (
        "Desde entonces, el grupo de trabajo ha identificado a más de 4.100 niños separados de sus padres. "
        "Al 1 de mayo de 2024, fecha de su último balance, había logrado reunir a 802 de ellos con sus familias."
    )
    assert ("children_reunified_by_task_force", 802, "exact") in found(text)
    # decoy: after a sentence whose subject is someone else, the period stays undecided (the total)
    text = (
        "Desde entonces, la organización civil ha identificado a más de 4.100 niños separados de sus padres. "
        "Al 1 de mayo de 2024, fecha de su último balance, había logrado reunir a 802 de ellos con sus familias."
    )
    assert ("children_reunified_by_task_force", 802, "exact") not in found(text)


def test_crediting_the_task_force_with_a_share_of_the_reunions_is_its_count():
    text = "The memo credits the task force with 702 of those reunions."
    assert found(text) == [("children_reunified_by_task_force", 702, "exact")]
    # decoy: crediting it with something other than reunions is not a count of ours
    text = "The memo credits the task force with 702 of those phone calls."
    assert found(text) == []


def test_the_active_verb_tore_apart_with_its_object_after_it_is_a_separation():
    text = "The senator said the old policy tore apart more than 4,800 families."
    assert found(text) == [("families_separated", 4800, "at_least")]
    # decoy: what tore apart other people is not a count of ours
    text = "The senator said the old policy tore apart more than 4,800 communities."
    assert found(text) == []


def test_a_fronted_partitive_names_the_whole_of_a_sentence_final_bare_count():
    text = "The agency said 3,050 children had been reunited. Of those reunions, the memo credits the task force with 702."
    assert ("children_reunified_by_task_force", 702, "exact") in found(text)
    # decoy: a fronted partitive of something else gives the bare count no noun of ours
    text = "The agency said 3,050 children had been reunited. Of those calls, the memo credits the task force with 702."
    assert ("children_reunified_by_task_force", 702, "exact") not in found(text)
