"""News discovery against a GDELT-like API and RSS feeds served on 127.0.0.1 in their documented formats:
keyword filter, canonical-URL dedup, a news source per article, failures recorded one by one."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import query
from pytest_httpserver import HTTPServer
from werkzeug import Response

from fetch.discovery import (
    Candidate,
    DiscoveryError,
    canonical_link,
    canonical_url,
    load_discovery,
    matches_keywords,
    news_source_id,
    parse_feed,
    parse_gdelt,
)
from flows.discover import discover_news
from tracker.cli import main

NEWS = Path(__file__).parent / "fixtures" / "news"
REUNITED = "/news/2023/02/02/task-force-reunites-families"
APART = "/news/2021/06/08/families-still-apart"
AMP = "/amp/2021/06/08/families-still-apart"


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{when}</pubDate>"
        "<description>A story about the families.</description></item>"
        for title, path, when in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fixture Tribune</title>'
        f"<link>{base}/</link><description>News</description><language>en</language>{entries}</channel></rss>"
    )


def gdelt(base: str) -> str:
    def article(path, title, seen):
        return {"url": f"{base}{path}", "url_mobile": "", "title": title, "seendate": seen, "socialimage": "",
                "domain": "127.0.0.1", "language": "English", "sourcecountry": "United States"}  # fmt: skip

    return json.dumps(
        {
            "articles": [
                article(f"{REUNITED}?utm_source=gdelt&utm_medium=api", "Task force says hundreds more children are back with their families", "20230202T160500Z"),
                article("/sports/2023/02/02/local-team-wins", "Local team wins the regional final", "20230202T170000Z"),
                article("/news/2023/02/03/moved-story", "Reunification figures, moved story", "20230203T080000Z"),
                article("/news/2023/02/04/huge-reunification-page", "Reunification: a page far too large", "20230204T080000Z"),
            ]
        }
    )  # fmt: skip


@pytest.fixture
def newsroom(monkeypatch):
    """A news site, its feeds and a GDELT DOC API on one 127.0.0.1 server (threaded: one answer is 50 MB)."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    base = server.url_for("/").rstrip("/")
    busy = {"count": 0}
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    server.expect_request("/api/v2/doc/doc").respond_with_data(gdelt(base), content_type="application/json")
    feed = [
        ("Task force says hundreds more children are back", f"{REUNITED}/", "Thu, 02 Feb 2023 16:00:00 GMT"),
        ("First report from the reunification task force", APART, "Tue, 08 Jun 2021 12:00:00 GMT"),
        ("First report from the reunification task force (AMP)", AMP, "Tue, 08 Jun 2021 12:05:00 GMT"),
        (
            "Reunification: a story the site keeps private",
            "/private/2023/story",
            "Fri, 03 Feb 2023 10:00:00 GMT",
        ),
        ("Reunification: the server is busy", "/news/2023/02/05/busy-story", "Sun, 05 Feb 2023 10:00:00 GMT"),
        ("Weather for the weekend", "/weather/weekend", "Sat, 04 Feb 2023 10:00:00 GMT"),
    ]
    server.expect_request("/feeds/news.xml").respond_with_data(
        rss(base, feed), content_type="application/rss+xml"
    )
    server.expect_request("/feeds/broken.xml").respond_with_data(
        rss(base, feed[:1])[:-40] + "<item><title>half & <b>written", content_type="application/rss+xml"
    )
    server.expect_request(REUNITED).respond_with_data((NEWS / "task-force-reunites-families.html").read_bytes(), content_type="text/html; charset=utf-8")  # fmt: skip
    server.expect_request(APART).respond_with_data((NEWS / "families-still-apart.html").read_bytes(), content_type="text/html; charset=utf-8")  # fmt: skip
    server.expect_request(AMP).respond_with_data((NEWS / "families-still-apart-amp.html").read_bytes(), content_type="text/html; charset=utf-8")  # fmt: skip
    server.expect_request("/news/2023/02/03/moved-story").respond_with_data("", status=302, headers={"Location": "http://elsewhere.example/story"})  # fmt: skip

    def huge(request):
        chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>"
        return Response(iter([chunk] * 50), content_type="text/html")  # 50 MB

    def busy_story(request):
        busy["count"] += 1
        if busy["count"] == 1:
            return Response("slow down", status=429, headers={"Retry-After": "3600"})
        return Response(
            (NEWS / "families-still-apart.html").read_bytes(), content_type="text/html; charset=utf-8"
        )

    server.expect_request("/news/2023/02/04/huge-reunification-page").respond_with_handler(huge)
    server.expect_request("/news/2023/02/05/busy-story").respond_with_handler(busy_story)
    monkeypatch.setenv("TRACKER_GDELT_API", server.url_for("/api/v2/doc/doc"))
    server.base = base
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def config(newsroom, tmp_path) -> Path:
    path = tmp_path / "discovery.toml"
    path.write_text(
        '[discovery]\nkeywords = ["reunif", "task force"]\nmax_articles = 10\nlookback_days = 3\n\n'
        '[[query]]\nname = "gdelt-task-force"\nquery = \'"reunification task force"\'\n\n'
        f'[[feed]]\nname = "tribune"\nurl = "{newsroom.base}/feeds/news.xml"\n\n'
        f'[[feed]]\nname = "broken"\nurl = "{newsroom.base}/feeds/broken.xml"\n'
    )
    return path


def test_canonical_urls_drop_tracking_fragments_and_trailing_slashes():
    assert canonical_url("HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&b=2&fbclid=1&a=1#top") == (
        "https://www.example.com/News/Story?a=1&b=2"
    )
    assert (
        canonical_url("http://example.com/a/")
        == canonical_url("http://example.com/a#x")
        == "http://example.com/a"
    )
    assert news_source_id("https://www.example.com/news/a").startswith("news-example-com-")
    assert len(news_source_id("https://www.example.com/news/a")) == len("news-example-com-") + 8
    page = b'<html><head><link rel="canonical" href="/news/a/"></head><body></body></html>'
    assert canonical_link(page, "https://example.com/amp/a") == "https://example.com/news/a/"
    assert canonical_link(b"<html><body>none</body></html>", "https://example.com/") is None


def test_gdelt_and_feed_responses_become_candidates():
    [first, *_] = parse_gdelt(gdelt("http://n.test").encode(), "q")
    assert first.canonical == f"http://n.test{REUNITED}" and first.seen_at == datetime(2023, 2, 2, 16, 5)
    assert first.language == "English" and first.found_by == "q"
    with pytest.raises(DiscoveryError, match="not JSON"):
        parse_gdelt(b"Your query was too short or too long.", "q")
    items = parse_feed(
        rss("http://n.test", [("Task force", APART, "Tue, 08 Jun 2021 12:00:00 GMT")]).encode(), "f"
    )
    assert [(c.url, c.seen_at, c.language) for c in items] == [
        (f"http://n.test{APART}", datetime(2021, 6, 8, 12), "en")
    ]
    with pytest.raises(DiscoveryError, match="not well-formed XML"):
        parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>a & <b></title', "f")
    with pytest.raises(DiscoveryError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "f")
    assert matches_keywords(
        Candidate(url="http://n.test/x", title="The Reunification task force"), ("reunif",)
    )
    assert matches_keywords(Candidate(url="http://n.test/families-reunified-today"), ("reunif",))
    assert not matches_keywords(Candidate(url="http://n.test/sports", title="Local team wins"), ("reunif",))


def test_a_malformed_discovery_config_is_named(tmp_path):
    path = tmp_path / "d.toml"
    path.write_text('[[feed]]\nname = "x"\n')
    with pytest.raises(DiscoveryError, match=r"\[\[feed\]\] #1: needs a name and a url"):
        load_discovery(path)
    assert main(["discover", "--config", str(path)]) == 2
    assert load_discovery(Path(__file__).parents[1] / "discovery.toml").searches  # the shipped config parses


@pytest.mark.usefixtures("prefect_harness")
def test_discovered_articles_load_as_news_sources_and_failures_stay_alone(newsroom, config, warehouse_file):
    result = discover_news(
        discovery=str(config), sources="no-such-registry.toml", warehouse=str(warehouse_file)
    )
    assert result["status"] == "partial"
    # GDELT: 4 articles, feed: 6 items; the broken feed gave none
    assert result["candidates"] == 10
    # reunites (gdelt+feed, one article), apart, amp, private, busy, moved, huge; no sports, no weather
    assert result["new_articles"] == 7 and result["duplicates"] == 1 and result["articles_read"] == 2
    reunited = news_source_id(canonical_url(f"{newsroom.base}{REUNITED}"))
    apart = news_source_id(canonical_url(f"{newsroom.base}{APART}"))
    failed = result["failed"]
    assert failed["discovery-broken"].startswith("feed is not well-formed XML")
    assert failed[news_source_id(canonical_url(f"{newsroom.base}/private/2023/story"))] == (
        f"disallowed by robots.txt for 127.0.0.1:{newsroom.port}"
    )
    assert failed[news_source_id(canonical_url(f"{newsroom.base}/news/2023/02/03/moved-story"))].startswith(
        "redirect to host 'elsewhere.example' refused"
    )
    assert "byte limit (cut off at" in failed[news_source_id(canonical_url(f"{newsroom.base}/news/2023/02/04/huge-reunification-page"))]  # fmt: skip
    assert "Retry-After 3600 above the 1s cap, deferred" in failed[news_source_id(canonical_url(f"{newsroom.base}/news/2023/02/05/busy-story"))]  # fmt: skip
    assert len(failed) == 5

    figures = query(
        warehouse_file,
        "SELECT source_id, source_kind, metric, value, as_of, published FROM observations ORDER BY 1, 3",
    )
    assert sorted(figures) == sorted([
        (apart, "news", "children_separated_identified", 3913, date(2021, 6, 2), date(2021, 6, 8)),
        (reunited, "news", "children_remaining_to_reunify", 998, date(2023, 2, 1), date(2023, 2, 2)),
        (reunited, "news", "children_reunified_total", 2926, date(2023, 2, 1), date(2023, 2, 2)),
        (reunited, "news", "children_separated_identified", 3924, date(2023, 2, 1), date(2023, 2, 2)),
    ])  # fmt: skip
    assert query(warehouse_file, f"SELECT url, found_by FROM discovered WHERE source_id = '{reunited}'") == [
        (f"{newsroom.base}{REUNITED}?utm_source=gdelt&utm_medium=api", "gdelt-task-force")
    ]
    [(duplicate_of,)] = query(
        warehouse_file, "SELECT duplicate_of FROM discovered WHERE duplicate_of IS NOT NULL"
    )
    assert duplicate_of == canonical_url(f"{newsroom.base}{APART}")
    assert query(warehouse_file, "SELECT count(*) FROM documents WHERE raw_path IS NULL") == [(0,)]
    errors = dict(query(warehouse_file, "SELECT source_id, error FROM fetches WHERE status = 'error'"))
    assert errors == failed

    # a second run: nothing new is fetched again; the deferred article is tried again and now loads
    served = len(newsroom.log)
    again = discover_news(
        discovery=str(config), sources="no-such-registry.toml", warehouse=str(warehouse_file)
    )
    assert again["new_articles"] == 0 and again["retried"] == 4
    asked = [r.path for r, _ in newsroom.log[served:]]
    assert (
        REUNITED not in asked
        and APART not in asked
        and AMP not in asked
        and "/private/2023/story" not in asked
    )
    busy = news_source_id(canonical_url(f"{newsroom.base}/news/2023/02/05/busy-story"))
    assert busy not in again["failed"]
    assert query(warehouse_file, f"SELECT count(*) FROM observations WHERE source_id = '{busy}'") == [(1,)]
