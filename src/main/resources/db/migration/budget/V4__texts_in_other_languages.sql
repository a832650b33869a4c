-- What staff write for the public about a participatory budget (its title and summary) in other
-- languages than the one it was written in, one shape for every module (ADR 0024).
CREATE TABLE budget_text (
    subject text NOT NULL CHECK (subject IN ('pb')),
    subject_id bigint NOT NULL,
    field text NOT NULL CHECK (field IN ('title', 'summary')),
    language text NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    updated_by bigint NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (subject, subject_id, field, language)
);
