-- Views for analysts. Re-created after every migration; their names are a contract (docs/warehouse.md).

-- Observations from the newest extractor version that read each document.
CREATE OR REPLACE VIEW current_observations AS
WITH newest AS (
    SELECT source_id, content_hash, arg_max(extractor_version, extracted_at) AS extractor_version
    FROM extractions GROUP BY source_id, content_hash
)
SELECT o.*, coalesce(o.as_of, o.published) AS figure_date
FROM observations o
LEFT JOIN newest n USING (source_id, content_hash)
WHERE o.released_from IS NOT NULL OR n.extractor_version IS NULL OR o.extractor_version = n.extractor_version;

-- What the warehouse knew at a past moment: per metric, the newest official figure and the newest
-- news figure among observations loaded by then.
CREATE OR REPLACE MACRO figures_as_known_at(ts) AS TABLE
WITH newest AS (
    -- one pass with arg_max (not a window over every row): the newest date wins, then an exact figure,
    -- then the later publication, then the later load
    SELECT metric, source_kind = 'official' AS official,
           arg_max(
               struct_pack(value, qualifier, unit, as_of, published, source_id, source_kind, url, evidence, figure_date),
               struct_pack(figure_date, exact := qualifier = 'exact', published, loaded_at, value)
           ) AS f
    FROM current_observations
    WHERE loaded_at <= CAST(ts AS TIMESTAMP) AND figure_date IS NOT NULL
    GROUP BY ALL
),
official AS (SELECT metric, unnest(f) FROM newest WHERE official),
news AS (SELECT metric, unnest(f) FROM newest WHERE NOT official)
SELECT
    coalesce(o.metric, n.metric)          AS metric,
    coalesce(o.value, n.value)            AS value,
    coalesce(o.qualifier, n.qualifier)    AS qualifier,
    coalesce(o.unit, n.unit)              AS unit,
    coalesce(o.as_of, n.as_of)            AS as_of,
    coalesce(o.published, n.published)    AS published,
    coalesce(o.source_id, n.source_id)    AS source_id,
    coalesce(o.source_kind, n.source_kind) AS source_kind,
    coalesce(o.url, n.url)                AS url,
    coalesce(o.evidence, n.evidence)      AS evidence,
    n.value        AS news_value,
    n.qualifier    AS news_qualifier,
    n.figure_date  AS news_date,
    n.source_id    AS news_source_id,
    n.url          AS news_url,
    n.evidence     AS news_evidence
FROM official o FULL OUTER JOIN news n ON o.metric = n.metric
ORDER BY metric;

CREATE OR REPLACE VIEW latest_figures AS
SELECT * FROM figures_as_known_at(TIMESTAMP '9999-12-31');

-- The trend: per metric and source, each value at each as-of (or published) date.
CREATE OR REPLACE VIEW metric_history AS
SELECT
    metric, source_id, any_value(source_kind) AS source_kind, figure_date AS date,
    any_value(as_of) AS as_of, any_value(published) AS published, value, qualifier, any_value(unit) AS unit,
    any_value(url) AS url, any_value(evidence) AS evidence, min(loaded_at) AS first_loaded_at
FROM current_observations
WHERE figure_date IS NOT NULL
GROUP BY metric, source_id, figure_date, value, qualifier;  -- no ORDER BY: over millions of rows the sort
-- costs more than the grouping; order in the query (ORDER BY metric, date, source_id)

-- The same metric, for the same date give or take three days, with different values from different sources.
-- Values the wording admits (schemas/tolerance.py, stated_interval): "more than 600" and 689 agree,
-- "nearly 1,000" and 998 agree, 3,924 and 3,881 do not.
CREATE OR REPLACE VIEW source_disagreements AS
WITH f AS (
    SELECT DISTINCT metric, source_id, source_kind, figure_date, value, qualifier, url, evidence,
           CASE qualifier WHEN 'approximate' THEN value * 0.9 WHEN 'at_most' THEN 0 ELSE value END AS low,
           CASE qualifier WHEN 'approximate' THEN value * 1.1 WHEN 'at_least' THEN 'infinity'::DOUBLE
                ELSE value END AS high
    FROM current_observations WHERE figure_date IS NOT NULL
)
SELECT
    a.metric, a.figure_date AS date_a, a.source_id AS source_a, a.value AS value_a, a.qualifier AS qualifier_a,
    b.figure_date AS date_b, b.source_id AS source_b, b.value AS value_b, b.qualifier AS qualifier_b,
    b.value - a.value AS difference, a.evidence AS evidence_a, b.evidence AS evidence_b, a.url AS url_a, b.url AS url_b
FROM f a JOIN f b
  ON a.metric = b.metric AND a.source_id < b.source_id
 AND abs(date_diff('day', a.figure_date, b.figure_date)) <= 3
 AND (a.high < b.low OR b.high < a.low)
ORDER BY a.metric, a.figure_date;

-- Per source: when it was last fetched, last changed, last yielded figures, and its last error.
CREATE OR REPLACE VIEW source_freshness AS
WITH fetched AS (
    SELECT source_id, max(fetched_at) AS last_fetched_at,
           arg_max(status, fetched_at) AS last_status,
           max(fetched_at) FILTER (WHERE status IN ('ok', 'not_modified')) AS last_success_at,
           max(fetched_at) FILTER (WHERE status = 'error') AS last_error_at,
           arg_max(error, fetched_at) FILTER (WHERE status = 'error') AS last_error
    FROM fetches GROUP BY source_id
),
changed AS (
    SELECT source_id, max(first_at) AS last_changed_at FROM (
        SELECT source_id, content_hash, min(fetched_at) AS first_at
        FROM fetches WHERE status = 'ok' GROUP BY source_id, content_hash
    ) GROUP BY source_id
),
yielded AS (SELECT source_id, max(loaded_at) AS last_figures_at, count(*) AS observations FROM observations GROUP BY source_id),
open_alerts AS (SELECT source_id, count(*) AS open_alerts FROM alerts WHERE resolved_at IS NULL GROUP BY source_id)
SELECT f.source_id, f.last_fetched_at, f.last_status, f.last_success_at, c.last_changed_at,
       y.last_figures_at, coalesce(y.observations, 0) AS observations,
       f.last_error_at, f.last_error, coalesce(a.open_alerts, 0) AS open_alerts
FROM fetched f
LEFT JOIN changed c USING (source_id)
LEFT JOIN yielded y USING (source_id)
LEFT JOIN open_alerts a USING (source_id)
ORDER BY f.source_id;
