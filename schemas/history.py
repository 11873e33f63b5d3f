"""History-level checks: a new figure against what the warehouse (and this run) already hold.

For every new figure we compute its context from the reference figures (the official history plus the
other figures of this run), then pandera checks the context columns:
- ``earlier_floor``: the highest lower bound of the same official cumulative metric at an earlier as-of date;
- ``later_ceiling``: the lowest upper bound at a later as-of date;
- ``previous_value`` / ``previous_as_of``: the official value at the nearest earlier as-of date;
- ``other_values``: values other sources give for the same metric and as-of date.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from extract.vocabulary import CUMULATIVE_METRICS
from schemas.tolerance import bounds, contradict, stated_interval

DEFAULT_JUMP_SHARE = 1.0  # a figure that more than doubles (or halves) between reports is worth a look

REFERENCE_COLUMNS = ["source_id", "source_kind", "metric", "value", "qualifier", "as_of"]


class HistorySchema(pa.DataFrameModel):
    class Config:
        strict = False

    @pa.dataframe_check(name="cumulative_never_falls")
    def _cumulative_never_falls(cls, df: pd.DataFrame) -> pd.Series:
        applies = df["metric"].isin(CUMULATIVE_METRICS) & (df["source_kind"] == "official")
        falls = (df["earlier_floor"] > df["high"]) | (df["later_ceiling"] < df["low"])
        return ~(applies & falls.fillna(False))

    @pa.dataframe_check(name="jump_within_limit")
    def _jump_within_limit(cls, df: pd.DataFrame) -> pd.Series:
        applies = (df["source_kind"] == "official") & (df["previous_value"] > 0)
        share = (df["value"] - df["previous_value"]).abs() / df["previous_value"]
        return ~(applies & (share > df["jump_share"]).fillna(False))

    @pa.dataframe_check(name="sources_agree")
    def _sources_agree(cls, df: pd.DataFrame) -> pd.Series:
        return df["other_values"].fillna("") == ""


def history_frame(
    figures: pd.DataFrame, history: pd.DataFrame | None, jump_share: float = DEFAULT_JUMP_SHARE
) -> pd.DataFrame:
    """The new figures with the context columns HistorySchema checks (same index as ``figures``)."""
    frame = figures.copy()
    intervals = [bounds(v, q) for v, q in zip(frame["value"], frame["qualifier"], strict=True)]
    frame["low"] = [lo for lo, _ in intervals]
    frame["high"] = [hi for _, hi in intervals]
    frame["jump_share"] = jump_share
    for column in ("earlier_floor", "later_ceiling", "previous_value"):
        frame[column] = float("nan")
    frame["previous_as_of"] = pd.NaT
    frame["other_values"] = ""

    reference = figures[REFERENCE_COLUMNS].copy()
    reference["batch_index"] = figures.index
    if history is not None and not history.empty:
        past = history[REFERENCE_COLUMNS].copy()
        past["batch_index"] = -1
        reference = pd.concat([past, reference], ignore_index=True)
    reference = reference[reference["as_of"].notna()]
    ref_bounds = [bounds(v, q) for v, q in zip(reference["value"], reference["qualifier"], strict=True)]
    reference = reference.assign(low=[lo for lo, _ in ref_bounds], high=[hi for _, hi in ref_bounds])
    official = reference[reference["source_kind"] == "official"]

    for index, row in frame[frame["as_of"].notna()].iterrows():
        same = official[(official["metric"] == row["metric"]) & (official["batch_index"] != index)]
        earlier = same[same["as_of"] < row["as_of"]]
        later = same[same["as_of"] > row["as_of"]]
        if not earlier.empty:
            frame.at[index, "earlier_floor"] = earlier["low"].max()
            nearest = earlier[earlier["as_of"] == earlier["as_of"].max()]
            frame.at[index, "previous_value"] = nearest["value"].median()
            frame.at[index, "previous_as_of"] = nearest["as_of"].iloc[0]
        if not later.empty:
            frame.at[index, "later_ceiling"] = later["high"].min()
        others = reference[
            (reference["metric"] == row["metric"])
            & (reference["as_of"] == row["as_of"])
            & (reference["source_id"] != row["source_id"])
        ]
        own = stated_interval(row["value"], row["qualifier"])
        others = others[
            [
                contradict(own, stated_interval(v, q))
                for v, q in zip(others["value"], others["qualifier"], strict=True)
            ]
        ]
        if not others.empty:
            frame.at[index, "other_values"] = ", ".join(
                f"{value:g} ({source})"
                for value, source in sorted(set(zip(others["value"], others["source_id"], strict=True)))
            )
    return frame
