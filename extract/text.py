"""Sentence segmentation for extraction: lines are hard boundaries; within a line, sentence ends.

Headlines, bullets and table cells have no final period, so every line break ends a sentence.
Abbreviations ("U.S.", "Sept.", "Jan.", "Dr.") and initials do not end one.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "us",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "sr",
        "sra",
        "srta",
        "jr",
        "st",
        "no",
        "nos",
        "vs",
        "v",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ene",
        "abr",
        "ago",
        "dic",
        "etc",
        "approx",
        "est",
        "fig",
        "p",
        "pp",
        "vol",
        "art",
        "sec",
        "a.m",
        "p.m",
        "u.s.c",
        "ee.uu",
        "e.e.u.u",
        "d.c",
        "n.y",
        "l.a",
        "calif",
        "ariz",
        "tex",
        "fla",
        "mass",
    ]
)

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_LINE = re.compile(r"[^\n]+")
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_CONTINUES = re.compile(r"[ \t]*(?:[a-záéíóúñü]|\d[\d,.]*[ \t]+[a-záéíóúñü])")
_OPEN_END = re.compile(r"[^.!?…:;\"”’)\]\s][ \t]*$")
# A line that ends on an article or a preposition is wrapped mid-phrase, whatever the next line starts with
# ("prior to the establishment of the\nTask Force").
_DANGLING_END = re.compile(
    r"(?<![\w-])(?:the|of|to|an|and|or|with|by|for|from|in|into|de|del|la|el|los|las|con|por|para|en)[ \t]*$",
    re.I,
)
_STARTS_WORD = re.compile(r"[ \t]*[A-Za-zÁÉÍÓÚÑáéíóúñ]")


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the period at ``line[dot]`` closes an abbreviation or an initial rather than a sentence."""
    if line[dot] != ".":
        return False
    start = dot
    while start > 0 and not line[start - 1].isspace() and line[start - 1] not in "(\"“'":
        start -= 1
    token = line[start:dot].lower()
    if not token:
        return False
    if token in {"no", "nos"}:
        # "Case No. 18", "No. 3" number what follows; "pero 998 no. Entre ..." ends a sentence
        return bool(re.match(r"\s*[\d#]", line[dot + 1 :]))
    if token in _ABBREVIATIONS:
        return True
    # Initials ("W.", "J.R.") and dotted acronyms ("D.C.") are not sentence ends.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", token))


def _joins(text: str, previous_start: int, previous_end: int, start: int) -> bool:
    """Whether the line at ``start`` continues the line ``text[previous_start:previous_end]``."""
    if _CONTINUES.match(text, start) and _OPEN_END.search(text, previous_start, previous_end):
        return True
    tail = max(previous_start, previous_end - 12)  # the longest dangling word and its blanks
    return bool(_STARTS_WORD.match(text, start) and _DANGLING_END.search(text, tail, previous_end))


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Lines, with a line that continues a sentence joined to the one before it.

    Text taken from PDFs and fixed-width pages breaks lines mid-sentence ("have been\nreunified"). A single
    line break is a continuation when the line before ends without closing punctuation and the next line
    starts in lower case; a blank line, a bullet or a capital after a line break starts something new.
    """
    lines: list[tuple[int, int]] = []
    for line_match in _LINE.finditer(text):
        start, end = line_match.span()
        if lines and _joins(text, lines[-1][0], lines[-1][1], start):
            between = text[lines[-1][1] : start]
            if between.count("\n") == 1:
                lines[-1] = (lines[-1][0], end)
                continue
        lines.append((start, end))
    return lines


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, in order, stripped of surrounding blanks."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _logical_lines(text):
        _split_line(text, line_start, line_end, spans)
    return spans


def sentence_spans_at(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The sentences of ``text`` holding any of ``offsets`` (ascending), in order: the same spans as
    ``sentence_spans`` gives for them, found without segmenting the rest of a long page."""
    spans: list[tuple[int, int]] = []
    line_end = -1
    for offset in offsets:
        if offset < line_end:
            continue
        line_start, line_end = _logical_line_at(text, offset)
        _split_line(text, line_start, line_end, spans)
    return spans


def _logical_line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    # Walk back over lines this one continues, then forward over lines that continue it (_logical_lines).
    while start >= 2 and text[start - 2] != "\n":
        previous_start = text.rfind("\n", 0, start - 1) + 1
        if not _joins(text, previous_start, start - 1, start):
            break
        start = previous_start
    while end + 1 < len(text) and text[end + 1] != "\n":
        line_start = text.rfind("\n", 0, end) + 1
        if not _joins(text, line_start, end, end + 1):
            break
        following = text.find("\n", end + 1)
        end = len(text) if following == -1 else following
    return start, end


def _split_line(text: str, line_start: int, line_end: int, spans: list[tuple[int, int]]) -> None:
    line = text[line_start:line_end]
    base = line_start
    cursor = 0
    for end_match in _END.finditer(line):
        if _is_abbreviation(line, end_match.start()):
            continue
        following = _NEXT_VISIBLE.match(line, end_match.end())
        if following and following.group(1).islower():
            continue
        if following and following.group(1).isdigit() and end_match.group(0).startswith("..."):
            continue  # dotted leaders of a table row ("Children remaining in ORR care ........ 437")
        _append(spans, text, base + cursor, base + end_match.end())
        cursor = end_match.end()
    _append(spans, text, base + cursor, base + len(line))


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
