-- Petitions found by the search across Sawa (and the petition list's words): title, text and
-- what is asked, folded and stemmed as the root migration's sawa_document does.
ALTER TABLE petition ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(title, body || ' ' || requested)) STORED;
CREATE INDEX petition_search_idx ON petition USING gin (search);
