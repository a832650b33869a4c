-- A memo is found by the words of its versions in other languages too.
ALTER TABLE council_text ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  CASE WHEN field = 'title' THEN sawa_document(text, '') ELSE sawa_document('', text) END) STORED;
CREATE INDEX council_text_search_idx ON council_text USING gin (search);
