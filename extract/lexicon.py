"""The cue lexicon (lexicon.toml), loaded and compiled once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.vocabulary import METRIC_UNITS

LEXICON_PATH = Path(__file__).with_name("lexicon.toml")


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "informed of the opportunity to reunify" wins over "reunify".
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(_body(p) for p in ordered)


def _body(phrase: str) -> str:
    # Spaces match any run of blanks; "task force" is also written "taskforce" or "task-force" (UK outlets).
    return phrase.replace(" ", r"\s+").replace(r"task\s+force", r"task(?:\s+|-)?force")


def _tagged(groups: dict[str, list[str]], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex over every phrase of every group; the matching group's name is the tag."""
    entries = [(phrase, name) for name, phrases in groups.items() for phrase in phrases]
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    parts = []
    names: dict[str, str] = {}
    for index, (phrase, name) in enumerate(entries):
        group = f"g{index}"
        names[group] = name
        body = _body(phrase)
        parts.append(f"(?P<{group}>{body})")
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", flags)
    pattern_names[pattern.pattern] = names
    return pattern


pattern_names: dict[str, dict[str, str]] = {}

_WORD_START = re.compile(r"(?<!\w)\w")


class CueScanner:
    """``finditer`` of a ``_tagged`` pattern over lower-cased text, tried only where a cue can start.

    A cue starts at a word start, and most cues start with a known letter: at each word start only the
    cues that can start with its letter (plus those that start with a group) are tried, in the pattern's
    own order, so the matches are exactly those of the full pattern's ``finditer``, several times faster.
    """

    def __init__(self, groups: dict[str, list[str]]) -> None:
        by_letter: dict[str, dict[str, list[str]]] = {}
        anywhere: dict[str, list[str]] = {}
        for name, phrases in groups.items():
            for phrase in phrases:
                first = phrase[:1]
                if first.isalpha() and phrase[1:2] not in {"?", "*", "{"}:
                    by_letter.setdefault(first.lower(), {}).setdefault(name, []).append(phrase)
                else:
                    anywhere.setdefault(name, []).append(phrase)
        self._any = _tagged(anywhere, 0) if anywhere else None
        self._by_letter: dict[str, re.Pattern[str]] = {}
        for letter, letter_groups in by_letter.items():
            merged = {name: [*letter_groups.get(name, []), *anywhere.get(name, [])] for name in groups}
            self._by_letter[letter] = _tagged({k: v for k, v in merged.items() if v}, 0)

    def finditer(self, text: str, pos: int, endpos: int):
        cursor = pos
        pattern_for = self._by_letter.get
        fallback = self._any
        for start in _WORD_START.finditer(text, pos, endpos):
            index = start.start()
            if index < cursor:
                continue
            pattern = pattern_for(text[index], fallback)
            if pattern is None:
                continue
            match = pattern.match(text, index, endpos)
            if match:
                cursor = match.end()
                yield match


def tag_of(match: re.Match[str]) -> str:
    """The group name (state, unit, modifier...) a match of a ``_tagged`` pattern belongs to."""
    return pattern_names[match.re.pattern][match.lastgroup or ""]


@dataclass(frozen=True)
class Lexicon:
    qualifier_before: re.Pattern[str]
    unit: re.Pattern[str]
    adjective: re.Pattern[str]
    elided: re.Pattern[str]
    parent_of: re.Pattern[str]
    narrative_before: re.Pattern[str]
    finite_after: re.Pattern[str]
    state: re.Pattern[str]
    modifier: re.Pattern[str]
    # The same patterns, case-sensitive, for text already lower-cased (several times faster).
    state_lower: CueScanner
    modifier_lower: CueScanner
    chrome: re.Pattern[str]
    negation: re.Pattern[str]
    metrics: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read and compile the lexicon; cached, so every call after the first is free."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    qualifiers = data["qualifiers"]
    qualifier_before = re.compile(
        r"(?<![\w])(?:"
        + "|".join(f"(?P<{name}>{_alternation(phrases)})" for name, phrases in qualifiers.items())
        + r")\s*[\"“'‘]?\s*$",
        re.IGNORECASE,
    )
    units = {
        name: phrases
        for name, phrases in data["units"].items()
        if name not in {"adjectives", "elided", "parent_of", "narrative_verbs", "finite_after"}
    }
    metrics = data["metrics"]
    for unit, table in metrics.items():
        for key, metric in table.items():
            if metric not in METRIC_UNITS:
                raise ValueError(f"lexicon maps {unit}.{key} to unknown metric {metric!r}")
    return Lexicon(
        qualifier_before=qualifier_before,
        unit=_tagged(units),
        adjective=re.compile(
            r"(?:" + _alternation(data["units"]["adjectives"]) + r")(?![\w])", re.IGNORECASE
        ),
        elided=re.compile(r"(?:" + _alternation(data["units"]["elided"]) + r")(?![\w])", re.IGNORECASE),
        parent_of=re.compile(
            r"(?<![\w])(?:" + _alternation(data["units"]["parent_of"]) + r")\s*$", re.IGNORECASE
        ),
        narrative_before=re.compile(
            r"(?<![\w])(?:"
            + _alternation(data["units"]["narrative_verbs"])
            + r")\s+(?:(?:the|los|las)\s+)?$",
            re.IGNORECASE,
        ),
        finite_after=re.compile(
            r"[\s\"”’']*(?:(?:who|that|which|que|quienes)\s+)?(?:"
            + _alternation(data["units"]["finite_after"])
            + r")(?![\w])",
            re.IGNORECASE,
        ),
        state=_tagged(data["states"]),
        modifier=_tagged(data["modifiers"]),
        state_lower=CueScanner(data["states"]),
        modifier_lower=CueScanner(data["modifiers"]),
        chrome=re.compile(
            r"^\W{0,3}(?:" + "|".join(re.escape(p) for p in data["chrome"]["prefixes"]) + r")", re.IGNORECASE
        ),
        negation=re.compile(
            r"(?<![\w])(?:" + _alternation(data["negations"]["words"]) + r")(?![\w.])", re.IGNORECASE
        ),
        metrics=metrics,
    )
