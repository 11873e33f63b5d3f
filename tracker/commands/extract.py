"""``tracker extract``: run the extractor on documents on disk (spec/extract-cli.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from extract import Figure, extract_figures, read_document, read_text
from extract.documents import UnreadableDocument

_TABLE_COLUMNS = ("path", "metric", "value", "qualifier", "unit", "as_of", "published", "start", "evidence")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the figures documents state (jsonl or table)",
        description="Extract the vocabulary's figures from documents: .html/.htm as HTML, .pdf as PDF, "
        "anything else as text; '-' reads standard input.",
    )
    parser.add_argument(
        "--format", choices=("jsonl", "table"), default=None, help="default: table on a terminal, else jsonl"
    )
    parser.add_argument(
        "--published", type=date.fromisoformat, default=None, help="publication date YYYY-MM-DD"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    output_format = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    status = 0
    rows: list[dict] = []
    for path in args.paths:
        try:
            figures = _figures_of(path, args.published)
        except (OSError, UnreadableDocument, UnicodeDecodeError) as error:
            print(f"tracker extract: {path}: {_describe(error)}", file=sys.stderr)
            status = 2
            continue
        for figure in figures:
            row = {"path": path, **figure.to_dict()}
            row.pop("page", None)
            if figure.page is not None:
                row["page"] = figure.page
            if output_format == "jsonl":
                sys.stdout.write(json.dumps(_ordered(row), ensure_ascii=False) + "\n")
            else:
                rows.append(row)
    if output_format == "table" and rows:
        _print_table(rows)
    sys.stdout.flush()
    return status


def _figures_of(path: str, published: date | None) -> list[Figure]:
    if path == "-":
        document = read_text(sys.stdin.buffer.read())
    else:
        file = Path(path)
        if file.is_dir():
            raise IsADirectoryError(f"{path} is a directory, not a document")
        body = file.read_bytes()
        document = read_document(body, filename=file.name)
    return extract_figures(document, published=published)


def _describe(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory, not a document"
    if isinstance(error, PermissionError):
        return "permission denied"
    return str(error) or type(error).__name__


def _ordered(row: dict) -> dict:
    keys = (
        "path",
        "metric",
        "value",
        "qualifier",
        "unit",
        "as_of",
        "published",
        "evidence",
        "start",
        "end",
        "page",
    )
    return {key: row[key] for key in keys if key in row}


def _print_table(rows: list[dict]) -> None:
    cells = [[_cell(row.get(column), column) for column in _TABLE_COLUMNS] for row in rows]
    widths = [max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(_TABLE_COLUMNS)]
    widths[-1] = len(_TABLE_COLUMNS[-1])
    print("  ".join(column.ljust(widths[i]) for i, column in enumerate(_TABLE_COLUMNS)).rstrip())
    for line in cells:
        print(
            "  ".join(value.ljust(widths[i]) if i < len(line) - 1 else value for i, value in enumerate(line))
        )


def _cell(value, column: str) -> str:
    if value is None:
        return "-"
    text = str(value)
    if column == "evidence" and len(text) > 90:
        return text[:87] + "..."
    return text
