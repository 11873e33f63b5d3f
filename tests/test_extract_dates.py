"""As-of phrases and publication dates."""

from datetime import date

from extract.dates import find_as_of, find_dates, published_in_text


def as_of(text: str, reference: date | None = None) -> list[date]:
    return [a.value for a in find_as_of(text, find_dates(text, reference))]


def test_as_of_with_full_date() -> None:
    assert as_of("As of February 1, 2023, the count was 998.") == [date(2023, 2, 1)]


def test_as_of_abbreviated_month_without_year_takes_the_reference_year() -> None:
    assert as_of("as of Sept. 10 there were 437", date(2018, 10, 24)) == [date(2018, 9, 10)]
    assert as_of("as of Sept.10 there were 437", date(2018, 10, 24)) == [date(2018, 9, 10)]


def test_day_later_than_the_reference_falls_in_the_year_before() -> None:
    assert as_of("as of December 30 there were 12", date(2019, 1, 5)) == [date(2018, 12, 30)]


def test_as_of_us_short_date() -> None:
    assert as_of("As of 9/10, the count was 8", date(2018, 9, 14)) == [date(2018, 9, 10)]


def test_spanish_as_of() -> None:
    assert as_of("al 1 de febrero de 2023 había 998 niños") == [date(2023, 2, 1)]


def test_month_only_gives_no_as_of() -> None:
    assert as_of("As of February 2023, 998 children were still apart.") == []


def test_release_date_line_is_the_publication_date() -> None:
    assert published_in_text("Fact Sheet\nRelease Date: February 2, 2023\nText") == date(2023, 2, 2)


def test_public_release_wins_over_publication() -> None:
    text = "GAO-19-163: Published: Oct 9, 2018. Publicly Released: Oct 24, 2018."
    assert published_in_text(text) == date(2018, 10, 24)


def test_a_dateline_widget_is_not_a_publication_date() -> None:
    assert published_in_text("52 F\nMonday, March 6, 2023\nHeadline") is None


def test_as_of_a_time_on_a_day() -> None:
    assert as_of("Figures current as of 6:00 a.m. on July 26, 2018, follow.") == [date(2018, 7, 26)]


def test_a_leading_by_date_with_a_perfect_tense_is_an_as_of_but_a_deadline_is_not() -> None:
    text = "By May 4, 2024, the latest date with data, the team had reunited 801 children."
    assert as_of(text) == [date(2024, 5, 4)]
    assert as_of("By May 4, 2024, the agencies must have reunited every family.") == []
    assert as_of("The report was filed. By May 4, 2024, nothing changed.") == []
