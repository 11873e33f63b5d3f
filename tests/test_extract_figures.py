"""Figures from sentences written for these tests, one behaviour per test."""

from datetime import date

import pytest
from conftest import found

from extract import extract_figures
from extract.model import Document


def test_identified_children_with_as_of() -> None:
    text = "As of February 1, 2023, DHS had identified 3,924 children separated from their families."
    [figure] = extract_figures(text)
    assert (figure.metric, figure.value, figure.qualifier, figure.unit) == (
        "children_separated_identified",
        3924,
        "exact",
        "children",
    )
    assert figure.as_of == date(2023, 2, 1)
    assert text[figure.start : figure.end] == "3,924"
    assert figure.evidence == text


def test_bullets_under_an_as_of_line_share_its_date() -> None:
    text = (
        "As of March 20, 2024, the Task Force reports:\n"
        "• 795 children have been reunified through the Task Force;\n"
        "• 148 children are in the process of reunification;\n"
        "• 183 families have been informed of the opportunity to reunify by a contracted NGO."
    )
    figures = extract_figures(text)
    assert [(f.metric, f.value, f.as_of) for f in figures] == [
        ("children_reunified_by_task_force", 795, date(2024, 3, 20)),
        ("children_reunification_in_process", 148, date(2024, 3, 20)),
        ("families_informed_of_opportunity", 183, date(2024, 3, 20)),
    ]


def test_before_and_after_the_task_force_in_one_sentence() -> None:
    text = "Of the children, 2,176 were reunified before the task force was formed and 689 afterward."
    assert found(text) == [
        ("children_reunified_before_task_force", 2176, "exact"),
        ("children_reunified_by_task_force", 689, "exact"),
    ]


def test_remaining_in_process_and_total() -> None:
    text = (
        "The department counted 2,926 children reunited in total. There are still 998 children who have "
        "not been reunited. Of them, 148 are in the process of reunification."
    )
    assert found(text) == [
        ("children_reunified_total", 2926, "exact"),
        ("children_remaining_to_reunify", 998, "exact"),
        ("children_reunification_in_process", 148, "exact"),
    ]


def test_every_family_metric() -> None:
    text = (
        "Officials said 1,999 families registered through the Together.gov portal. "
        "Another 450 families were referred for humanitarian parole. "
        "Some 735 families received behavioral health case management and 385 families got behavioral "
        "health assessments and treatment. About 5,500 families were separated, and 1,000 families "
        "remain separated today."
    )
    assert found(text) == [
        ("families_registered", 1999, "exact"),
        ("families_referred_for_parole", 450, "exact"),
        ("families_behavioral_health_case_management", 735, "approximate"),
        ("families_behavioral_health_services", 385, "exact"),
        ("families_separated", 5500, "approximate"),
        ("families_remaining_to_reunify", 1000, "exact"),
    ]


def test_parents_not_located_deported_and_separations_under_review() -> None:
    text = (
        "The parents of 611 children have not been located. The parents of 431 children were deported "
        "without them. The review covers an additional 1,723 separations under review."
    )
    assert found(text) == [
        ("children_parents_not_located", 611, "exact"),
        ("parents_deported_separated", 431, "exact"),
        ("separations_under_review", 1723, "exact"),
    ]


def test_word_numbers_count() -> None:
    assert found("Since the task force began, seven more children were reunited.") == [
        ("children_reunified_by_task_force", 7, "exact")
    ]
    assert found("Nearly a thousand children were reunited with their parents.") == [
        ("children_reunified_total", 1000, "approximate")
    ]
    assert found("Twelve children's parents were deported.") == [("parents_deported_separated", 12, "exact")]


def test_spanish_digit_groups_and_qualifiers() -> None:
    text = "Más de 3.913 niños fueron separados. Casi 1.000 niños aún no han sido reunificados."
    assert found(text) == [
        ("children_separated_identified", 3913, "at_least"),
        ("children_remaining_to_reunify", 1000, "approximate"),
    ]


@pytest.mark.parametrize(
    ("lead", "qualifier"),
    [
        ("nearly", "approximate"),
        ("almost", "approximate"),
        ("roughly", "approximate"),
        ("close to", "approximate"),
        ("more than", "at_least"),
        ("at least", "at_least"),
        ("upwards of", "at_least"),
        ("fewer than", "at_most"),
        ("up to", "at_most"),
        ("as many as", "at_most"),
    ],
)
def test_english_qualifiers(lead: str, qualifier: str) -> None:
    assert found(f"Officials say {lead} 2,000 children were separated.") == [
        ("children_separated_identified", 2000, qualifier)
    ]


@pytest.mark.parametrize(
    ("lead", "qualifier"),
    [("casi", "approximate"), ("cerca de", "approximate"), ("alrededor de", "approximate"),
     ("más de", "at_least"), ("al menos", "at_least"), ("menos de", "at_most"), ("hasta", "at_most")],
)  # fmt: skip
def test_spanish_qualifiers(lead: str, qualifier: str) -> None:
    assert found(f"Según el informe, {lead} 2.000 niños fueron separados.") == [
        ("children_separated_identified", 2000, qualifier)
    ]


def test_range_between_gives_lower_at_least_and_upper_at_most() -> None:
    assert found("The agency estimates that between 1,000 and 2,000 families remain separated.") == [
        ("families_remaining_to_reunify", 1000, "at_least"),
        ("families_remaining_to_reunify", 2000, "at_most"),
    ]


def test_hyphen_range() -> None:
    assert found("An estimated 4,500-5,000 children were separated.") == [
        ("children_separated_identified", 4500, "at_least"),
        ("children_separated_identified", 5000, "at_most"),
    ]


def test_repeated_figure_is_one_figure_but_other_qualifiers_are_kept() -> None:
    text = (
        "Nearly 1,000 children remain separated. Officials said 998 children remain separated. "
        "Again: 998 children remain separated."
    )
    assert found(text) == [
        ("children_remaining_to_reunify", 1000, "approximate"),
        ("children_remaining_to_reunify", 998, "exact"),
    ]


def test_families_never_go_into_children_metrics() -> None:
    assert found("The task force reunited 50 families this year.") == [
        ("families_reunified_by_task_force", 50, "exact")
    ]
    assert all(
        not metric.startswith("children")
        for metric, _, _ in found("More than 2,300 families were separated.")
    )


def test_percent_reunified_and_the_share_still_apart() -> None:
    assert found("Of those children, around 74% have been reunited.") == [
        ("percent_reunified", 74, "approximate")
    ]
    assert found("In all, 82 percent of the children remain separated from their parents.") == []
    # "cerca del" is "cerca de" + "el": approximate, as metrics.md says of "cerca de"
    assert found("Cerca del 70 por ciento de los niños ya fueron reunificados.") == [
        ("percent_reunified", 70, "approximate")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The task force will reunite 29 more families next week.",
        "Officials said 29 additional families will be reunited in the coming weeks.",
        "The plan is to reunify thirty families by June.",
        "En las próximas semanas reunificaremos a otras 29 familias.",
    ],
)
def test_plans_are_not_counts(text: str) -> None:
    assert found(text) == []


def test_an_increment_in_a_status_update_is_not_a_stock() -> None:
    assert found("As of 9/12, the government had reunited 9 more children with parents.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Published March 3, 2023 at 10:45 a.m.",
        "Weather: 58 F, cloudy. Updated Tuesday, 6:30 p.m.",
        "Page 1 of 24",
        "A 22-page report on separated children was filed.",
        "Executive Order 14011 created the task force to reunite separated children.",
        "See Case No. 18-428 on reunified children.",
        "Call (202) 555-0147 or 555-867-5309 about reunited children.",
        "The program costs $400 million to reunite children.",
        "A 7-year-old girl was reunited with her mother.",
        "Parents can stay for three years; parole lasts 36 months for reunited families.",
        "About 60% of the separated children were Guatemalan.",
        "More than 230 Afghan refugee children were separated from their families.",
        "Hundreds of children were separated and thousands of families remain apart.",
        "Several hundred children were reunited in dozens of cities.",
        "READ NEXT: 500 children reunited in another state",
        "[More than 300 children reunited after the storm]",
        "1. Home 2. News 3. Fact Sheets",
        "The children, ages five and 17, remain separated from their parents.",
        "Manuela, 11, and her father were among the families reunited.",
    ],
)
def test_decoys_give_nothing(text: str) -> None:
    assert found(text, published=date(2023, 3, 3)) == []


def test_a_text_of_only_decoys_gives_nothing() -> None:
    text = (
        "1. Home\n2. News\nPage 3 of 12\nUpdated Friday, January 27, 2023 5:12 p.m.\n48.2 F\n"
        "Executive Order 14011 of February 2, 2021 asked for a report within 120 days.\n"
        "For six years, thousands of families waited; hundreds of lawyers helped.\n"
        "Call 202-555-0190 for more. READ MORE: 40 migrants rescued at sea"
    )
    assert found(text) == []


def test_published_overrides_document_and_dates_the_figures() -> None:
    document = Document(text="As of Sept. 10, 437 children remained separated from their parents.")
    [figure] = extract_figures(document, published=date(2018, 10, 24))
    assert figure.published == date(2018, 10, 24)
    assert figure.as_of == date(2018, 9, 10)
    assert figure.metric == "children_remaining_to_reunify"


def test_label_colon_number_lines() -> None:
    assert found("Children reunified: 2,926") == [("children_reunified_total", 2926, "exact")]


def _pairs(text: str) -> list[tuple[str, int | float]]:
    return [(f.metric, f.value) for f in extract_figures(text)]


def test_either_before_or_through_the_task_force_is_the_total():
    assert _pairs(
        "Some 2,400 children have been reunited, whether before the Task Force began or through its efforts."
    ) == [("children_reunified_total", 2400)]


def test_a_partitive_whole_is_the_identified_class_when_nothing_restricts_it():
    assert _pairs("Officials have reunified 40 of the 90 children under the age of four.") == [
        ("children_reunified_total", 40),
        ("children_separated_identified", 90),
    ]
    assert _pairs("De los 1.200 niños de entre 6 y 16 años, 800 ya volvieron con sus padres.") == [
        ("children_separated_identified", 1200),
        ("children_reunified_total", 800),
    ]
    # the part is no figure, so neither is the whole
    assert _pairs("Officials said 40 of the 90 children under four would be reunited soon.") == []


def test_a_later_predicate_of_the_same_count_refines_the_first():
    assert _pairs(
        "Of the minors in federal care, 1,900 were separated at the border and have not yet been reunified."
    ) == [("children_remaining_to_reunify", 1900)]
    assert _pairs("The agency has identified more than 900 families that remain separated.") == [
        ("families_remaining_to_reunify", 900)
    ]
    assert ("children_reunification_in_process", 60) in _pairs(
        "So far 500 children are home, and the reunification of 60 more children is underway."
    )


def test_an_earlier_value_takes_the_metric_it_is_compared_with():
    assert _pairs("The task force has reunified 900 children. That is up from 750 last spring.") == [
        ("children_reunified_by_task_force", 900),
        ("children_reunified_by_task_force", 750),
    ]


def test_parents_not_found_only_for_some_children_does_not_relabel_the_count():
    assert _pairs(
        "About 600 children still have not been reunited, and some of their parents were never found."
    ) == [("children_remaining_to_reunify", 600)]
    assert _pairs("Los padres de 210 niños todavía no han podido ser localizados.") == [
        ("children_parents_not_located", 210)
    ]
    assert _pairs("Counsel have now reached the parents of all but 150 children.") == [
        ("children_parents_not_located", 150)
    ]


def test_intakes_hedged_additions_and_other_countries_are_not_figures():
    assert (
        _pairs("After the ruling, the shelter network received at least 90 children who were separated.")
        == []
    )
    assert _pairs("A review found 700 additional children who may have been separated from a parent.") == []
    assert (
        _pairs(
            "Rights groups say more than 800 children were separated from their parents at European borders."
        )
        == []
    )


def test_a_verb_with_its_own_subject_does_not_give_the_count_its_state():
    assert _pairs("The three families include fathers who were separated from their sons in 2018.") == []


def test_dotted_and_aligned_table_rows_read_their_labels_and_the_header_unit():
    dotted = "Children identified ............ 2,100\nChildren remaining in ORR care .......... 310\n"
    assert _pairs(dotted) == [("children_separated_identified", 2100), ("children_remaining_to_reunify", 310)]
    aligned = (
        "Category                              Children\n"
        "Reunified by the Task Force                140\n"
        "No record of reunification               1,020\n"
    )
    assert _pairs(aligned) == [
        ("children_reunified_by_task_force", 140),
        ("children_remaining_to_reunify", 1020),
    ]


def test_spanish_return_and_custody_wordings():
    assert _pairs("Según el informe, 1.500 menores ya han vuelto con sus familias.") == [
        ("children_reunified_total", 1500)
    ]
    assert _pairs("Otros 95 niños se encuentran en pleno trámite de reunificación.") == [
        ("children_reunification_in_process", 95)
    ]
    assert _pairs("No existe constancia de reunificación para 1.300 niños.") == [
        ("children_remaining_to_reunify", 1300)
    ]
