-- 002: the raw archive. Every fetched body is kept once by content hash under data/raw/ (compressed),
-- with the response headers, so extraction can be re-run over the past without the network.
ALTER TABLE documents ADD COLUMN raw_path VARCHAR;
ALTER TABLE fetches ADD COLUMN headers JSON;
