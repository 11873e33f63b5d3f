"""Extraction: pure functions from a fetched body to a Document, and from a Document to Figures."""

from extract.model import Document, Figure

EXTRACTOR_VERSION = "0.1.0"

__all__ = ["Document", "Figure", "EXTRACTOR_VERSION"]
