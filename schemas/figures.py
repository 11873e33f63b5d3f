"""Figure-level checks: one row per extracted figure, as the flows build it."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pandera.pandas as pa

from extract.vocabulary import METRIC_UNITS, METRICS, QUALIFIERS
from tracker.registry import KINDS

EARLIEST = pd.Timestamp("2017-01-01")


def _today() -> pd.Timestamp:
    return pd.Timestamp(date.today())


class FigureSchema(pa.DataFrameModel):
    """A figure as extracted from one document of one source, with its provenance."""

    source_id: str
    source_kind: str = pa.Field(nullable=True)
    url: str
    content_hash: str
    fetched_at: pd.Timestamp
    metric: str
    value: float = pa.Field(nullable=True)
    qualifier: str = pa.Field(nullable=True)
    unit: str = pa.Field(nullable=True)
    as_of: pd.Timestamp = pa.Field(nullable=True)
    published: pd.Timestamp = pa.Field(nullable=True)
    evidence: str = pa.Field(nullable=True)
    number_text: str = pa.Field(nullable=True)

    class Config:
        strict = False
        coerce = False

    @pa.check("metric", name="metric_in_vocabulary")
    def _metric_in_vocabulary(cls, metric: pd.Series) -> pd.Series:
        return metric.isin(METRICS)

    @pa.check("qualifier", name="qualifier_known")
    def _qualifier_known(cls, qualifier: pd.Series) -> pd.Series:
        return qualifier.isin(QUALIFIERS)

    @pa.check("value", name="value_non_negative")
    def _value_non_negative(cls, value: pd.Series) -> pd.Series:
        return value.notna() & (value >= 0)

    @pa.dataframe_check(name="source_known")
    def _source_known(cls, df: pd.DataFrame) -> pd.Series:
        # a dataframe check, because column checks skip nulls and an unknown source has no kind
        return df["source_kind"].isin(KINDS)

    @pa.check("published", name="published_in_range")
    def _published_in_range(cls, published: pd.Series) -> pd.Series:
        return published.isna() | ((published >= EARLIEST) & (published <= _today()))

    @pa.check("as_of", name="as_of_in_range")
    def _as_of_in_range(cls, as_of: pd.Series) -> pd.Series:
        return as_of.isna() | ((as_of >= EARLIEST) & (as_of <= _today()))

    @pa.dataframe_check(name="as_of_not_after_fetch")
    def _as_of_not_after_fetch(cls, df: pd.DataFrame) -> pd.Series:
        return df["as_of"].isna() | (df["as_of"] <= df["fetched_at"].dt.normalize())

    @pa.dataframe_check(name="unit_matches_metric")
    def _unit_matches_metric(cls, df: pd.DataFrame) -> pd.Series:
        expected = df["metric"].map(METRIC_UNITS)
        return expected.isna() | (df["unit"] == expected)  # unknown metrics fail metric_in_vocabulary

    @pa.dataframe_check(name="count_is_integer")
    def _count_is_integer(cls, df: pd.DataFrame) -> pd.Series:
        is_percent = df["unit"] == "percent"
        return is_percent | (df["value"].notna() & (df["value"] == df["value"].round()))

    @pa.dataframe_check(name="percent_within_0_100")
    def _percent_within_0_100(cls, df: pd.DataFrame) -> pd.Series:
        is_percent = df["unit"] == "percent"
        return ~is_percent | ((df["value"] >= 0) & (df["value"] <= 100))

    @pa.dataframe_check(name="evidence_contains_number")
    def _evidence_contains_number(cls, df: pd.DataFrame) -> pd.Series:
        pairs = zip(df["evidence"].fillna(""), df["number_text"].fillna(""), strict=True)
        return pd.Series([bool(num) and num in ev for ev, num in pairs], index=df.index)
