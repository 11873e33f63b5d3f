"""Find the numbers a text states: digits in English or Spanish grouping, number words, percents.

Every mention keeps its character offsets so a figure can point back at the number as written.
Vague amounts ("hundreds", "several hundred", "dozens") are not numbers and are never returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberMention:
    """One number as written: ``text[start:end]`` and its value."""

    start: int
    end: int
    value: int | float
    percent: bool = False
    words: bool = False
    decimal: bool = False
    grouped: bool = False


_SPACE_CHARS = " \u00a0\u202f\u2009"

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_UNITS_ES = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29,
}  # fmt: skip
_TENS_ES = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
}  # fmt: skip
_HUNDREDS_ES = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12, "mil": 1000, "millar": 1000, "centenar": 100}

_SIMPLE = {**_UNITS_EN, **_TENS_EN, **_UNITS_ES, **_TENS_ES, **_HUNDREDS_ES}
# "one" and "uno" are left out on purpose: "one of the few", "one week" are never counts here.
_WORD_ALTERNATION = "|".join(
    sorted((w for w in [*_SIMPLE, *_SCALES] if w not in {"one", "zero"}), key=len, reverse=True)
)
_WORD = rf"(?:{_WORD_ALTERNATION})"
# Inside a number "one" is a digit like any other ("twenty-one", "two hundred and one", "two thousand one hundred"),
# and a comma may follow "thousand" before the hundreds ("Two thousand, one hundred twenty-seven").
_WORD_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:an?|one|un)\s+(?=(?:hundred|thousand|dozen|millar|centenar)\b))?{_WORD}"
    rf"(?:(?:\s+and\s+|\s+y\s+|-|\s+|(?<=thousand),\s+(?=(?:{_WORD}|one)\s+hundred\b))(?:{_WORD}|one))*(?![\w-])",
    re.IGNORECASE,
)

_DIGITS = re.compile(
    r"(?<![\w.,/:$€£#§])(?<![A-Za-z]-)"
    r"(?P<num>"
    r"\d{1,3}(?:,\d{3})+(?![\d])"  # 3,913
    r"|\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)"  # 3.913 (Spanish)
    rf"|\d{{1,3}}(?:[{_SPACE_CHARS}]\d{{3}})+(?![\d]|[.,]\d)"  # 3 913
    r"|\d+(?:[.,]\d+)?"
    r")"
    r"(?![\w]|[:/]\d)"
)
_PERCENT_AFTER = re.compile(
    # the word must follow on the same line: "... 176\nPercent of identified children" is the next table row
    r"[ \t]?(?:%|[ \t]*percent\b|[ \t]*per\s+cent\b|[ \t]*por\s+ciento\b|[ \t]*porciento\b)",
    re.IGNORECASE,
)


_POR_CIENTO = re.compile(r"ciento\b", re.IGNORECASE)


# Mexican press style: "3 mil 913" is 3913, "mil 779" is 1779, "3 mil" is 3000 ("3 mil millones" is not).
_MIL_MIXED = re.compile(
    rf"(?<![\w.,/:$€£#§])(?:(?P<thousands>\d{{1,3}})[{_SPACE_CHARS}]+mil|(?<![\w-])mil(?=[{_SPACE_CHARS}]+\d))"
    rf"(?:[{_SPACE_CHARS}]+(?P<rest>\d{{1,3}}))?(?![\w.,]\d|[\w])(?![{_SPACE_CHARS}]+mill[oó]n)",
    re.IGNORECASE,
)


# "Over 2 thousand kids", "some 5 thousand children" (not "$2 thousand", not "2 thousand million").
_DIGIT_THOUSAND = re.compile(
    rf"(?<![\w.,/:$€£#§])(\d{{1,3}})[{_SPACE_CHARS}]+thousand\b(?![{_SPACE_CHARS}]+(?:million|billion|dollars))",
    re.IGNORECASE,
)
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PLAIN_DIGITS = re.compile(r"\d+")


def _parse_digits(raw: str) -> tuple[int | float, bool, bool]:
    """Value, is-decimal, is-grouped of a digit string matched by ``_DIGITS``."""
    compact = raw
    for ch in _SPACE_CHARS:
        compact = compact.replace(ch, ",")
    if _COMMA_GROUPED.fullmatch(compact):
        return int(compact.replace(",", "")), False, True
    if _DOT_GROUPED.fullmatch(compact):
        return int(compact.replace(".", "")), False, True
    if _PLAIN_DIGITS.fullmatch(compact):
        return int(compact), False, False
    return float(compact.replace(",", ".")), True, False


def parse_number_words(phrase: str) -> int | None:
    """The value of a run of number words ("twenty-nine", "a thousand", "two dozen", "siete"), or None."""
    tokens = [t for t in re.split(r"[\s,-]+", phrase.lower()) if t and t not in {"and", "y"}]
    if not tokens:
        return None
    if tokens[0] in {"a", "an", "one", "un"}:
        tokens[0] = "1"
    total = 0
    current = 0
    seen_any = False
    for token in tokens:
        if token == "1":
            current += 1
            seen_any = True
        elif token in _SIMPLE:
            current += _SIMPLE[token]
            seen_any = True
        elif token in {"hundred", "dozen", "centenar"}:
            if not seen_any and current == 0:
                return None  # bare "hundred": a vague amount, not a number
            current = (current or 1) * _SCALES[token]
        elif token in {"thousand", "mil", "millar"}:
            if token in {"thousand", "millar"} and current == 0:
                return None
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    value = total + current
    return value or None


_DIGIT_RUN = re.compile(r"\d+")
_WINDOW_MARGIN = 40
_WORD_SET = frozenset(w.lower() for w in [*_SIMPLE, *_SCALES] if w not in {"one", "zero"})
_SCALE_PREFIX = re.compile(r"(?:an?|one|un)\s+$", re.IGNORECASE)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD_START_BLOCKER = re.compile(r"[\w-]")


def digit_windows(text: str, margin: int = _WINDOW_MARGIN) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digits, merged: every date, phone number, amount and digit number
    lies inside one, so their patterns need not scan the prose between them."""
    windows: list[tuple[int, int]] = []
    for run_start, run_end in _digit_runs(text):
        start = max(0, run_start - margin)
        end = min(len(text), run_end + margin)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


_DIGIT_MARKS = bytes(0x31 if 0x30 <= code <= 0x39 else 0x20 for code in range(256))
_MANY_NON_ASCII = 4000


def _digit_runs(text: str):
    """The spans of ``\\d+`` in ``text``. When its only digits are ASCII (``\\d`` is any decimal digit),
    they are found with byte searches: the regex engine would test every character of a long page."""
    marks = text.encode("ascii", "replace")  # one byte per character: offsets line up
    count = marks.count(b"?")
    if count > _MANY_NON_ASCII or (count and _has_non_ascii_digit(text, marks)):
        for match in _DIGIT_RUN.finditer(text):
            yield match.span()
        return
    marks = marks.translate(_DIGIT_MARKS)
    position = marks.find(b"1")
    while position != -1:
        end = marks.find(b" ", position)
        if end == -1:
            end = len(marks)
        yield position, end
        position = marks.find(b"1", end)


def _has_non_ascii_digit(text: str, marks: bytes) -> bool:
    position = marks.find(b"?")
    while position != -1:
        if text[position].isdecimal() and not text[position].isascii():
            return True
        position = marks.find(b"?", position + 1)
    return False


def _word_number_starts(text: str, lowered: str | None = None) -> list[int]:
    """Offsets where a number word starts (not inside another word), found through the page's distinct
    tokens: much cheaper than running the number-word pattern at every position of a long page."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        return [m.start() for m in re.finditer(r"(?<![\w-])\w", text)]  # offsets would not line up
    # A number word is a whole run of letters; only the page's distinct tokens need looking at.
    present = {
        piece for token in set(lowered.split()) for piece in _LETTER_RUN.findall(token) if piece in _WORD_SET
    }
    starts: set[int] = set()
    for word in present:
        index = lowered.find(word)
        while index != -1:
            if index == 0 or not _WORD_START_BLOCKER.match(text, index - 1):
                starts.add(index)
            index = lowered.find(word, index + 1)
    return sorted(starts)


# Spanish number words that are also English words: a number only before a Spanish word ("once niños").
_ENGLISH_WORDS = frozenset({"once"})
_SPANISH_NEXT = re.compile(
    r"\s+(?:de|del|mil|millones|niñ[oa]s|menores|familias|padres|madres|hijos|casos|personas|años|meses|"
    r"semanas|días|migrantes|más|mas|se|han|fueron|ya|aún|aun|siguen|quedan)\b",
    re.IGNORECASE,
)


def find_numbers(
    text: str, windows: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[NumberMention]:
    """All numbers stated in ``text``, in order, with their offsets.

    Args:
        text: the text.
        windows: ``digit_windows(text)``, when the caller has them already.
        lowered: ``text.lower()``, when the caller has it already.
    """
    mentions: list[NumberMention] = []
    for window_start, window_end in digit_windows(text) if windows is None else windows:
        for match in _DIGITS.finditer(text, window_start, window_end):
            raw = match.group("num")
            start, end = match.span("num")
            value, decimal, grouped = _parse_digits(raw)
            percent = bool(_PERCENT_AFTER.match(text, end))
            mentions.append(NumberMention(start, end, value, percent, False, decimal, grouped))
    covered = -1
    for start in _word_number_starts(text, lowered):
        if start < covered:
            continue
        match = None
        prefix = _SCALE_PREFIX.search(text, max(0, start - 8), start)
        if prefix and (prefix.start() == 0 or not _WORD_START_BLOCKER.match(text, prefix.start() - 1)):
            match = _WORD_NUMBER.match(text, prefix.start())  # "a thousand", "one hundred"
            if match and match.start() < covered:
                match = None
        match = match or _WORD_NUMBER.match(text, start)
        if match is None:
            continue
        covered = match.end()
        value = parse_number_words(match.group(0))
        if value is None or _POR_CIENTO.match(text, match.start()):
            continue
        if match.group(0).lower() in _ENGLISH_WORDS and not _SPANISH_NEXT.match(text, match.end()):
            continue  # "deported once before": the English word, not the Spanish eleven
        percent = bool(_PERCENT_AFTER.match(text, match.end()))
        mentions.append(NumberMention(match.start(), match.end(), value, percent, True))
    mentions.sort(key=lambda m: m.start)
    return _join_thousands(text, mentions, windows if windows is not None else digit_windows(text))


def _join_thousands(
    text: str, mentions: list[NumberMention], windows: list[tuple[int, int]]
) -> list[NumberMention]:
    """Replace the pieces of "3 mil 913" / "mil 779" / "3 mil" / "2 thousand" by the one number they write."""
    lowered_has = "mil" in text or "Mil" in text or "MIL" in text
    has_thousand = "thousand" in text or "Thousand" in text
    if not lowered_has and not has_thousand:
        return mentions
    joined: list[NumberMention] = []
    for window_start, window_end in windows if has_thousand else ():
        for match in _DIGIT_THOUSAND.finditer(
            text, max(0, window_start - 4), min(len(text), window_end + 12)
        ):
            start, end = match.span()  # "Over 2 thousand kids": digits with a scale word
            joined.append(NumberMention(start, end, int(match.group(1)) * 1000, False, False, False, True))
    for window_start, window_end in windows if lowered_has else ():
        for match in _MIL_MIXED.finditer(text, max(0, window_start - 4), min(len(text), window_end + 4)):
            thousands = int(match.group("thousands") or 1)
            rest = int(match.group("rest") or 0)
            if not match.group("thousands") and not match.group("rest"):
                continue
            start, end = match.span()
            percent = bool(_PERCENT_AFTER.match(text, end))
            joined.append(NumberMention(start, end, thousands * 1000 + rest, percent, False, False, True))
    if not joined:
        return mentions
    kept = [m for m in mentions if not any(j.start < m.end and m.start < j.end for j in joined)]
    return sorted([*kept, *joined], key=lambda m: m.start)
