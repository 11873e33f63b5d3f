"""Structural rules found on heldout29/30 (and heldout27's false figures). Sentences written for these tests."""

from extract import extract_figures


def found(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.metric, f.value, f.qualifier) for f in extract_figures(text)]


def test_it_said_it_reunited_keeps_the_task_force_as_agent_across_a_fronted_phrase():
    text = (
        "In its second year, the task force hired more caseworkers for the search. "
        "By late spring, it reported that it had reunited 412 children with a parent."
    )
    assert found(text) == [("children_reunified_by_task_force", 412, "exact")]
    # the reporting verb's own subject is not the embedded clause's: no agent, the total
    decoy = (
        "In its second year, the task force hired more caseworkers for the search. "
        "By late spring, it reported that the government had reunited 412 children with a parent."
    )
    assert found(decoy) == [("children_reunified_total", 412, "exact")]
