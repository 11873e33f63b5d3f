"""Reading HTML (main content only), PDF (with pages) and text into Documents."""

from datetime import date

import pytest
from fpdf import FPDF

from extract import extract_figures, read_document, read_html, read_pdf, read_text
from extract.documents import UnreadableDocument

FACT_SHEET = """<!doctype html><html><head><title>Fact Sheet | Homeland Security</title>
<meta property="article:published_time" content="2023-02-02T12:00:00-05:00"></head><body>
<header><nav><ol class="breadcrumb"><li>1. Home</li><li>2. News</li><li>3. Fact Sheets</li></ol></nav></header>
<div class="weather-widget">44.6 F Washington Friday, March 3, 2023</div>
<main><h1>Fact Sheet: Reunification Progress</h1>
<p>Release Date: February 2, 2023</p>
<p>As of February 1, 2023, the Task Force has:</p>
<ul><li>Identified 3,924 children separated from their parents;</li>
<li>Reunified 2,926 children with their families in total;</li></ul>
<div class="share-tools">Share 1,200 times</div>
<aside class="related">READ NEXT: 500 children reunited in another program</aside>
</main>
<footer>Call 202-555-0147 • 1 of 24</footer></body></html>"""


def test_html_keeps_main_content_and_drops_chrome() -> None:
    document = read_html(FACT_SHEET)
    assert "Identified 3,924 children" in document.text
    for chrome in ("1. Home", "44.6 F", "Share 1,200", "READ NEXT", "202-555-0147"):
        assert chrome not in document.text
    assert document.title == "Fact Sheet: Reunification Progress"


def test_html_publication_date_from_meta() -> None:
    assert read_html(FACT_SHEET).published == date(2023, 2, 2)


def test_html_publication_date_from_time_element() -> None:
    page = (
        '<html><body><article><time datetime="2021-06-08">June 8</time><p>Text.</p></article></body></html>'
    )
    assert read_html(page).published == date(2021, 6, 8)


def test_html_publication_date_from_release_line() -> None:
    page = "<html><body><main><p>Release Date: June 2, 2021</p><p>Text.</p></main></body></html>"
    assert read_html(page).published == date(2021, 6, 2)


def test_figures_from_a_fact_sheet_page() -> None:
    document = read_html(FACT_SHEET)
    figures = extract_figures(document)
    assert [(f.metric, f.value, f.as_of, f.published) for f in figures] == [
        ("children_separated_identified", 3924, date(2023, 2, 1), date(2023, 2, 2)),
        ("children_reunified_total", 2926, date(2023, 2, 1), date(2023, 2, 2)),
    ]
    for figure in figures:
        assert document.text[figure.start : figure.end] in figure.evidence


def _pdf(pages: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for body in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, body)
    return bytes(pdf.output())


def test_pdf_pages_and_figure_page_numbers() -> None:
    body = _pdf(
        [
            "Initial Progress Report\nJune 2, 2021",
            "As of June 2, 2021, the Task Force identified 3,913 children separated from their parents.",
            "Under previous court orders, 1,779 children were reunified with their parents.",
        ]
    )
    document = read_pdf(body)
    assert len(document.page_starts) == 3
    figures = extract_figures(document)
    assert [(f.metric, f.value, f.page) for f in figures] == [
        ("children_separated_identified", 3913, 2),
        ("children_reunified_before_task_force", 1779, 3),
    ]
    assert all(document.text[f.start : f.end] in f.evidence for f in figures)


def test_read_document_dispatch() -> None:
    pdf = _pdf(["As of June 2, 2021, 2,127 children remain separated from their parents."])
    assert read_document(pdf, content_type="application/pdf").page_starts == (0,)
    assert read_document(pdf, filename="report.pdf").page_starts == (0,)
    assert read_document(pdf).page_starts == (0,)
    assert (
        read_document(FACT_SHEET.encode(), filename="page.htm").title == "Fact Sheet: Reunification Progress"
    )
    assert read_document(b"<html><body><p>Hi</p></body></html>").text == "Hi"
    assert read_document(b"plain 998 children", content_type="text/plain").text == "plain 998 children"


def test_a_pdf_that_is_not_a_pdf_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument):
        read_document(b"this is not a pdf", filename="report.pdf")
    assert issubclass(UnreadableDocument, ValueError)


def test_plain_text_in_latin1_is_decoded() -> None:
    document = read_text("Más de 3.900 niños fueron separados.".encode("latin-1"))
    assert "niños" in document.text
