"""``tracker eval FILE.jsonl``: score the extractor on an annotated set; the last line is the summary."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract.evaluate import evaluate_file, render_report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the extractor on an annotated jsonl set",
        description="Precision, recall and F1 on (metric, value) pairs, qualifier and as-of accuracy, "
        "per-metric table, misses and false figures. The last line is a one-line summary.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.jsonl")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        result = evaluate_file(args.file)
    except (OSError, json.JSONDecodeError, KeyError) as error:
        print(f"tracker eval: {args.file}: {error}", file=sys.stderr)
        return 2
    print(render_report(result))
    return 0
