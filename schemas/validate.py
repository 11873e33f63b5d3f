"""Validation of one run's figures: figure, document and history checks, split by severity.

Errors send a figure to quarantine (with every failed check and a readable reason); warnings let
it load and leave a flag. Nothing is dropped: every input row ends up accepted or quarantined.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from schemas.checks import CHECKS
from schemas.documents import GROUP, INVOLVED, DocumentSchema, document_frame
from schemas.figures import FigureSchema
from schemas.history import DEFAULT_JUMP_SHARE, HistorySchema, history_frame


@dataclass
class ValidationResult:
    accepted: pd.DataFrame
    quarantined: pd.DataFrame  # the figure's columns + check_name, severity, reason
    flags: pd.DataFrame  # the figure's index in ``accepted`` terms: figure_index, check_name, reason
    counts: Counter = field(default_factory=Counter)  # (check_name, severity) -> failures


def _failures(schema: type[pa.DataFrameModel], frame: pd.DataFrame) -> list[tuple[object, str]]:
    """(row index, check name) pairs for every failed check, each once."""
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        cases = cases[cases["index"].notna()]
        return sorted(
            {(idx, str(check)) for idx, check in zip(cases["index"], cases["check"], strict=True)}, key=str
        )
    return []


def _describe_figure(row: pd.Series) -> str:
    as_of = row["as_of"].date().isoformat() if pd.notna(row["as_of"]) else "none"
    return f"{row['metric']}={row['value']:g} {row['unit']} ({row['qualifier']}, as of {as_of})"


def _figure_reason(check: str, row: pd.Series) -> str:
    values = _describe_figure(row)
    if check == "evidence_contains_number":
        return f"{CHECKS[check].description}: {row['number_text']!r} not in the evidence"
    if check == "as_of_not_after_fetch":
        return f"{CHECKS[check].description}: {values}, fetched {row['fetched_at']:%Y-%m-%d}"
    if check == "source_known":
        return f"{CHECKS[check].description}: {row['source_id']!r} is not in the registry"
    return f"{CHECKS[check].description}: {values}"


def validate_figures(
    figures: pd.DataFrame,
    history: pd.DataFrame | None = None,
    jump_share: float = DEFAULT_JUMP_SHARE,
) -> ValidationResult:
    """Run every check over one run's figures.

    Args:
        figures: one row per figure (see FigureSchema for the columns).
        history: official and news observations already in the warehouse (REFERENCE_COLUMNS).
        jump_share: the relative change between consecutive official reports that raises a warning.
    """
    figures = figures.reset_index(drop=True)
    failed: dict[int, list[tuple[str, str]]] = {}  # index -> [(check, reason)]
    counts: Counter = Counter()

    def fail(index: int, check: str, reason: str) -> None:
        failed.setdefault(index, []).append((check, reason))
        counts[(check, CHECKS[check].severity)] += 1

    if not figures.empty:
        for index, check in _failures(FigureSchema, figures):
            fail(index, check, _figure_reason(check, figures.loc[index]))

        errors = {i for i, fs in failed.items() if any(CHECKS[c].severity == "error" for c, _ in fs)}
        clean = figures.drop(index=list(errors))
        clean = clean.assign(as_of_key=clean["as_of"].fillna(pd.Timestamp(0)))
        documents = document_frame(clean)
        for doc_index, check in _failures(DocumentSchema, documents):
            group = documents.loc[doc_index, GROUP]
            members = clean[
                (clean["content_hash"] == group["content_hash"])
                & (clean["as_of_key"] == group["as_of_key"])
                & clean["metric"].isin(INVOLVED[check])
            ]
            stated = "; ".join(_describe_figure(row) for _, row in members.iterrows())
            for index in members.index:
                fail(index, check, f"{CHECKS[check].description}: the document states {stated}")

        errors = {i for i, fs in failed.items() if any(CHECKS[c].severity == "error" for c, _ in fs)}
        clean = figures.drop(index=list(errors))
        if not clean.empty:
            context = history_frame(clean, history, jump_share)
            for index, check in _failures(HistorySchema, context):
                row = context.loc[index]
                if check == "sources_agree":
                    detail = f"{row['value']:g} here; other sources: {row['other_values']}"
                elif check == "jump_within_limit":
                    detail = f"{row['previous_value']:g} as of {row['previous_as_of']:%Y-%m-%d}, now {row['value']:g}"
                else:
                    detail = _describe_figure(row)
                    if pd.notna(row["earlier_floor"]):
                        detail += f"; earlier at least {row['earlier_floor']:g}"
                    if pd.notna(row["later_ceiling"]):
                        detail += f"; later at most {row['later_ceiling']:g}"
                fail(index, check, f"{CHECKS[check].description}: {detail}")

    error_rows, flag_rows = [], []
    for index, checks in sorted(failed.items()):
        errs = [(c, r) for c, r in checks if CHECKS[c].severity == "error"]
        warns = [(c, r) for c, r in checks if CHECKS[c].severity == "warning"]
        if errs:
            error_rows.append(
                {
                    "figure_index": index,
                    "check_name": ", ".join(dict.fromkeys(c for c, _ in errs)),
                    "severity": "error",
                    "reason": "; ".join(dict.fromkeys(r for _, r in errs)),
                }
            )
        else:
            for check, reason in warns:
                flag_rows.append({"figure_index": index, "check_name": check, "reason": reason})

    quarantined_index = [row["figure_index"] for row in error_rows]
    quarantined = figures.loc[quarantined_index].copy()
    extra = pd.DataFrame(error_rows, columns=["figure_index", "check_name", "severity", "reason"])
    for column in ("check_name", "severity", "reason"):
        quarantined[column] = extra[column].to_numpy()
    accepted = figures.drop(index=quarantined_index)
    flags = pd.DataFrame(flag_rows, columns=["figure_index", "check_name", "reason"])
    return ValidationResult(accepted=accepted, quarantined=quarantined, flags=flags, counts=counts)
