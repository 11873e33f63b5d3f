"""The two values extraction works on: a Document (text in) and a Figure (figure out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """The main text of one fetched body, ready for figure extraction.

    Attributes:
        text: the extracted main text; figure offsets index into it.
        title: the page title or headline, when known.
        published: the publication date the page states, when it states one.
        page_starts: for PDFs, the offset in ``text`` where each page starts (page 1 first).
        language: "en" or "es" when detected.
    """

    text: str
    title: str | None = None
    published: date | None = None
    page_starts: tuple[int, ...] = field(default_factory=tuple)
    language: str | None = None

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for documents without pages."""
        if not self.page_starts:
            return None
        page = 0
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
            else:
                break
        return page or 1


@dataclass(frozen=True)
class Figure:
    """One figure of the vocabulary (spec/metrics.md) as a text states it.

    ``document_text[start:end]`` is the number as written; ``evidence`` is the sentence holding it.
    """

    metric: str
    value: int | float
    qualifier: str
    unit: str
    as_of: date | None
    published: date | None
    evidence: str
    start: int
    end: int
    page: int | None = None

    def to_dict(self) -> dict:
        row = asdict(self)
        row["as_of"] = self.as_of.isoformat() if self.as_of else None
        row["published"] = self.published.isoformat() if self.published else None
        return row
