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


_STORY = (
    "<h1>Task force marks two years</h1>"
    "<p>WASHINGTON — The task force said Thursday it has reunited 689 children with their parents since it "
    "began work, and 998 children still have no record of reunification.</p>"
    "<p>Officials said the count could change as records are reviewed. See the "
    '<a href="/factsheet">full fact sheet</a> for details.</p>'
)
# Teaser lists with no class or id to give them away: link lists, link headlines, a bare link line.
TEASER_VARIANTS = {
    "list-of-links": (
        "<article>" + _STORY + "<h3>More coverage</h3><ul>"
        '<li><a href="/a">Nearly 2,000 children remain separated, officials say</a></li>'
        '<li><a href="/b">Judge approves settlement for separated families</a></li>'
        '<li><a href="/c">What to know about the asylum rule</a></li></ul></article>'
    ),
    "headline-links-in-divs": (
        "<article>" + _STORY + "<div><div><a href='/a'><h4>Nearly 2,000 children remain separated</h4></a>"
        "<a href='/b'><h4>Over 300 families reunited this spring</h4></a></div>"
        "<div><a href='/c'><span>Video</span> <span>Border crossings fall</span></a></div></div></article>"
    ),
    "single-link-line": (
        "<article>" + _STORY + '<p><a href="/a">Nearly 2,000 children remain separated at the border, '
        "task force says</a></p><p>Copy editors contributed to this report.</p></article>"
    ),
}


@pytest.mark.parametrize("variant", sorted(TEASER_VARIANTS))
def test_teaser_lists_without_class_names_do_not_leak_figures(variant: str) -> None:
    page = f"<html><body>{TEASER_VARIANTS[variant]}</body></html>"
    document = read_html(page)
    assert "689 children" in document.text and "full fact sheet" in document.text
    assert "2,000" not in document.text
    figures = extract_figures(document)
    assert sorted((f.metric, f.value) for f in figures) == [
        ("children_remaining_to_reunify", 998),
        ("children_reunified_by_task_force", 689),
    ]
    for figure in figures:  # offsets index the returned text
        assert document.text[figure.start : figure.end] == str(figure.value)


def test_a_link_inside_a_story_paragraph_is_kept() -> None:
    page = (
        "<html><body><main><p>The <a href='/r'>report</a> found 3,924 children separated.</p>"
        "<ul><li>Identified 3,924 children (<a href='/s'>source</a>)</li></ul></main></body></html>"
    )
    text = read_html(page).text
    assert "The report found 3,924 children separated." in text
    assert "Identified 3,924 children (source)" in text
