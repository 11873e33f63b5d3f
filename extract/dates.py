"""Dates in texts: every date span (so its digits are never read as figures), as-of phrases, and
the publication date a page states.

A date needs a day to be an ``as_of``: "as of February 2023" gives none. A date without a year takes the
year of the reference (publication) date, moved one year back if it would fall after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "dic": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|"
    r"jueves|viernes|sábado|sabado|domingo)\.?,?\s+)?"
)
_ORD = r"(?:st|nd|rd|th|º|°)?"
_YEAR = r"(?:19|20)\d{2}"

# Every date starts with a word character (a weekday, a month or a digit): "(?=\w)" lets the engine skip
# blanks and punctuation without trying every alternative there.
_DATE = re.compile(
    r"(?<![\w])(?=\w)(?:"
    # February 1, 2023 / Sept.10 / Jan. 20, 2021 / September 10th
    rf"{_WEEKDAY}(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}}){_ORD}(?!\d|,\d{{3}})(?:,?\s*(?:de\s+)?(?P<y1>{_YEAR})(?!\d))?"
    # 1 July 2017 / 1 de febrero de 2023 / 8 jun
    rf"|{_WEEKDAY}(?P<d2>\d{{1,2}}){_ORD}\s+(?:de\s+)?(?P<m2>{_MONTH})(?:,?\s*(?:de\s+|del\s+)?(?P<y2>{_YEAR})(?!\d))?"
    # 2023-02-01
    rf"|(?P<y3>{_YEAR})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?!\d)"
    # 9/10 and 9/10/2018 (US order)
    r"|(?P<m4>\d{1,2})/(?P<d4>\d{1,2})(?:/(?P<y4>\d{4}|\d{2}))?(?![\d/])"
    # February 2023 / febrero de 2023 (no day)
    rf"|(?P<m5>{_MONTH})\s+(?:de\s+|of\s+)?(?P<y5>{_YEAR})(?!\d)"
    # a bare year
    rf"|(?P<y6>{_YEAR})(?![\d,]\d|\d)"
    r")",
    re.IGNORECASE,
)

_AS_OF = re.compile(
    r"(?:\bas\s+of|\bas\s+at|\bthrough|\bcon\s+fecha\s+(?:al|del?)|\bhasta\s+el|\bal|\ba\s+fecha\s+de|"
    r"\bcorte\s+al|\bas\s+of\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,3})?\s+on)\s+$",
    re.IGNORECASE,
)
# "By March 20, 2024, the task force had reunited 795 children": a date the sentence's perfect tense reaches.
_BY_DATE_LEAD = re.compile(r"(?:^|[.!?\n]\s*|\bAnd\s)\s*By\s+$")
_PERFECT_AFTER = re.compile(
    r"\s*,[^.;!?]{0,100}?\b(?:had|has|have)\s+(?:already\s+|now\s+|only\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I
)
_DEADLINE_AFTER = re.compile(r"[^.;!?]{0,100}?\b(?:must|will|should|shall|would|deadline|ordered)\b", re.I)

_RELEASE = re.compile(
    r"(?:release\s+date|publicly\s+released|date\s+released|released|published|publication\s+date|"
    r"fecha\s+de\s+publicación|publicado|date)\s*(?:on)?\s*:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date as written; ``value`` is set when it names a day (month and day, year known or inferred)."""

    start: int
    end: int
    value: date | None
    has_day: bool


def month_number(raw: str) -> int | None:
    """1-12 for an English or Spanish month name or abbreviation ("Sept.", "junio"), else None."""
    return _MONTHS.get(raw.lower().rstrip(".").strip())


def _year(raw: str | None, month: int, day: int, reference: date | None) -> int | None:
    if raw:
        year = int(raw)
        return year + 2000 if year < 100 else year
    if reference is None:
        return None
    year = reference.year
    try:
        if date(year, month, day) > reference:
            year -= 1
    except ValueError:
        return None
    return year


def find_dates(
    text: str, reference: date | None = None, windows: list[tuple[int, int]] | None = None
) -> list[DateMention]:
    """Every date span of ``text``, in order; days resolve to a ``date`` when the year is known.

    Args:
        text: the text.
        reference: the publication date, which gives a year to dates without one.
        windows: stretches around the text's digits (``extract.numbers.digit_windows``); every date has a
            digit, so only these need scanning.
    """
    found: list[DateMention] = []
    for match in _date_matches(text, windows):
        groups = match.groupdict()
        month_raw = groups["m1"] or groups["m2"] or groups["m5"]
        if month_raw and month_raw.strip(".") == "may" and not groups["d2"]:
            continue  # the modal verb "may", not the month
        if groups["m1"] or groups["m2"]:
            month = month_number(month_raw)
            day = int(groups["d1"] or groups["d2"])
            year_raw = groups["y1"] or groups["y2"]
        elif groups["y3"]:
            month, day, year_raw = int(groups["m3"]), int(groups["d3"]), groups["y3"]
        elif groups["m4"]:
            month, day, year_raw = int(groups["m4"]), int(groups["d4"]), groups["y4"]
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
        else:
            found.append(DateMention(match.start(), match.end(), None, False))
            continue
        value = None
        year = _year(year_raw, month or 0, day, reference) if month else None
        if year and month:
            try:
                value = date(year, month, day)
            except ValueError:
                value = None
        found.append(DateMention(match.start(), match.end(), value, True))
    return found


def _date_matches(text: str, windows: list[tuple[int, int]] | None):
    if windows is None:
        yield from _DATE.finditer(text)
        return
    for start, end in windows:
        yield from _DATE.finditer(text, start, end)


@dataclass(frozen=True)
class AsOf:
    """An as-of phrase ("As of February 1, 2023") and the day it ties figures to."""

    start: int
    end: int
    value: date


# "As of the date of this report", "As of 6:00 a.m. today", "a la fecha de este informe": the day is the one the
# document's header states on a line of its own, not the publication date.
_DEICTIC_AS_OF = re.compile(
    r"\b(?:as\s+of|as\s+at)\s+(?:(?:the\s+)?date\s+of\s+this\s+(?:report|update|filing|notice|statement)"
    r"|(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+)?(?:today|this\s+morning))\b"
    r"|\ba\s+la\s+fecha\s+(?:de\s+(?:este|esta|la\s+presente)\s+(?:informe|reporte|actualización|nota))\b",
    re.IGNORECASE,
)
_HEADER_CHARS = 400
_FILED_STAMP = re.compile(r"\bFiled\s+$")
_DATE_LABEL = re.compile(
    r"[ \t]*(?:release\s+date|date|dated|fecha(?:\s+de\s+publicaci[oó]n)?)[ \t]*:[ \t]*", re.I
)


def _header_date(text: str, dates: list[DateMention]) -> date | None:
    """The day a document's header states on a line of its own ("June 2, 2021" under the title)."""
    for mention in dates:
        if mention.start > _HEADER_CHARS:
            break
        if mention.value is None or not mention.has_day:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        lead = text[line_start : mention.start]
        if (not lead.strip() or _DATE_LABEL.fullmatch(lead)) and not text[mention.end : line_end].strip(
            " \t.,"
        ):
            return mention.value  # "June 2, 2021" under the title, "Release Date: June 23, 2018"
        if _FILED_STAMP.search(text, max(line_start, mention.start - 8), mention.start):
            return (
                mention.value
            )  # "Case 3:18-cv-00428 Document 159 Filed 07/26/18 Page 1 of 9": a filing's stamp
    return None


def find_as_of(text: str, dates: list[DateMention]) -> list[AsOf]:
    """The as-of phrases of ``text`` (days only: a month alone ties figures to no day)."""
    phrases: list[AsOf] = []
    for mention in dates:
        if not mention.has_day or mention.value is None:
            continue
        lead = text[max(0, mention.start - 24) : mention.start]
        match = _AS_OF.search(lead)
        if match:
            phrases.append(AsOf(mention.start - (len(lead) - match.start()), mention.end, mention.value))
        elif (
            _BY_DATE_LEAD.search(lead)
            and _PERFECT_AFTER.match(text, mention.end)
            and not _DEADLINE_AFTER.match(text, mention.end)
        ):
            phrases.append(AsOf(mention.start - 3, mention.end, mention.value))
    deictic = _DEICTIC_AS_OF.search(text)
    if deictic:
        header = _header_date(text, dates)
        if header is not None:
            phrases.append(AsOf(deictic.start(), deictic.end(), header))
            phrases.sort(key=lambda phrase: phrase.start)
    return phrases


def published_in_text(text: str) -> date | None:
    """The publication date a text states in a "Release Date:"/"Published:" line, if any."""
    best: tuple[int, date] | None = None
    for mention in find_dates(text[:5000]):
        if mention.value is None:
            continue
        lead = text[max(0, mention.start - 30) : mention.start]
        match = _RELEASE.search(lead)
        if not match:
            continue
        word = match.group(0).lower()
        rank = 0 if ("release" in word) else 1
        if best is None or rank < best[0]:
            best = (rank, mention.value)
    return best[1] if best else None


def parse_iso_date(raw: str | None) -> date | None:
    """A date from an ISO-like string ("2023-02-02", "2023-02-02T10:00:00Z"), or from words; else None."""
    if not raw:
        return None
    match = re.search(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    for mention in find_dates(raw):
        if mention.value is not None:
            return mention.value
    return None
