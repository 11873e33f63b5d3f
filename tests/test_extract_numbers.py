"""The number parser: digits in English and Spanish grouping, number words, percents; vague amounts are not numbers."""

import pytest

from extract.numbers import find_numbers, parse_number_words


def values(text: str) -> list[tuple[str, int | float, bool]]:
    return [(text[m.start : m.end], m.value, m.percent) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,913", 3913),
        ("3.913", 3913),
        ("3 913", 3913),
        ("3\u00a0913", 3913),
        ("3\u202f913", 3913),
        ("3\u2009913", 3913),
        ("998", 998),
        ("1,000,000", 1000000),
    ],
)
def test_digit_groups_in_english_and_spanish_style_read_as_one_number(text: str, value: int) -> None:
    assert values(f"about {text} children") == [(text, value, False)]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("seven", 7),
        ("Twelve", 12),
        ("twenty-nine", 29),
        ("a thousand", 1000),
        ("two dozen", 24),
        ("a dozen", 12),
        ("two hundred and five", 205),
        ("siete", 7),
        ("mil", 1000),
        ("dos mil", 2000),
        ("treinta y siete", 37),
    ],
)
def test_number_words_in_english_and_spanish(phrase: str, value: int) -> None:
    assert parse_number_words(phrase) == value
    assert values(f"x {phrase} y")[0][1] == value


@pytest.mark.parametrize(
    "text", ["hundreds of kids", "thousands more", "dozens of parents", "several hundred kids"]
)
def test_vague_amounts_are_not_numbers(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text", ["74%", "74 %", "74 percent", "74 per cent", "74 por ciento"])
def test_percents_in_every_spelling(text: str) -> None:
    assert values(text) == [("74", 74, True)]


def test_one_is_not_read_as_a_count() -> None:
    assert values("one of the groups met one week later") == []


def test_times_and_decimals_are_told_apart_from_counts() -> None:
    found = values("at 6:30 p.m. it was 41.1 F")
    assert ("41.1", 41.1, False) in found
    assert all(raw != "6" for raw, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("identificó a 3 mil 913 menores", [("3 mil 913", 3913)]),
        ("mil 779 se reencontraron", [("mil 779", 1779)]),
        ("unos 4 mil niños", [("4 mil", 4000)]),
        ("casi mil niños", [("mil", 1000)]),
    ],
)
def test_mexican_press_writes_thousands_as_mil(text, expected):
    assert [(text[m.start : m.end], m.value) for m in find_numbers(text)] == expected


def test_mil_millones_is_not_thousands():
    text = "un fondo de 3 mil millones de dólares"
    assert 3000 not in [m.value for m in find_numbers(text)]
