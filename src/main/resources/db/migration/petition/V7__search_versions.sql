-- A petition is found by the words of its versions in other languages too: each version is
-- indexed as the petition's own texts are (a title weighs more than a text).
ALTER TABLE petition_text ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  CASE WHEN field = 'title' THEN sawa_document(text, '') ELSE sawa_document('', text) END) STORED;
CREATE INDEX petition_text_search_idx ON petition_text USING gin (search);
