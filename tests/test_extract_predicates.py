"""Structural predicates (extractor 1.5.0): a number's metric comes from its own predicate, else nothing.

Sentences written for these tests."""

from extract import extract_figures


def found(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text)]


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
