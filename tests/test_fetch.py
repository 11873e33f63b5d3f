"""Polite fetching against a real HTTP server on 127.0.0.1: every attempt recorded, failures included."""

import time

import pytest
from werkzeug import Response

from fetch import Fetcher, Validators
from tracker.settings import FetchSettings

PAGE = b"<html><body><p>As of February 1, 2023, 998 children remain.</p></body></html>"


@pytest.fixture(autouse=True)
def no_robots_txt(httpserver):
    """Most sites here have no robots.txt (a 404 allows everything)."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)


def page_requests(httpserver) -> list[str]:
    return [request.path for request, _ in httpserver.log if request.path != "/robots.txt"]


@pytest.fixture
def fetcher():
    return Fetcher(FetchSettings(min_host_delay=0, retries=2, backoff_factor=0.01, read_timeout=1.0,
                                 retry_after_cap=1.0, max_bytes=1024 * 1024))  # fmt: skip


def test_a_page_is_fetched_with_our_user_agent_and_hashed(httpserver, fetcher):
    httpserver.expect_request("/page", headers={"User-Agent": fetcher.settings.user_agent}).respond_with_data(
        PAGE, content_type="text/html; charset=utf-8", headers={"ETag": '"v1"'}
    )
    result = fetcher.fetch(httpserver.url_for("/page"), source_id="s")
    assert result.status == "ok" and result.http_status == 200
    assert result.body == PAGE and result.bytes == len(PAGE)
    assert len(result.content_hash) == 64 and result.etag == '"v1"'
    assert "ReunificationTracker" in fetcher.settings.user_agent


def test_a_conditional_get_sends_validators_and_records_not_modified(httpserver, fetcher):
    httpserver.expect_request("/page", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    result = fetcher.fetch(
        httpserver.url_for("/page"), source_id="s", validators=Validators(etag='"v1"', content_hash="abc")
    )
    assert result.status == "not_modified" and result.ok
    assert result.content_hash == "abc" and result.body is None


def test_a_server_error_is_retried_then_recorded(httpserver, fetcher):
    httpserver.expect_request("/broken").respond_with_data("oops", status=500)
    result = fetcher.fetch(httpserver.url_for("/broken"), source_id="s")
    assert result.status == "error" and result.http_status == 500
    assert result.error == "HTTP 500 INTERNAL SERVER ERROR"
    assert page_requests(httpserver) == ["/broken"] * 3  # the first try and two retries


def test_a_long_retry_after_is_not_waited_for(httpserver, fetcher):
    httpserver.expect_request("/busy").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "3600"}
    )
    started = time.monotonic()
    result = fetcher.fetch(httpserver.url_for("/busy"), source_id="s")
    assert time.monotonic() - started < 5
    assert result.status == "error" and result.http_status == 429
    assert "Retry-After 3600 above the 1s cap, deferred" in result.error
    assert page_requests(httpserver) == ["/busy"]


def test_a_slow_server_times_out(httpserver, fetcher):
    def slow(request):
        time.sleep(2.5)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    result = fetcher.fetch(httpserver.url_for("/slow"), source_id="s")
    assert result.status == "error"
    assert result.error.startswith("timed out") or result.error.startswith("connection failed")


def test_a_body_over_the_limit_is_cut_off(httpserver, fetcher):
    big = b"<html>" + b"x" * (2 * 1024 * 1024) + b"</html>"

    def streamed(request):
        return Response(
            iter([big[i : i + 65536] for i in range(0, len(big), 65536)]), content_type="text/html"
        )

    httpserver.expect_request("/big").respond_with_handler(streamed)
    result = fetcher.fetch(httpserver.url_for("/big"), source_id="s")
    assert result.status == "error" and result.body is None
    assert "exceeds the 1048576 byte limit" in result.error


def test_an_unexpected_content_type_is_refused(httpserver, fetcher):
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG", content_type="image/png")
    result = fetcher.fetch(httpserver.url_for("/img"), source_id="s")
    assert result.error == "content type 'image/png' not accepted"


def test_robots_txt_disallow_is_respected_and_recorded(httpserver, fetcher):
    httpserver.clear_all_handlers()
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/private/page").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/public").respond_with_data(PAGE, content_type="text/html")
    result = fetcher.fetch(httpserver.url_for("/private/page"), source_id="s")
    assert result.status == "error"
    assert result.error == f"disallowed by robots.txt for {httpserver.host}:{httpserver.port}"
    assert fetcher.fetch(httpserver.url_for("/public"), source_id="s").status == "ok"
    assert page_requests(httpserver) == ["/public"]
    assert [request.path for request, _ in httpserver.log].count("/robots.txt") == 1  # cached per host


def test_an_unavailable_robots_txt_means_do_not_fetch(httpserver, fetcher):
    httpserver.clear_all_handlers()
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    result = fetcher.fetch(httpserver.url_for("/page"), source_id="s")
    assert result.status == "error" and result.error.startswith("robots.txt unavailable (HTTP 503)")
    assert page_requests(httpserver) == []


def test_a_redirect_to_another_host_is_refused(httpserver, fetcher):
    httpserver.expect_request("/moved").respond_with_data(
        "", status=302, headers={"Location": "http://example.com/x"}
    )
    result = fetcher.fetch(httpserver.url_for("/moved"), source_id="s")
    assert result.status == "error"
    assert result.error.startswith("redirect to host 'example.com' refused")


def test_a_redirect_on_the_same_host_is_followed(httpserver, fetcher):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    result = fetcher.fetch(httpserver.url_for("/old"), source_id="s")
    assert result.status == "ok" and result.final_url == httpserver.url_for("/new")


def test_an_unreachable_host_fails_with_a_clear_message(fetcher):
    result = fetcher.fetch("http://127.0.0.1:9/nothing", source_id="s")
    assert result.status == "error" and result.error == "connection failed: 127.0.0.1 refused the connection"


def test_an_unknown_host_names_the_likely_cause(fetcher):
    result = fetcher.fetch("http://no-such-host.invalid/page", source_id="s")
    assert result.error == "connection failed: cannot resolve host no-such-host.invalid (no network or DNS?)"


def test_the_user_agent_names_a_contact_url_from_the_settings(httpserver, monkeypatch):
    monkeypatch.setenv("TRACKER_CONTACT_URL", "https://tracker.example/contact")
    settings = FetchSettings.from_env()
    assert settings.user_agent.startswith("ReunificationTracker/")
    assert "+https://tracker.example/contact" in settings.user_agent
    httpserver.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    Fetcher(settings).fetch(httpserver.url_for("/page"), source_id="s")
    agents = {request.headers["User-Agent"] for request, _ in httpserver.log}
    assert agents == {settings.user_agent}  # robots.txt and the page alike


def test_requests_to_one_host_are_spaced_by_the_minimum_delay(httpserver):
    httpserver.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    fetcher = Fetcher(FetchSettings(min_host_delay=0.4, retries=0))
    started = time.monotonic()
    for _ in range(3):
        assert fetcher.fetch(httpserver.url_for("/a"), source_id="s").status == "ok"
    assert time.monotonic() - started >= 0.8  # two waits between three requests


def test_a_conditional_get_sends_if_modified_since(httpserver, fetcher):
    stamp = "Wed, 01 Feb 2023 12:00:00 GMT"
    httpserver.expect_request("/page", headers={"If-Modified-Since": stamp}).respond_with_data("", status=304)
    result = fetcher.fetch(
        httpserver.url_for("/page"),
        source_id="s",
        validators=Validators(last_modified=stamp, content_hash="abc"),
    )
    assert result.status == "not_modified" and result.last_modified == stamp


def test_a_short_retry_after_is_honoured_then_the_page_loads(httpserver, fetcher):
    httpserver.expect_oneshot_request("/busy").respond_with_data(
        "wait", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_request("/busy").respond_with_data(PAGE, content_type="text/html")
    started = time.monotonic()
    result = fetcher.fetch(httpserver.url_for("/busy"), source_id="s")
    assert result.status == "ok" and time.monotonic() - started >= 0.9
    assert page_requests(httpserver) == ["/busy", "/busy"]


def test_a_declared_oversized_body_is_refused_before_download(httpserver, fetcher):
    httpserver.expect_request("/big").respond_with_data(
        b"x" * 2_000_000, content_type="text/html", headers={"Content-Length": "2000000"}
    )
    result = fetcher.fetch(httpserver.url_for("/big"), source_id="s")
    assert result.error == "body of 2000000 bytes exceeds the 1048576 byte limit"


def test_a_fifty_megabyte_body_is_cut_off_at_the_limit(httpserver, fetcher):
    chunk = b"x" * (1024 * 1024)
    httpserver.expect_request("/huge").respond_with_handler(
        lambda request: Response(iter([chunk] * 50), content_type="text/html")
    )
    started = time.monotonic()
    result = fetcher.fetch(httpserver.url_for("/huge"), source_id="s")
    assert result.status == "error" and result.body is None and result.bytes <= 1024 * 1024 + 65536
    assert result.error.startswith("body exceeds the 1048576 byte limit (cut off at")
    assert time.monotonic() - started < 5


def test_too_many_redirects_are_refused(httpserver, fetcher):
    for hop in range(7):
        httpserver.expect_request(f"/r{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/r{hop + 1}"}
        )
    result = fetcher.fetch(httpserver.url_for("/r0"), source_id="s")
    assert result.error == f"more than {fetcher.settings.max_redirects} redirects"


def test_a_redirect_to_an_allowed_host_is_followed(httpserver, fetcher):
    # the same server under its other name is another host
    here, there = ("localhost", "127.0.0.1") if httpserver.host == "localhost" else ("127.0.0.1", "localhost")
    other = httpserver.url_for("/new").replace(here, there)
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": other})
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    refused = fetcher.fetch(httpserver.url_for("/old"), source_id="s")
    assert refused.error.startswith(f"redirect to host '{there}' refused")
    result = fetcher.fetch(httpserver.url_for("/old"), source_id="s", allowed_hosts=(there,))
    assert result.status == "ok" and result.final_url == other


def test_api_and_feed_types_are_accepted_only_when_asked_for(httpserver, fetcher):
    httpserver.expect_request("/api").respond_with_data('{"articles": []}', content_type="application/json")
    assert (
        fetcher.fetch(httpserver.url_for("/api"), source_id="s").error
        == "content type 'application/json' not accepted"
    )
    result = fetcher.fetch(
        httpserver.url_for("/api"), source_id="s", content_types=fetcher.settings.api_content_types
    )
    assert result.status == "ok" and result.headers["Content-Type"] == "application/json"
    asked = [request.headers.get("Accept") for request, _ in httpserver.log if request.path == "/api"]
    assert asked[-1].startswith("application/json")
