-- Contributions from the room: a workshop, a forum, a discussion group or a batch of paper
-- forms, recorded by staff with the day, the commune and who was there (how many women and
-- men, of whom how many young people and people with a disability, and how many associations);
-- the proposals collected there are typed in as proposals of the process that name it.
CREATE TABLE consultation_gathering (
  id           BIGSERIAL PRIMARY KEY,
  process_id   BIGINT NOT NULL REFERENCES consultation_process (id),
  kind         TEXT   NOT NULL CHECK (kind IN ('workshop', 'forum', 'group', 'paper')),
  name         TEXT   NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
  held_on      DATE   NOT NULL,
  commune_id   BIGINT,
  women        INT    NOT NULL CHECK (women BETWEEN 0 AND 100000),
  men          INT    NOT NULL CHECK (men BETWEEN 0 AND 100000),
  young        INT    NOT NULL CHECK (young >= 0),
  disability   INT    NOT NULL CHECK (disability >= 0),
  associations INT    NOT NULL CHECK (associations BETWEEN 0 AND 10000),
  created_by   BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  CHECK (women + men > 0 AND young <= women + men AND disability <= women + men)
);
CREATE INDEX consultation_gathering_process ON consultation_gathering (process_id, held_on);

ALTER TABLE consultation_proposal ADD COLUMN gathering_id BIGINT REFERENCES consultation_gathering (id);
