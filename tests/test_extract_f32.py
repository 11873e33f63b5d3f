"""Structural rules found on heldout32 (recall). Sentences written for these tests."""

from conftest import found

from extract import extract_figures


def test_a_bullet_number_glossed_after_a_dash_reads_the_noun_phrase_after_the_dash():
    text = (
        "Key figures, as of March 3, 2024\n"
        "• 4,105 — children identified as separated\n"
        "• 812 — children reunified through the task force\n"
        "• 1,212 — children not yet reunified\n"
        "– 2,044 – families registered through the portal\n"
    )
    assert found(text) == [
        ("children_separated_identified", 4105, "exact"),
        ("children_reunified_by_task_force", 812, "exact"),
        ("children_remaining_to_reunify", 1212, "exact"),
        ("families_registered", 2044, "exact"),
    ]
    # a dash in running prose is not a bullet's gloss: the number keeps no noun
    assert found("The count rose by 4,105 — children identified as separated were not all found.") == []


def test_informed_of_a_noun_to_reunify_is_what_they_were_told_not_a_plan():
    text = "As of May 2, 2024:\n• 214 families informed of the chance to reunify by a partner group\n"
    assert found(text) == [("families_informed_of_opportunity", 214, "exact")]
    assert found("The department notified 61 families of their right to reunite.") == [
        ("families_informed_of_opportunity", 61, "exact")
    ]
    # a plan to reunify stays a plan
    assert found("The department has to reunify 61 families this month.") == []


def test_some_by_one_period_and_n_more_since_the_other_is_the_total():
    text = (
        "More than 3,050 children taken from their parents have been reunited, some under a court order in "
        "2018 and hundreds more since the task force started work in 2021."
    )
    assert found(text) == [("children_reunified_total", 3050, "at_least")]
    # "some" before a number is its qualifier, not one part of a split
    assert found(
        "Some 2,210 children were reunited by court order, and more since the task force began."
    ) == [("children_reunified_before_task_force", 2210, "approximate")]
    # one period alone still decides
    assert found(
        "More than 3,050 children have been reunited since the task force started work in 2021."
    ) == [("children_reunified_by_task_force", 3050, "at_least")]


def test_a_negated_elliptic_verb_after_a_reunified_count_is_the_remainder():
    text = "The agency said 3,101 children had been reunited, but 1,004 had not."
    assert found(text) == [
        ("children_reunified_total", 3101, "exact"),
        ("children_remaining_to_reunify", 1004, "exact"),
    ]
    # after a count reunified in one period, "not" may only deny the period: abstain
    assert found("The task force reunited 702 children, but 2,399 were not.") == [
        ("children_reunified_by_task_force", 702, "exact")
    ]
    # a negated ellipsis after another state is not a remainder
    assert found("The agency identified 3,101 children, but 1,004 had not.") == [
        ("children_separated_identified", 3101, "exact")
    ]


def test_a_pipe_table_of_dated_snapshots_reads_each_value_under_its_column_header():
    text = (
        "Release | Children identified | Reunited by the task force | Still apart\n"
        "|---|---|---|---|\n"
        "August 2022 (update) | 3,950 | 512 | 1,140\n"
        "May 3, 2024 | nearly 4,100 | 830 | n/a\n"
    )
    assert sorted(found(text)) == sorted(
        [
            ("children_separated_identified", 3950, "exact"),
            ("children_reunified_by_task_force", 512, "exact"),
            ("children_remaining_to_reunify", 1140, "exact"),
            ("children_separated_identified", 4100, "approximate"),
            ("children_reunified_by_task_force", 830, "exact"),
        ]
    )
    dated = [f for f in extract_figures(text) if f.value == 830]
    assert dated[0].as_of is not None and dated[0].as_of.isoformat() == "2024-05-03"
    # rows that break a count down (by place, by year) are parts of it, not the count: nothing
    by_place = (
        "Sector | Children identified | Reunited by the task force\nYuma | 410 | 52\nEl Paso | 980 | 133\n"
    )
    assert found(by_place) == []
    by_year = "Year | Children identified | Reunited by the task force\n2018 | 2,200 | 40\n"
    assert found(by_year) == []


def test_a_capitalised_word_on_the_next_row_is_not_the_predicate_of_a_rows_count():
    text = "Children identified: 4,020\nReunited by the task force: 644\nStill apart: 1,090\n"
    assert found(text) == [
        ("children_separated_identified", 4020, "exact"),
        ("children_reunified_by_task_force", 644, "exact"),
        ("children_remaining_to_reunify", 1090, "exact"),
    ]
    # a wrapped line that goes on in lower case is still the count's own predicate
    assert found("The agency said that 644 children\nwere placed with sponsors.") == []


def test_the_number_parted_from_its_verb_by_a_comma_aside_still_refers_to_the_count_before():
    text = (
        "About 2,100 families have registered through the reunification portal.\n\n"
        "The official figure, as of June 5, 2024, was 2,087 families, the department said."
    )
    assert found(text) == [
        ("families_registered", 2100, "approximate"),
        ("families_registered", 2087, "exact"),
    ]
    # a count of another noun than the one before is not that count
    text = (
        "About 2,100 families have registered through the reunification portal.\n\n"
        "The official figure, as of June 5, 2024, was 2,087 children, the department said."
    )
    assert found(text) == [("families_registered", 2100, "approximate")]


def test_one_inside_a_number_in_words_is_a_digit_and_a_comma_may_follow_thousand():
    from extract.numbers import find_numbers

    def values(text: str) -> list[int | float]:
        return [m.value for m in find_numbers(text)]

    assert values("Three thousand, one hundred forty-one children") == [3141]
    assert values("twenty-one families and two hundred and one parents") == [21, 201]
    # "one" alone is still no number, and a comma not after "thousand" still ends one
    assert values("one of the parents") == []
    assert values("about forty, one of whom was deported") == [40]


def test_a_number_said_alone_then_that_is_how_many_reads_the_next_sentence_as_its_predicate():
    text = (
        "One thousand, one hundred four. That is how many children, by the agency's own records, were taken "
        "from their parents and have never been reunified."
    )
    assert found(text) == [("children_remaining_to_reunify", 1104, "exact")]
    # a number alone followed by any other sentence stays unread
    assert found("One thousand, one hundred four. The agency has not said more about the children.") == []


def test_an_object_relative_that_managed_to_return_the_children_to_their_parents_is_a_reunion():
    text = (
        "Eleven. That is how many separated children the government had managed to return to their parents "
        "in the five months since the task force was created."
    )
    assert found(text) == [("children_reunified_by_task_force", 11, "exact")]
    # returned to a country is no reunion
    returned = found("The agency counted 11 separated children the government had returned to Mexico.")
    assert not any(metric.startswith("children_reunified") for metric, _v, _q in returned)


def test_reunited_in_compliance_with_a_court_order_is_before_the_task_force():
    assert found(
        "Un total de 1.812 niños fueron reunidos con sus padres en cumplimiento de una orden judicial."
    ) == [("children_reunified_before_task_force", 1812, "exact")]
    assert found("Some 1,812 children were reunited in compliance with a 2018 court order.") == [
        ("children_reunified_before_task_force", 1812, "approximate")
    ]
    # a count reunited with no period of its own stays the total
    assert found("Some 1,812 children were reunited with their parents.") == [
        ("children_reunified_total", 1812, "approximate")
    ]


def test_a_chart_row_is_read_from_its_head_noun_and_ends_at_its_line():
    text = (
        "Status of the class, as of August 2, 2018:\n"
        "• Children released from ORR custody: 1,905\n"
        "    o Children reunified with parents in ICE custody: 1,517\n"
        "    o Children released in other circumstances: 388\n"
    )
    assert ("children_reunified_total", 1517, "exact") in found(text)
    assert not any(value in {1905, 388} for _m, value, _q in found(text))
    # a row whose head noun is the parents stays theirs, whatever noun its preposition takes
    assert found("Parents removed from the country without their children: 120\n") == [
        ("parents_deported_separated", 120, "exact")
    ]


def test_a_quantified_subject_after_a_comma_owns_the_reunion_predicate_that_follows_it():
    assert found("Audit: 4,044 children taken at the border, more than half still not reunited") == []
    assert found("4,044 children were separated from parents, most of them still not reunited.") == [
        ("children_separated_identified", 4044, "exact")
    ]
    # a count with its own predicate keeps it, and a count after the comma is read on its own
    assert found("4,044 children were separated; 1,390 are still not reunited.") == [
        ("children_separated_identified", 4044, "exact"),
        ("children_remaining_to_reunify", 1390, "exact"),
    ]


def test_down_from_after_a_count_of_something_else_compares_with_that_count():
    text = (
        "The task force has identified 3,930 separated children. Agents made about 140,000 arrests in March, "
        "down from more than 190,000 in February."
    )
    assert found(text) == [("children_separated_identified", 3930, "exact")]
    # after a count of ours the earlier value is that count's
    text = "The task force has reunited 702 children, up from 640 in the spring."
    assert found(text) == [
        ("children_reunified_by_task_force", 702, "exact"),
        ("children_reunified_by_task_force", 640, "exact"),
    ]


def test_a_small_number_between_commas_after_an_accented_name_is_an_age():
    text = "The task force has informed 240 families, often through volunteers like Inés Gutiérrez, 47, who drives."
    assert found(text) == [("families_informed_of_opportunity", 240, "exact")]
    # a count after a comma that follows no name is still read
    assert found("Of those still apart, 47 families have been informed of the opportunity to reunify.") == [
        ("families_informed_of_opportunity", 47, "exact")
    ]


def test_a_pipe_table_of_monthly_flows_is_not_read_as_snapshots():
    text = (
        "Month | Children separated | Children reunified | Still apart\n"
        "May 2018 | 658 | 12 | 646\n"
        "June 2018 | 1,102 | 40 | 1,062\n"
    )
    assert found(text) == []
