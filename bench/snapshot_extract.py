"""Safety net (not a test): every figure the extractor finds on a fixed corpus, as JSON lines.

Run before and after a speed change and diff the outputs: they must be byte-identical.

    .venv/bin/python bench/snapshot_extract.py > /tmp/before.jsonl

Corpus: the dev set, the held-out fixtures (a fixed list), the benchmark pages and the site fixtures.
Each text is extracted as given, with its stated publication date, and upper-cased (the path where
lower-casing changes offsets).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from pathlib import Path

from extract import Document, extract_figures, read_document, read_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import make_page  # noqa: E402

JSONL_FILES = [
    Path("/work/shared/eval/dev.jsonl"),
    ROOT / "tests/fixtures/extract/heldout.jsonl",
    ROOT / "tests/fixtures/extract/heldout3.jsonl",
    ROOT / "tests/fixtures/extract/heldout4.jsonl",
]


def _document_row(source: str, document: Document) -> dict:
    return {
        "source": source,
        "document": {
            "text": document.text,
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "page_starts": list(document.page_starts),
            "language": document.language,
        },
    }


def _figures_row(source: str, variant: str, figures: list) -> dict:
    return {"source": source, "variant": variant, "figures": [f.to_dict() for f in figures]}


def _emit(row: dict) -> None:
    sys.stdout.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    for path in JSONL_FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            source = f"{path.name}:{number}:{row.get('id')}"
            text = row["text"]
            published = date.fromisoformat(row["published"]) if row.get("published") else None
            _emit(_figures_row(source, "plain", extract_figures(text)))
            _emit(_figures_row(source, "published", extract_figures(text, published=published)))
            _emit(_figures_row(source, "upper", extract_figures(text.upper(), published=published)))
            _emit(_figures_row(source, "html", extract_figures(read_html(f"<p>{text}</p>"))))
    rng = random.Random(20230202)
    for number in range(200):
        page = make_page(rng, 60).encode()
        document = read_html(page)
        source = f"bench:{number}"
        _emit(_document_row(source, document))
        _emit(_figures_row(source, "document", extract_figures(document)))
    for path in sorted((ROOT / "tests/fixtures/site").rglob("*")):
        if not path.is_file():
            continue
        source = str(path.relative_to(ROOT))
        document = read_document(path.read_bytes(), filename=path.name)
        _emit(_document_row(source, document))
        _emit(_figures_row(source, "document", extract_figures(document)))
        _emit(_figures_row(source, "upper", extract_figures(document.text.upper(), document.published)))


if __name__ == "__main__":
    main()
