-- Consultations and residents' proposals found by the search across Sawa: a consultation in its
-- original and in every version staff wrote, a proposal in the words its author wrote.
ALTER TABLE consultation_process ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(title, summary)) STORED;
CREATE INDEX consultation_process_search_idx ON consultation_process USING gin (search);
ALTER TABLE consultation_text ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  CASE WHEN field = 'title' THEN sawa_document(text, '') ELSE sawa_document('', text) END) STORED;
CREATE INDEX consultation_text_search_idx ON consultation_text USING gin (search);
ALTER TABLE consultation_proposal ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(title, body)) STORED;
CREATE INDEX consultation_proposal_search_idx ON consultation_proposal USING gin (search);
