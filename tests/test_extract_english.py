"""English structures met in held-out batch 16 (court filings, transcripts, PDF tables, wire and NGO texts).

Every sentence here is written for the test; none is copied from a batch.
"""

from conftest import found


def test_line_numbers_with_one_space_and_up_to_four_digits_are_not_counts():
    filing = "\n".join(
        [
            "9  The parties report as follows. Defendants have identified 1,204 children who were",
            "10 separated from a parent, and more than 3,000 children are",
            "11 now known to have been separated in total. The parties will",
            "12 confer again next month.",
        ]
    )
    assert found(filing) == [
        ("children_separated_identified", 1204, "exact"),
        ("children_separated_identified", 3000, "at_least"),
    ]
    transcript = "\n".join(
        [
            "1204  Mr. SMITH. How many children are still waiting?",
            "1205  Ms. JONES. As of today, 41 children remain separated",
            "1206  from their parents, Mr. Chairman.",
        ]
    )
    assert found(transcript) == [("children_remaining_to_reunify", 41, "exact")]


def test_a_page_number_after_the_documents_name_is_not_a_count():
    text = (
        "The office has reunified 212 families through its own work.\n\n"
        "Office of Family Reunification | Quarterly Report          4\n"
    )
    assert found(text) == [("families_reunified_by_task_force", 212, "exact")]


def test_a_flattened_table_of_label_and_value_lines():
    text = (
        "Table 2. Status of children (as of March 3, 2022)\n"
        "Children identified as separated 3,990\n"
        "Children reunified prior to establishment of the Task Force 2,101\n"
        "Children with no record of reunification 1,240\n"
    )
    assert found(text) == [
        ("children_separated_identified", 3990, "exact"),
        ("children_reunified_before_task_force", 2101, "exact"),
        ("children_remaining_to_reunify", 1240, "exact"),
    ]


def test_not_knowing_whether_children_got_back_is_not_a_reunification():
    assert found("Officials Can't Say Whether 1,450 Separated Children Ever Got Back To Their Parents") == [
        ("children_remaining_to_reunify", 1450, "exact")
    ]


def test_the_period_of_a_reunion_named_by_who_created_the_task_force_or_by_its_work():
    text = (
        "In all, 2,050 children had been reunited before the president created a task force, and about 610 "
        "children have been brought back together with parents through its work."
    )
    assert found(text) == [
        ("children_reunified_before_task_force", 2050, "exact"),
        ("children_reunified_by_task_force", 610, "approximate"),
    ]


def test_brought_n_children_back_together_is_a_reunion_whatever_the_relative_clause_says():
    text = "The task force has brought 512 children back together with the parents they were taken from."
    assert found(text) == [("children_reunified_by_task_force", 512, "exact")]


def test_a_subset_clause_of_the_remaining_does_not_make_them_parents_not_located():
    text = (
        "About 900 children remain separated, including some whose parents have not come forward or "
        "could not be reached."
    )
    assert found(text) == [("children_remaining_to_reunify", 900, "approximate")]


def test_caseloads_interviews_and_expectations_are_not_counts():
    assert found("Our lawyers have assisted more than 450 separated children and their parents.") == []
    assert found("In our interviews with 37 reunited families, most described lasting fear.") == []
    assert found("The agency expects more than 80 of those reunions to take place by summer.") == []


def test_children_who_left_care_whether_reunited_or_released_are_not_reunified():
    assert (
        found(
            "By then 1,990 of them had left federal care, whether reunited with a parent or released otherwise."
        )
        == []
    )


def test_the_part_of_an_age_group_is_a_sub_count():
    text = "Lawyers said that of 88 children in that age group, 30 had been reunited by noon."
    assert found(text) == []


def test_a_property_of_the_counted_children_is_not_a_count_of_deported_parents():
    text = "The agency has arranged the return of nine children, all with parents who had been deported."
    assert found(text) == []


def test_part_of_a_group_of_parents_counted_before_is_a_subset():
    text = (
        "Three mothers are expected to be reunited with their sons next week. "
        "Two of the mothers were deported in 2018."
    )
    assert found(text) == []
    kept = (
        "Lawyers have not been able to reach the parents of 420 children. "
        "About 250 of those parents are thought to have been deported."
    )
    assert ("parents_deported_separated", 250, "approximate") in found(kept)


def test_the_count_said_again_takes_the_count_named_since_the_last_figure_or_nothing():
    named = (
        "Nearly 900 children are still apart, the agency said.\n\n"
        "The agency has given two totals for the number of children separated at the border.\n\n"
        "A briefing for reporters put the count at 3,870."
    )
    assert found(named) == [
        ("children_remaining_to_reunify", 900, "approximate"),
        ("children_separated_identified", 3870, "exact"),
    ]
    far = (
        "Nearly 900 children are still apart, the agency said.\n\n"
        "The agency changed its methods this year.\n\n"
        "Officials gave no reason.\n\n"
        "A briefing for reporters put the count at 3,870."
    )
    assert found(far) == [("children_remaining_to_reunify", 900, "approximate")]


def test_the_number_identified_and_the_earlier_value_it_is_compared_with():
    text = (
        "The task force says 801 children have been reunited through its work. "
        "The number identified now exceeds 4,100, up from 3,930 last year."
    )
    assert found(text) == [
        ("children_reunified_by_task_force", 801, "exact"),
        ("children_separated_identified", 4100, "at_least"),
        ("children_separated_identified", 3930, "exact"),
    ]


def test_the_predicate_after_a_partitive_whole_is_the_parts():
    text = "Some 2,800 of the 3,900 children the agency has identified as separated have now been reunified."
    assert found(text) == [
        ("children_reunified_total", 2800, "approximate"),
        ("children_separated_identified", 3900, "exact"),
    ]
    subset = (
        "The agency has reunited 430 children. Some 12 of the 430 children were reunited after their parents "
        "were deported."
    )
    assert found(subset) == [("children_reunified_total", 430, "exact")]


def test_believed_to_still_be_apart_or_so_and_got_back_together():
    assert found("Officials say more than 800 families are believed to still be apart.") == [
        ("families_remaining_to_reunify", 800, "at_least")
    ]
    assert found("Another 250 or so children are in the process of being reunified.") == [
        ("children_reunification_in_process", 250, "approximate")
    ]
    assert found(
        "Of the separated children, just over 1,600 got back together before Biden took office."
    ) == [("children_reunified_before_task_force", 1600, "at_least")]


def test_parents_removed_to_their_countries_were_deported():
    text = "Of these, the parents of approximately 210 children are believed to have been removed to their countries of origin."
    assert found(text) == [("parents_deported_separated", 210, "approximate")]
