"""Read a fetched body (HTML, PDF or plain text) into a Document: main text only, plus its stated date.

HTML: the page's chrome (nav, header, footer, share widgets, related/"read next" teasers, scripts) is
removed before the text is taken, and the publication date comes from the page's metadata
(article:published_time, date meta tags, ``<time datetime>``) or a "Release Date:" line.
"""

from __future__ import annotations

import io
import re
from datetime import date

import lxml.html
from lxml import etree

from extract.dates import parse_iso_date, published_in_text
from extract.model import Document


class UnreadableDocument(ValueError):
    """A body that is not the document it claims to be (e.g. a ".pdf" that is not a PDF)."""


_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe",
    "select", "header", "figure", "figcaption", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
)  # fmt: skip
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|share|sharing|social|"
    r"related|read-?next|read-?more|more-?stories|recommended|recirc|trending|most-?popular|popular|"
    r"sidebar|newsletter|subscribe|signup|promo|advert|ads?|banner|cookie|consent|comments?|skip-?link|"
    r"weather|widget|teaser|outbrain|taboola|taxonomy|tags|pager|pagination|toolbar|alert|modal|"
    r"visually-?hidden|sr-only|print-?only|byline-?social|author-?bio)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MAIN_SELECTORS = (
    "//article",
    "//main",
    "//*[@role='main']",
    "//*[@id='main-content' or @id='content' or @id='main' or @id='article-body' or @id='story']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' story-body ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' entry-content ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' field--name-body ')]",
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "br",
        "dt",
        "dd",
        "dl",
        "hr",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "td",
        "th",
        "address",
        "time",
    ]
)
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "published_time", "datepublished", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publish-date",
    "publish_date", "publication_date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "article.published", "og:article:published_time",
)  # fmt: skip


def read_text(body: bytes | str) -> Document:
    """Plain text: decoded (UTF-8, else the encoding detected), with its "Release Date:" if it states one."""
    text = _decode(body) if isinstance(body, bytes) else body
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(text=text, published=published_in_text(text), language=_language(text))


def read_html(body: bytes | str, url: str | None = None) -> Document:
    """The main content of an HTML page, its title, and its publication date.

    Args:
        body: the page as fetched.
        url: where it came from (kept for callers' provenance; not fetched).
    """
    if isinstance(body, bytes):
        body = _decode(body)
    if not body.strip():
        raise UnreadableDocument("empty HTML body")
    try:
        tree = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableDocument(f"not an HTML document: {error}") from error
    title = _title(tree)
    published = _published_from_meta(tree)
    for element in tree.xpath("//comment() | //processing-instruction()"):
        _remove(element)
    root = _main_root(tree)
    _strip_chrome(root)
    text = _block_text(root)
    if published is None:
        published = published_in_text(text)
    return Document(text=text, title=title, published=published, language=_language(text))


def read_pdf(body: bytes) -> Document:
    """The text of a PDF, page after page, with the offset where each page starts."""
    if not body.lstrip().startswith(b"%PDF"):
        raise UnreadableDocument("not a PDF (no %PDF header)")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadableDocument(f"unreadable PDF: {error}") from error
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page_text in pages:
        page_text = page_text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text) + 2
    text = "\n\n".join(parts)
    title = None
    try:
        title = (reader.metadata or {}).get("/Title") or None
    except Exception:  # noqa: BLE001 - metadata is optional and often malformed
        title = None
    return Document(
        text=text,
        title=str(title) if title else None,
        published=published_in_text(text),
        page_starts=tuple(starts),
        language=_language(text),
    )


def read_document(
    body: bytes,
    *,
    content_type: str | None = None,
    filename: str | None = None,
    url: str | None = None,
) -> Document:
    """Read ``body`` as the kind of document it is: by content type, then file extension, then sniffing."""
    kind = _kind_from_content_type(content_type) or _kind_from_name(filename) or _kind_from_name(url)
    if kind is None:
        kind = _sniff(body)
    if kind == "pdf":
        return read_pdf(body)
    if kind == "html":
        return read_html(body, url=url)
    return read_text(body)


def _kind_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    lowered = content_type.lower()
    if "pdf" in lowered:
        return "pdf"
    if "html" in lowered or "xml" in lowered:
        return "html"
    if lowered.startswith("text/"):
        return "text"
    return None


def _kind_from_name(name: str | None) -> str | None:
    if not name:
        return None
    path = name.split("?", 1)[0].split("#", 1)[0].lower()
    if path.endswith(".pdf"):
        return "pdf"
    if path.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if path.endswith((".txt", ".text", ".md")):
        return "text"
    return None


def _sniff(body: bytes) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "html"
    return "text"


def _decode(body: bytes) -> str:
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", body[:2048])
    if match:
        try:
            return body.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        # Western pages that are not UTF-8 are nearly always Windows-1252/Latin-1.
        return body.decode("cp1252")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is not None:
            return str(best)
    except ImportError:
        pass
    return body.decode("cp1252", errors="replace")


def _language(text: str) -> str | None:
    sample = text[:4000].lower()
    spanish = len(re.findall(r"\b(?:de|los|las|niños|familias|que|del|por|para|una)\b", sample))
    english = len(re.findall(r"\b(?:the|of|and|children|families|that|were|for|with)\b", sample))
    if not spanish and not english:
        return None
    return "es" if spanish > english else "en"


def _title(tree) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        found = tree.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = " ".join(value.split())
            if value:
                return value
    return None


def _published_from_meta(tree) -> date | None:
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            value = parse_iso_date(meta.get("content"))
            if value:
                return value
    for node in tree.xpath("//*[@itemprop='datePublished']"):
        value = parse_iso_date(node.get("content") or node.get("datetime") or node.text_content())
        if value:
            return value
    for script in tree.xpath("//script[@type='application/ld+json']"):
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text_content() or "")
        if match:
            value = parse_iso_date(match.group(1))
            if value:
                return value
    for node in tree.xpath("//time[@datetime]"):
        if _in_chrome(node):
            continue
        value = parse_iso_date(node.get("datetime"))
        if value:
            return value
    return None


def _in_chrome(node) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in {"nav", "footer", "aside"} or _looks_like_chrome(ancestor):
            return True
    return False


def _looks_like_chrome(element) -> bool:
    if not element.keys():
        return False  # no class, id, role or hidden: nothing marks it
    marker = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    if element.get("role") in {"navigation", "banner", "contentinfo", "complementary", "search"}:
        return True
    return bool(marker.strip()) and bool(_CHROME_WORDS.search(marker))


def _main_root(tree):
    body = tree.find("body")
    if body is None:
        body = tree
    for selector in _MAIN_SELECTORS:
        found = [node for node in tree.xpath(selector) if not _in_chrome(node)]
        if found:
            return max(found, key=lambda node: len(node.text_content()))
    return body


def _strip_chrome(root) -> None:
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            doomed.append(element)
            continue
        if element is root:
            continue
        if element.tag in _DROP_TAGS or _looks_like_chrome(element):
            doomed.append(element)
    for element in doomed:
        _remove(element)
    _strip_link_blocks(root)


# Link density: teaser and "related" lists often carry no class or id to give them away, but their text is
# almost all inside links, and a story's text is not.
_LINK_LIST_TAGS = frozenset(["ul", "ol", "div", "section", "dl", "table", "p", "span"])
_LINK_LINE_TAGS = frozenset(["p", "li", "div", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "span"])
_LINK_TAGS = _LINK_LIST_TAGS | _LINK_LINE_TAGS
_LINK_LIST_DENSITY = 0.7
_LINK_LIST_MAX_PLAIN = 150  # a block with this much text outside links is story, whatever its links
_LINK_LINE_DENSITY = 0.95


def _strip_link_blocks(root) -> None:
    """Drop blocks that are mostly links (teaser lists, link grids) and lines that are one link headline."""
    stats: dict = {}

    def visit(element, in_link: bool) -> tuple[int, int, int]:
        is_link = element.tag == "a"
        inside = in_link or is_link
        text = element.text
        total = len(text) - text.count(" ") - text.count("\n") - text.count("\t") if text else 0
        linked = total if inside else 0
        links = 1 if is_link else 0
        for child in element:
            if isinstance(child.tag, str):
                child_total, child_linked, child_links = visit(child, inside)
                total += child_total
                linked += child_linked
                links += child_links
            tail = child.tail
            if tail:
                tail = len(tail) - tail.count(" ") - tail.count("\n") - tail.count("\t")
                total += tail
                if inside:
                    linked += tail
        stats[element] = (total, linked, links)
        return total, linked, links

    visit(root, False)
    doomed = []
    for element, (total, linked, links) in stats.items():
        if element is root or not total or element.tag not in _LINK_TAGS:
            continue
        density = linked / total
        if (
            element.tag in _LINK_LIST_TAGS
            and links >= 2
            and density >= _LINK_LIST_DENSITY
            and total - linked < _LINK_LIST_MAX_PLAIN
        ) or (element.tag in _LINK_LINE_TAGS and links == 1 and density >= _LINK_LINE_DENSITY):
            doomed.append(element)
    for element in doomed:
        _remove(element)


def _remove(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _block_text(root) -> str:
    """Text with a line break around every block element, so headings and bullets stay separate lines."""
    parts: list[str] = []

    # Line breaks in the markup are only whitespace: a paragraph wrapped in the source is one paragraph.
    # Only block elements (and <br>, and <pre>'s own lines) break lines in the text.
    def flat(value: str, preformatted: bool) -> str:
        return value if preformatted else value.replace("\n", " ")

    def walk(element, preformatted: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK_TAGS
        preformatted = preformatted or tag == "pre"
        if block:
            parts.append("\n")
        if tag == "li":
            parts.append("• ")
        if element.text:
            parts.append(flat(element.text, preformatted))
        for child in element:
            walk(child, preformatted)
            if child.tail:
                parts.append(flat(child.tail, preformatted))
        if block:
            parts.append("\n")

    walk(root)
    raw = "".join(parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1] != "":
            out.append("")
    return "\n".join(out).strip()
