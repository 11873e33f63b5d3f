"""Benchmark (not a test): extraction throughput on generated news-like and fact-sheet-like HTML pages.

Prints documents/s and MB/s for read_html + extract_figures, next to a bare
``lxml.html.fromstring(...).text_content()`` of the same pages in the same run (the floor).

    .venv/bin/python bench/bench_extract.py [--pages 200] [--kilobytes 60]
"""

from __future__ import annotations

import argparse
import random
import time

import lxml.html

from extract import extract_figures, read_html

_FIGURE_SENTENCES = [
    "As of {date}, the Task Force had identified {a:,} children separated from their parents.",
    "Of those, {b:,} children have been reunified with their families, and {c:,} remain separated.",
    "Officials said {d} children are in the process of reunification.",
    "Nearly {e:,} families have registered through the reunification portal.",
    "About {p}% of the identified children have been reunited.",
]
_FILLER = [
    "Advocates said the work would take years and asked for more resources for families.",
    "The department did not respond to a request for comment on Tuesday afternoon.",
    "Lawyers for the families said many parents had been difficult to reach in remote areas.",
    "The program includes legal services, mental health support and help with travel documents.",
    "Hundreds of families are still waiting, according to groups that work with them.",
]
_CHROME = (
    '<header><nav><ul><li><a href="/">1. Home</a></li><li><a href="/news">2. News</a></li></ul></nav></header>'
    '<div class="weather-widget">51.3 F Friday, March 3, 2023</div>'
)
_TEASERS = '<aside class="related"><h3>READ NEXT</h3><a href="/x">40 migrants rescued at sea</a></aside>'
_FOOTER = "<footer><p>Call 202-555-0147</p><p>Page 1 of 24</p></footer>"


def make_page(rng: random.Random, kilobytes: int) -> str:
    """One page of about ``kilobytes`` KB: chrome, a headline, paragraphs with figures and filler."""
    paragraphs: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        if rng.random() < 0.2:
            sentence = rng.choice(_FIGURE_SENTENCES).format(
                date="February 1, 2023",
                a=rng.randint(2000, 4500),
                b=rng.randint(500, 3000),
                c=rng.randint(100, 1500),
                d=rng.randint(10, 400),
                e=rng.randint(100, 3000),
                p=rng.randint(10, 95),
            )
        else:
            sentence = " ".join(rng.choice(_FILLER) for _ in range(4))
        paragraph = f"<p>{sentence}</p>"
        paragraphs.append(paragraph)
        size += len(paragraph)
        if rng.random() < 0.05:
            paragraphs.append("<ul>" + "".join(f"<li>{rng.choice(_FILLER)}</li>" for _ in range(4)) + "</ul>")
    meta = '<meta property="article:published_time" content="2023-02-02T10:00:00Z">'
    return (
        f"<!doctype html><html><head><title>Report</title>{meta}</head><body>{_CHROME}"
        f"<article><h1>Task force reunites families</h1>{''.join(paragraphs)}{_TEASERS}</article>"
        f"{_FOOTER}</body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--kilobytes", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(20230202)
    pages = [make_page(rng, args.kilobytes).encode() for _ in range(args.pages)]
    megabytes = sum(len(page) for page in pages) / 1e6

    start = time.perf_counter()
    for page in pages:
        lxml.html.fromstring(page).text_content()
    floor = time.perf_counter() - start

    start = time.perf_counter()
    figures = 0
    for page in pages:
        figures += len(extract_figures(read_html(page)))
    elapsed = time.perf_counter() - start

    print(f"corpus: {len(pages)} pages, {megabytes:.1f} MB, {figures} figures extracted")
    print(f"lxml text_content floor : {len(pages) / floor:8.1f} docs/s {megabytes / floor:8.2f} MB/s")
    print(f"read_html+extract_figures: {len(pages) / elapsed:8.1f} docs/s {megabytes / elapsed:8.2f} MB/s")


if __name__ == "__main__":
    main()
