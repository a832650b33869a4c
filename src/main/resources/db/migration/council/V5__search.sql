-- Memos and opinions to councils found by the search across Sawa.
ALTER TABLE council_memo ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(title, summary || ' ' || coalesce(change_text, ''))) STORED;
CREATE INDEX council_memo_search_idx ON council_memo USING gin (search);
