-- A consultation's survey: questions staff ask (one choice among options, several choices, a
-- scale, or free text), each resident answering once (and changing her answers while the
-- consultation is open). Her profile as it stood when she first answered is kept with her
-- response, so results can be read by sex, age band, area and disability; free texts are read
-- by staff only.
CREATE TABLE consultation_question (
  id         BIGSERIAL PRIMARY KEY,
  process_id BIGINT NOT NULL REFERENCES consultation_process (id),
  position   INT    NOT NULL CHECK (position BETWEEN 1 AND 50),
  kind       TEXT   NOT NULL CHECK (kind IN ('single', 'multiple', 'scale', 'text')),
  prompt     TEXT   NOT NULL CHECK (length(prompt) BETWEEN 5 AND 500),
  options    TEXT[] NOT NULL DEFAULT '{}' CHECK (cardinality(options) <= 12),
  required   BOOLEAN NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (process_id, position),
  CHECK ((kind IN ('single', 'multiple')) = (cardinality(options) >= 2))
);

CREATE TABLE consultation_response (
  id          BIGSERIAL PRIMARY KEY,
  process_id  BIGINT NOT NULL REFERENCES consultation_process (id),
  person_id   BIGINT NOT NULL,
  sex         TEXT   NOT NULL,
  age_band    TEXT   NOT NULL,
  disability  TEXT   NOT NULL,
  area        TEXT   NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  UNIQUE (process_id, person_id)
);

CREATE TABLE consultation_answer (
  response_id BIGINT NOT NULL REFERENCES consultation_response (id),
  question_id BIGINT NOT NULL REFERENCES consultation_question (id),
  choices     INT[]  NOT NULL DEFAULT '{}',
  scale       INT    CHECK (scale BETWEEN 1 AND 5),
  text        TEXT   NOT NULL DEFAULT '' CHECK (length(text) <= 2000),
  PRIMARY KEY (response_id, question_id)
);
