-- The archive's words folded and weighted as every search of Sawa (root sawa_document), so that
-- the archive and the search across Sawa find the same requests: "petition" finds "pétition",
-- "الادماج" finds "الإدماج".
ALTER TABLE info_request DROP COLUMN search;
ALTER TABLE info_request ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(subject, coalesce(public_description, '') || ' ' || coalesce(public_answer, ''))) STORED;
CREATE INDEX info_request_search_idx ON info_request USING gin (search);
