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
