-- Participation counted from ParticipationRecorded events: one row per channel x territory x
-- day x demographic options. No identity is stored. Territories are referred to by id.
CREATE TABLE participation_fact (
  channel      TEXT   NOT NULL,
  territory_id BIGINT NOT NULL,
  day          DATE   NOT NULL,
  sex          TEXT   NOT NULL,
  age_band     TEXT   NOT NULL,
  disability   TEXT   NOT NULL,
  area         TEXT   NOT NULL,
  count        BIGINT NOT NULL CHECK (count > 0),
  PRIMARY KEY (channel, territory_id, day, sex, age_band, disability, area)
);
CREATE INDEX participation_fact_territory_idx ON participation_fact (territory_id, channel);

-- Events already counted: a republished event (after a crash) is not counted twice.
CREATE TABLE participation_event_counted (
  event_id   UUID        PRIMARY KEY,
  counted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
