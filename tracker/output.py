"""Printing query results for people (an aligned table) and for programs (CSV, JSON lines)."""

from __future__ import annotations

import sys

import pandas as pd

FORMATS = ("table", "csv", "json")


def print_frame(frame: pd.DataFrame, fmt: str = "table", out=None, max_colwidth: int = 60) -> None:
    out = out or sys.stdout
    if fmt == "csv":
        frame.to_csv(out, index=False)
    elif fmt == "json":
        text = frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
        out.write(text if text.endswith("\n") or not text else text + "\n")
    elif frame.empty:
        out.write("(no rows)\n")
    else:
        with pd.option_context(
            "display.width", 250, "display.max_columns", 50, "display.max_colwidth", max_colwidth
        ):
            out.write(frame.to_string(index=False) + "\n")
