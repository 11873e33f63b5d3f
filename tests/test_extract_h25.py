"""Rules fitted on heldout25 (extractor 1.15.0+), each checked on sentences written for these tests."""

from conftest import found


def test_a_separation_window_opening_after_the_injunction_is_not_the_identified_count():
    assert found("Officials said 240 children were separated between August 3 and late December 2018.") == []
    assert found("Records show 615 children were separated between July 9, 2018, and May 1, 2019.") == []
    assert found("Advocates say 300 kids separated from parents since court's order") == []
    # a window that opens before the order is the identified count
    assert found(
        "The review identified 3,850 children separated between July 1, 2017, and Jan. 20, 2021."
    ) == [("children_separated_identified", 3850, "exact")]


def test_placing_or_housing_separated_children_is_a_caseload():
    assert found("A shelter network said it has housed 64 separated children this summer.") == []
    assert found("The charity has placed 37 separated children with host families in Texas.") == []


def test_staying_apart_is_remaining():
    assert found("Officials said 402 minors stay separated from their parents.") == [
        ("children_remaining_to_reunify", 402, "exact")
    ]


def test_most_by_a_means_before_the_task_force_is_the_total():
    text = "The children were returned in stages. 1,650 children have been reunited, most under court orders before the task force existed."
    assert found(text) == [("children_reunified_total", 1650, "exact")]
    # a means alone still names the earlier period
    text = "The children were returned in stages. 1,650 children have been reunited, most of them under a 2018 court order."
    assert found(text) == [("children_reunified_before_task_force", 1650, "exact")]


def test_spun_court_orders_and_task_force_start():
    text = (
        "Of these, 1,610 youngsters had been reunited underneath earlier courtroom docket orders, whereas "
        "solely nine have been reunited since the job power started work."
    )
    assert found(text) == [
        ("children_reunified_before_task_force", 1610, "exact"),
        ("children_reunified_by_task_force", 9, "exact"),
    ]


def test_spanish_still_lacking_to_locate_the_parents():
    text = "Aún falta localizar a los padres de unos 800 niños, según el gobierno."
    assert found(text) == [("children_parents_not_located", 800, "approximate")]


def test_a_class_that_included_or_covered_children_is_the_separated_count():
    assert found("Lawyers told the judge that the first class included 2,650 children.") == [
        ("children_separated_identified", 2650, "exact")
    ]
    text = "Officials said the 2,600 children covered by last spring's reunification order are accounted for."
    assert found(text) == [("children_separated_identified", 2600, "exact")]


def test_ripped_away_from_their_parents_is_separated():
    assert found("Some 1,900 children have been ripped away from their parents this year.") == [
        ("children_separated_identified", 1900, "approximate")
    ]


def test_parents_still_to_be_located():
    text = "The agency still needs to locate the parents of about 400 children taken at the border."
    assert found(text) == [("children_parents_not_located", 400, "approximate")]
    text = "Officials said the parents of roughly 350 children remain unaccounted for."
    assert found(text) == [("children_parents_not_located", 350, "approximate")]


def test_identified_after_a_judges_order_is_still_the_identified_count():
    text = "The watchdog found that 2,590 children were identified as eligible for reunification after a judge's July order."
    assert found(text) == [("children_separated_identified", 2590, "exact")]
