-- A petition is signed in the language its agent wrote it in (its original, which the paper
-- sheet prints and the council decides on); its agent or the council's staff may add versions
-- in the other languages so that every resident can read it. The table has the shape every
-- module's versions table has (org.sawa.db.TextVersions).
CREATE TABLE petition_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('petition')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field IN ('title', 'body', 'requested')),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
