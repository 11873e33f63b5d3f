"""Spanish (and some English) news structures: the finite verb decides, not the participle on the noun.

Every sentence here was written for this file; none is taken from a fixture.
"""

import pytest

from extract import extract_figures


def _pairs(text: str) -> set[tuple[str, int, str]]:
    return {(f.metric, f.value, f.qualifier) for f in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle modifying the noun is not the predicate: the finite verb is
        (
            "Unos 800 niños separados en Arizona siguen sin sus familias.",
            {("children_remaining_to_reunify", 800, "approximate")},
        ),
        (
            "Entre 700 y 900 menores separados por la política continúan sin sus padres.",
            {
                ("children_remaining_to_reunify", 700, "at_least"),
                ("children_remaining_to_reunify", 900, "at_most"),
            },
        ),
        (
            "El gobierno reunifica a 1 234 niños separados en Texas.",
            {("children_reunified_total", 1234, "exact")},
        ),
        (
            "Más de un centenar de menores han podido volver con sus madres desde febrero de 2021.",
            {("children_reunified_by_task_force", 100, "at_least")},
        ),
        (
            "Al menos 250 niños han vuelto a encontrarse con sus padres desde febrero de 2021.",
            {("children_reunified_by_task_force", 250, "at_least")},
        ),
        (
            "Officials say 75 separated kids are on their way back to their parents.",
            {("children_reunification_in_process", 75, "exact")},
        ),
    ],
)
def test_finite_verb_decides(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unos 1,500 niños ya se habían reunido con sus padres antes de que el grupo de trabajo empezara.",
            {("children_reunified_before_task_force", 1500, "approximate")},
        ),
        (
            "Some 1,200 children had been reunited before President Biden created a task force.",
            {("children_reunified_before_task_force", 1200, "approximate")},
        ),
        (
            "About 1,100 kids had been given back to their parents after a judge ordered it.",
            {("children_reunified_before_task_force", 1100, "approximate")},
        ),
        (
            "Fueron reunidos 1.300 niños, y 420 después.",
            {("children_reunified_total", 1300, "exact"), ("children_reunified_by_task_force", 420, "exact")},
        ),
    ],
)
def test_time_clauses(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De esos menores, no existe registro de reunificación para 1 450.",
            {("children_remaining_to_reunify", 1450, "exact")},
        ),
        (
            "Officials can't find a record that more than 1,400 children were ever reunited.",
            {("children_remaining_to_reunify", 1400, "at_least")},
        ),
        (
            "Unos 640 menores siguen sin una reunificación registrada.",
            {("children_remaining_to_reunify", 640, "approximate")},
        ),
        (
            "Ya fueron reunificados 1.700 niños, pero 640 no. El resto sigue en revisión.",
            {("children_reunified_total", 1700, "exact"), ("children_remaining_to_reunify", 640, "exact")},
        ),
    ],
)
def test_negation_and_no_record(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los voluntarios no han logrado dar con los padres de 412 niños, la mayoría de ellos deportados.",
            {("children_parents_not_located", 412, "exact")},
        ),
        (
            "Los abogados siguen sin poder localizar a los padres de 377 niños.",
            {("children_parents_not_located", 377, "exact")},
        ),
        (
            "We still had 219 children whose parents we hadn't reached.",
            {("children_parents_not_located", 219, "exact")},
        ),
        (
            "Más de 1.200 familias permanecen separadas porque muchos padres no han podido ser contactados.",
            {("families_remaining_to_reunify", 1200, "at_least")},
        ),
        ("En 2018 la política separó a más de 1.800 familias.", {("families_separated", 1800, "at_least")}),
    ],
)
def test_parents_and_families(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En total, 1 500 de los 2 100 menores separados en Texas ya se reunieron con sus familias.",
            {("children_reunified_total", 1500, "exact"), ("children_separated_identified", 2100, "exact")},
        ),
        (
            "In all, 1,500 of the 2,100 children identified by the agency had been reunified.",
            {("children_reunified_total", 1500, "exact"), ("children_separated_identified", 2100, "exact")},
        ),
        (
            "Los menores reunificados suman 1.900. De ellos, 350 de esas reunificaciones se lograron gracias al grupo"
            " de trabajo.",
            {("children_reunified_by_task_force", 350, "exact")},
        ),
        (
            "La agencia también revisa otros 812 registros de posibles separaciones.",
            {("separations_under_review", 812, "exact")},
        ),
        (
            'The agency counted 1,900 children. Another 77 are "in process."',
            {
                ("children_separated_identified", 1900, "exact"),
                ("children_reunification_in_process", 77, "exact"),
            },
        ),
        (
            "Parents presently departed from the United States: 144",
            {("parents_deported_separated", 144, "exact")},
        ),
    ],
)
def test_partitives_anaphora_and_labels(text, expected):
    assert _pairs(text) <= expected | {("children_reunified_total", 1900, "exact")}
    assert expected <= _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Las familias piden 300 reunificaciones.",
        "Hay 50 reunificaciones programadas para la próxima semana.",
        "La cancillería informó que ha dado asistencia consular a 44 familias afectadas.",
    ],
)
def test_decoys(text):
    assert _pairs(text) == set()
