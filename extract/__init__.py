"""Extraction: pure functions from a fetched body to a Document, and from a Document to Figures."""

from extract.documents import UnreadableDocument, read_document, read_html, read_pdf, read_text
from extract.figures import extract_figures
from extract.model import Document, Figure

# Bump whenever extraction output can change for the same input: figures carry it as provenance.
EXTRACTOR_VERSION = "1.18.0"

__all__ = [
    "Document",
    "Figure",
    "EXTRACTOR_VERSION",
    "UnreadableDocument",
    "extract_figures",
    "read_document",
    "read_html",
    "read_pdf",
    "read_text",
]
