-- 003: news discovery. One row per article a search query or a feed found, keyed by its canonical URL, so
-- an article is fetched once and known across runs. Append-only, like the rest.
CREATE TABLE discovered (
    canonical_url VARCHAR PRIMARY KEY,  -- lowercase host, no utm_* parameters, fragment or trailing slash
    source_id     VARCHAR,              -- news-<host>-<hash8>: the article's source id in every other table
    url           VARCHAR,              -- the URL as found (what is fetched)
    host          VARCHAR,
    title         VARCHAR,
    seen_at       TIMESTAMP,            -- the date the API or feed gives it (GDELT seendate, feed published)
    language      VARCHAR,
    found_by      VARCHAR,              -- the query or feed that found it first
    discovered_at TIMESTAMP,
    run_id        VARCHAR,
    duplicate_of  VARCHAR               -- the known article its <link rel=canonical> names, if another one
);
