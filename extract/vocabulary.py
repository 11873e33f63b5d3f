"""The figure vocabulary of spec/metrics.md: metric names, their units, and the qualifiers.

The names are a contract shared by extraction, validation, the warehouse and analysts' queries.
"""

from __future__ import annotations

METRIC_UNITS: dict[str, str] = {
    "children_separated_identified": "children",
    "children_reunified_total": "children",
    "children_reunified_before_task_force": "children",
    "children_reunified_by_task_force": "children",
    "children_remaining_to_reunify": "children",
    "children_reunification_in_process": "children",
    "children_parents_not_located": "children",
    "percent_reunified": "percent",
    "families_separated": "families",
    "families_reunified_by_task_force": "families",
    "families_remaining_to_reunify": "families",
    "families_informed_of_opportunity": "families",
    "families_registered": "families",
    "families_referred_for_parole": "families",
    "families_behavioral_health_case_management": "families",
    "families_behavioral_health_services": "families",
    "parents_deported_separated": "parents",
    "separations_under_review": "separations",
}

METRICS: tuple[str, ...] = tuple(METRIC_UNITS)
UNITS: frozenset[str] = frozenset(METRIC_UNITS.values())
QUALIFIERS: tuple[str, ...] = ("exact", "approximate", "at_least", "at_most")

# Cumulative official counts never fall from one as-of date to a later one.
CUMULATIVE_METRICS: frozenset[str] = frozenset(
    {
        "children_separated_identified",
        "children_reunified_total",
        "children_reunified_by_task_force",
        "families_registered",
    }
)
