"""The source registry rejects malformed files with one message naming the entry."""

from pathlib import Path

import pytest

from tracker.registry import RegistryError, load_sources

ROOT = Path(__file__).parent.parent

GOOD = """
[[source]]
id = "dhs-task-force"
kind = "official"
publisher = "DHS"
url = "https://www.dhs.gov/family-reunification-task-force"
"""


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_shipped_registry_is_valid_and_names_the_real_pages():
    sources = load_sources(ROOT / "sources.toml")
    ids = {s.id for s in sources}
    assert "dhs-task-force" in ids
    urls = {s.url for s in sources}
    assert "https://www.dhs.gov/family-reunification-task-force" in urls
    assert (
        "https://www.dhs.gov/news/2023/02/02/fact-sheet-review-family-reunification-task-force-second-anniversary-its"
        in urls
    )
    assert {s.kind for s in sources} >= {"official", "news"}


def test_a_good_entry_loads_with_its_keys(tmp_path):
    [source] = load_sources(write(tmp_path, GOOD))
    assert (source.id, source.kind, source.publisher, source.host) == (
        "dhs-task-force",
        "official",
        "DHS",
        "www.dhs.gov",
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t.replace('publisher = "NGO"\n', ""),
            "source #2 (id 'second'): missing required key(s) publisher",
        ),
        (lambda t: t.replace('id = "second"', 'id = "dhs-task-force"'), "duplicate id 'dhs-task-force'"),
        (
            lambda t: t.replace('kind = "news"', 'kind = "blog"'),
            "kind must be one of official, news, court, got 'blog'",
        ),
        (
            lambda t: t.replace("https://example.org/a", "example.org/a"),
            "url is not an http(s) URL: 'example.org/a'",
        ),
    ],
)
def test_a_malformed_entry_is_rejected_naming_it(tmp_path, edit, message):
    second = '\n[[source]]\nid = "second"\nkind = "news"\npublisher = "NGO"\nurl = "https://example.org/a"\n'
    text = edit(GOOD + second)
    with pytest.raises(RegistryError) as error:
        load_sources(write(tmp_path, text))
    assert message in str(error.value)
    assert "sources.toml" in str(error.value)


def test_a_missing_file_and_broken_toml_get_clear_errors(tmp_path):
    with pytest.raises(RegistryError, match="cannot read the sources file"):
        load_sources(tmp_path / "nope.toml")
    with pytest.raises(RegistryError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nid="))
