"""How far a stated figure may be from the truth, given its qualifier.

Real documents round and disagree by a few dozen (the February 2023 fact sheet against the AP story),
so even an exact figure gets a small slack; "nearly" gets a wider one; "more than" is only a floor.
"""

from __future__ import annotations

import math

EXACT_SLACK_ABS = 25.0
EXACT_SLACK_SHARE = 0.005
APPROX_SLACK_SHARE = 0.10


def bounds(value: float, qualifier: str) -> tuple[float, float]:
    """The interval a figure stated with ``qualifier`` allows for the true value."""
    slack = max(EXACT_SLACK_ABS, EXACT_SLACK_SHARE * value)
    if qualifier == "approximate":
        slack = max(slack, APPROX_SLACK_SHARE * value)
        return value - slack, value + slack
    if qualifier == "at_least":
        return value - slack, math.inf
    if qualifier == "at_most":
        return 0.0, value + slack
    return value - slack, value + slack


def stated_interval(value: float, qualifier: str) -> tuple[float, float]:
    """The values a figure's own wording admits, with no slack for rounding: "more than 600" admits 689,
    "nearly 1,000" admits 998, but 3,924 and 3,881 exclude each other (used to tell real disagreements)."""
    if qualifier == "approximate":
        return value * (1 - APPROX_SLACK_SHARE), value * (1 + APPROX_SLACK_SHARE)
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    return value, value


def contradict(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two stated intervals that no single true value satisfies."""
    return a[1] < b[0] or b[1] < a[0]
