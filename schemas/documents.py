"""Document-level checks: the figures one document states for one as-of date must hold together.

The figures of a document are pivoted into one row per (document, as-of date) holding, for every
metric, the interval its stated figures allow (see tolerance.py); the checks compare intervals, so a
check fails only when no reading of the stated figures could make them consistent.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pandera.pandas as pa

from schemas.tolerance import bounds

GROUP = ["content_hash", "as_of_key"]

# metric -> short column prefix used in the pivot
_METRICS = {
    "children_separated_identified": "identified",
    "children_reunified_total": "reunified",
    "children_reunified_before_task_force": "before",
    "children_reunified_by_task_force": "by_tf",
    "children_remaining_to_reunify": "remaining",
    "children_reunification_in_process": "in_process",
    "families_informed_of_opportunity": "informed",
    "percent_reunified": "percent",
}

# check name -> the metrics whose figures it involves (those go to quarantine together)
INVOLVED = {
    "reunified_within_identified": [
        "children_separated_identified",
        "children_reunified_total",
        "children_reunified_before_task_force",
        "children_reunified_by_task_force",
    ],
    "reunified_plus_remaining_within_identified": [
        "children_separated_identified",
        "children_reunified_total",
        "children_remaining_to_reunify",
    ],
    "in_process_within_remaining": [
        "children_remaining_to_reunify",
        "children_reunification_in_process",
        "families_informed_of_opportunity",
    ],
    "reunified_parts_match_total": [
        "children_reunified_total",
        "children_reunified_before_task_force",
        "children_reunified_by_task_force",
    ],
    "percent_matches_ratio": [
        "percent_reunified",
        "children_reunified_total",
        "children_separated_identified",
    ],
}

PERCENT_SLACK_POINTS = {"exact": 2.0, "approximate": 5.0}


def _le(low_left: pd.Series, high_right: pd.Series) -> pd.Series:
    """left <= right is possible (missing figures pass)."""
    return low_left.isna() | high_right.isna() | (low_left <= high_right)


class DocumentSchema(pa.DataFrameModel):
    """One row per (document, as-of date): for each metric the lowest and highest value its figures allow."""

    class Config:
        strict = False

    @pa.dataframe_check(name="reunified_within_identified")
    def _reunified_within_identified(cls, df: pd.DataFrame) -> pd.Series:
        ok = pd.Series(True, index=df.index)
        for part in ("reunified", "before", "by_tf"):
            ok &= _le(df[f"{part}_low"], df["identified_high"])
        return ok

    @pa.dataframe_check(name="reunified_plus_remaining_within_identified")
    def _reunified_plus_remaining(cls, df: pd.DataFrame) -> pd.Series:
        return _le(df["reunified_low"] + df["remaining_low"], df["identified_high"])

    @pa.dataframe_check(name="in_process_within_remaining")
    def _in_process_within_remaining(cls, df: pd.DataFrame) -> pd.Series:
        return _le(df["in_process_low"], df["remaining_high"]) & _le(df["informed_low"], df["remaining_high"])

    @pa.dataframe_check(name="reunified_parts_match_total")
    def _parts_match_total(cls, df: pd.DataFrame) -> pd.Series:
        parts_low = df["before_low"] + df["by_tf_low"]
        parts_high = df["before_high"] + df["by_tf_high"]
        return _le(parts_low, df["reunified_high"]) & _le(df["reunified_low"], parts_high)

    @pa.dataframe_check(name="percent_matches_ratio")
    def _percent_matches_ratio(cls, df: pd.DataFrame) -> pd.Series:
        # the ratio's own interval, from the intervals of its parts
        ratio_low = 100 * df["reunified_low"] / df["identified_high"]
        ratio_high = 100 * df["reunified_high"] / df["identified_low"].where(df["identified_low"] > 0)
        return _le(df["percent_low"], ratio_high.clip(upper=100)) & _le(ratio_low, df["percent_high"])


def _figure_bounds(row) -> tuple[float, float]:
    if row.metric == "percent_reunified":
        slack = PERCENT_SLACK_POINTS.get(row.qualifier, 2.0)
        if row.qualifier == "at_least":
            return row.value - slack, math.inf
        if row.qualifier == "at_most":
            return 0.0, row.value + slack
        return row.value - slack, row.value + slack
    return bounds(row.value, row.qualifier)


def document_frame(figures: pd.DataFrame) -> pd.DataFrame:
    """Pivot figures to one row per (document, as-of date) with ``<metric>_low``/``<metric>_high`` columns."""
    relevant = figures[figures["metric"].isin(_METRICS)].copy()
    columns = GROUP + [f"{p}_{e}" for p in _METRICS.values() for e in ("low", "high")]
    if relevant.empty:
        return pd.DataFrame(columns=columns, dtype=float)
    intervals = [_figure_bounds(row) for row in relevant.itertuples()]
    relevant["low"] = [lo for lo, _ in intervals]
    relevant["high"] = [hi for _, hi in intervals]
    relevant["prefix"] = relevant["metric"].map(_METRICS)
    # The most lenient reading of several figures for one metric: the widest interval.
    wide = relevant.groupby(GROUP + ["prefix"], dropna=False).agg(low=("low", "min"), high=("high", "max"))
    wide = wide.unstack("prefix")
    wide.columns = [f"{prefix}_{edge}" for edge, prefix in wide.columns]
    wide = wide.reindex(columns=columns[len(GROUP) :]).astype(float).replace([np.inf], np.nan)
    # an infinite upper bound means "no upper bound": NaN makes the comparison pass
    return wide.reset_index()
