-- The archive searches published answers only: its full-text index holds those alone (a
-- national table holds hundreds of thousands of requests, most never published; issue 23).
CREATE INDEX info_request_published_search_idx ON info_request USING gin (search)
  WHERE published_at IS NOT NULL;
DROP INDEX info_request_search_idx;

-- Every node keeps the bodies in memory (ADR 0036, as the territories): a change is announced.
CREATE TRIGGER info_body_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON info_body
  FOR EACH STATEMENT EXECUTE FUNCTION sawa_reference_changed();
