-- Petitions to territorial councils (Constitution art. 139; organic laws 111-14, 112-14, 113-14).
-- The legal values are data: one row per level and rule, with the article and source shown
-- beside it and a "to confirm" flag where docs/legal/petitions.md says so. Administrators edit
-- the values; the code reads them, never a constant.
CREATE TABLE petition_rule (
  level      TEXT    NOT NULL CHECK (level IN ('region', 'province', 'commune')),
  rule       TEXT    NOT NULL CHECK (rule IN ('thresholds', 'spread_percent', 'refusal_months', 'association_years')),
  value      TEXT    NOT NULL,
  article    TEXT    NOT NULL,
  source     TEXT    NOT NULL,
  to_confirm BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (level, rule)
);

-- thresholds: "<population from>:<minimum signatures>" steps, lowest first
INSERT INTO petition_rule (level, rule, value, article, source, to_confirm) VALUES
  ('region', 'thresholds', '0:300,1000000:400,3000000:500', 'Loi organique 111-14, art. 120-122',
   'Loi organique 111-14 relative aux régions et son décret d''application', FALSE),
  ('region', 'spread_percent', '5', 'Loi organique 111-14, art. 120-122',
   'Loi organique 111-14 relative aux régions (au moins 5 % du seuil dans chaque préfecture ou province)', FALSE),
  ('region', 'refusal_months', '2', 'Loi organique 111-14, art. 120-122',
   'Loi organique 111-14 relative aux régions (refus motivé notifié dans les deux mois de la réception)', FALSE),
  ('region', 'association_years', '3', 'Loi organique 111-14, art. 120-122',
   'Loi organique 111-14 relative aux régions (association constituée au Maroc depuis plus de trois ans)', FALSE),
  ('province', 'thresholds', '0:300', 'Loi organique 112-14, art. 114-116',
   'Loi organique 112-14 relative aux préfectures et provinces et son décret d''application', TRUE),
  ('province', 'spread_percent', '0', 'Loi organique 112-14, art. 114-116',
   'Loi organique 112-14 (aucune condition de répartition)', FALSE),
  ('province', 'refusal_months', '2', 'Loi organique 112-14, art. 114-116',
   'Loi organique 112-14 (refus motivé notifié dans les deux mois de la réception)', FALSE),
  ('province', 'association_years', '3', 'Loi organique 112-14, art. 114-116',
   'Loi organique 112-14 (association constituée au Maroc depuis plus de trois ans)', FALSE),
  ('commune', 'thresholds', '0:100,35000:200', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 relative aux communes; décret 2.16.403 du 6 octobre 2016 (forme de la pétition)', TRUE),
  ('commune', 'spread_percent', '0', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (aucune condition de répartition)', FALSE),
  ('commune', 'refusal_months', '3', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (refus motivé notifié dans les trois mois de la réception)', FALSE),
  ('commune', 'association_years', '3', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (association constituée au Maroc depuis plus de trois ans)', FALSE);

CREATE SEQUENCE petition_reference_seq;

CREATE TABLE petition (
  id              BIGSERIAL PRIMARY KEY,
  reference       TEXT        NOT NULL UNIQUE,
  territory_id    BIGINT      NOT NULL,
  level           TEXT        NOT NULL CHECK (level IN ('region', 'province', 'commune')),
  title           TEXT        NOT NULL CHECK (length(title) BETWEEN 10 AND 200),
  body            TEXT        NOT NULL CHECK (length(body) BETWEEN 50 AND 20000),
  requested       TEXT        NOT NULL CHECK (length(requested) BETWEEN 10 AND 2000),
  language        TEXT        NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  petitioner_kind TEXT        NOT NULL CHECK (petitioner_kind IN ('citizens', 'association')),
  agent_id        BIGINT      NOT NULL,
  organisation_id BIGINT,
  status          TEXT        NOT NULL CHECK (status IN ('draft', 'collecting', 'deposited', 'admissible',
                    'inadmissible', 'deliberated', 'answered', 'withdrawn')),
  -- the threshold and spread as the rules gave them when collection opened
  threshold       INT,
  spread_minimum  INT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  opened_at       TIMESTAMPTZ,
  deposited_at    TIMESTAMPTZ,
  decision_due    DATE,
  CHECK ((petitioner_kind = 'association') = (organisation_id IS NOT NULL))
);
CREATE INDEX petition_territory_idx ON petition (territory_id, status);

-- one row per signature; a person signs a petition once, a national ID number once
CREATE TABLE petition_signature (
  id            BIGSERIAL PRIMARY KEY,
  petition_id   BIGINT      NOT NULL REFERENCES petition (id),
  person_id     BIGINT,
  national_id_hmac TEXT     NOT NULL,
  commune_id    BIGINT      NOT NULL,
  province_id   BIGINT      NOT NULL,
  sex           TEXT        NOT NULL,
  age_band      TEXT        NOT NULL,
  disability    TEXT        NOT NULL,
  area          TEXT        NOT NULL,
  channel       TEXT        NOT NULL CHECK (channel IN ('online', 'paper')),
  basis         TEXT        NOT NULL CHECK (basis IN ('residence', 'activity')),
  sheet         INT,
  sheet_line    INT,
  signed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((channel = 'online') = (person_id IS NOT NULL)),
  UNIQUE (petition_id, person_id),
  UNIQUE (petition_id, national_id_hmac)
);
CREATE INDEX petition_signature_petition_idx ON petition_signature (petition_id, province_id);

-- the public timeline: every step with its date, who took it, its document and note
CREATE TABLE petition_step (
  id           BIGSERIAL PRIMARY KEY,
  petition_id  BIGINT      NOT NULL REFERENCES petition (id),
  status       TEXT        NOT NULL,
  at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor        TEXT        NOT NULL,
  note         TEXT        NOT NULL DEFAULT '',
  document     TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX petition_step_petition_idx ON petition_step (petition_id, at);
