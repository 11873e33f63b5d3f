"""The catalogue of validation checks: each name, its level, its severity and why.

Severity decides what happens to a figure that fails:
- ``error``: the figure goes to ``quarantine`` with the check name and reason, and is not loaded;
- ``warning``: the figure loads, and a row in ``flags`` records the check beside it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    level: str  # figure | document | history
    severity: str  # error | warning
    description: str


CHECKS: dict[str, Check] = {
    c.name: c
    for c in (
        # Figure level: a figure that breaks these is malformed, whatever the text says.
        Check("metric_in_vocabulary", "figure", "error", "the metric is one of spec/metrics.md"),
        Check(
            "unit_matches_metric",
            "figure",
            "error",
            "the unit is the metric's unit (children, families, ...)",
        ),
        Check(
            "qualifier_known", "figure", "error", "the qualifier is exact, approximate, at_least or at_most"
        ),
        Check("value_non_negative", "figure", "error", "a count or a percent is never negative"),
        Check(
            "count_is_integer", "figure", "error", "counts of children, families or parents are whole numbers"
        ),
        Check("percent_within_0_100", "figure", "error", "a percent lies between 0 and 100"),
        Check("as_of_in_range", "figure", "error", "the as-of date lies between 2017-01-01 and today"),
        Check(
            "as_of_not_after_fetch",
            "figure",
            "error",
            "a text cannot state a figure as of a day after it was fetched",
        ),
        Check(
            "published_in_range", "figure", "error", "the publication date lies between 2017-01-01 and today"
        ),
        Check(
            "evidence_contains_number",
            "figure",
            "error",
            "the evidence sentence contains the number as written",
        ),
        Check("source_known", "figure", "error", "the figure comes from a source of the registry"),
        # Document level: figures of one document (and one as-of date) must hold together. Errors, because
        # a contradiction beyond rounding means one of the figures was misread or misprinted; we cannot tell
        # which, so every figure involved waits for a person.
        Check(
            "reunified_within_identified",
            "document",
            "error",
            "children reunified (total, before or by the task force) are not more than children identified",
        ),
        Check(
            "reunified_plus_remaining_within_identified",
            "document",
            "error",
            "reunified total + remaining to reunify is not above identified",
        ),
        Check(
            "in_process_within_remaining",
            "document",
            "error",
            "children in process and families informed are not above children remaining",
        ),
        # Warnings: sources define "before" and "through" the task force differently and round freely, so a
        # mismatch is worth a look but not worth withholding the figures.
        Check(
            "reunified_parts_match_total",
            "document",
            "warning",
            "reunified before + by the task force is close to the reunified total",
        ),
        Check(
            "percent_matches_ratio",
            "document",
            "warning",
            "percent reunified is close to reunified total / identified",
        ),
        # History level: against what the warehouse already holds.
        Check(
            "cumulative_never_falls",
            "history",
            "error",
            "an official cumulative count does not fall from one as-of date to a later one",
        ),
        Check(
            "jump_within_limit",
            "history",
            "warning",
            "an official figure does not jump by more than the configured share between consecutive as-of dates",
        ),
        Check(
            "sources_agree",
            "history",
            "warning",
            "another source gives a different value for the same metric and as-of date (a disagreement, kept)",
        ),
    )
}


def severity(name: str) -> str:
    return CHECKS[name].severity
