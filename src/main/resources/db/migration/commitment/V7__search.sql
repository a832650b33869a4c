-- Commitments found by the search across Sawa, in their original and in every version staff
-- wrote in another language.
ALTER TABLE commitment ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  sawa_document(title, problem || ' ' || status_quo || ' ' || action || ' ' || contribution || ' ' || long_term_goal
                || ' ' || policy_area)) STORED;
CREATE INDEX commitment_search_idx ON commitment USING gin (search);
ALTER TABLE commitment_text ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  CASE WHEN field = 'title' THEN sawa_document(text, '') ELSE sawa_document('', text) END) STORED;
CREATE INDEX commitment_text_search_idx ON commitment_text USING gin (search);
