-- evidence may be a document uploaded with the progress note: its stored file, served by Sawa at
-- the path kept in url (so every piece of evidence is still a link)
ALTER TABLE commitment_evidence ADD COLUMN file_id BIGINT;
CREATE UNIQUE INDEX commitment_evidence_file_idx ON commitment_evidence (file_id) WHERE file_id IS NOT NULL;
