-- Councils of communes, provinces or prefectures and regions, modelled after Popolo: a council is
-- an organization, a councillor a person, a seat or office a post, a mandate a membership, a
-- session an event and an intervention a speech.

-- the legal quotas the representation page compares with: one row per council level and post
CREATE TABLE council_quota (
  level      TEXT    NOT NULL CHECK (level IN ('region', 'province', 'commune')),
  post       TEXT    NOT NULL CHECK (post IN ('seat', 'vice_president')),
  min_share  NUMERIC(4,3) NOT NULL CHECK (min_share BETWEEN 0 AND 1),
  article    TEXT    NOT NULL,
  source     TEXT    NOT NULL,
  to_confirm BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (level, post)
);
INSERT INTO council_quota (level, post, min_share, article, source, to_confirm) VALUES
  ('region', 'seat', 0.333, 'Loi organique 59-11 modifiée par 06-21',
   'Loi organique 06-21 (2021): un tiers au moins des sièges de chaque liste régionale réservé aux femmes', TRUE),
  ('province', 'seat', 0.333, 'Loi organique 59-11 modifiée par 06-21',
   'Loi organique 06-21 (2021): un tiers des sièges des conseils préfectoraux et provinciaux réservé aux femmes', FALSE),
  ('commune', 'seat', 0.333, 'Loi organique 59-11 modifiée par 06-21',
   'Loi organique 06-21 (2021): sièges réservés aux femmes dans les communes; le nombre dépend de la commune, le tiers sert de référence (26,64 % de conseillères élues en 2021)', TRUE),
  ('region', 'vice_president', 0.333, 'Loi organique 111-14, art. 19',
   'Loi organique 111-14: les listes de candidatures aux postes de vice-présidents œuvrent à compter des candidates au moins au tiers des postes', TRUE),
  ('province', 'vice_president', 0.333, 'Loi organique 112-14, art. 17',
   'Loi organique 112-14: au moins un tiers de candidates aux postes de vice-présidents', TRUE),
  ('commune', 'vice_president', 0.333, 'Loi organique 113-14, art. 17',
   'Loi organique 113-14: au moins un tiers de candidates aux postes de vice-présidents', TRUE);

CREATE TABLE council (
  id           BIGSERIAL PRIMARY KEY,
  territory_id BIGINT NOT NULL UNIQUE,
  level        TEXT   NOT NULL CHECK (level IN ('region', 'province', 'commune')),
  code         TEXT   NOT NULL UNIQUE,
  seats        INT    CHECK (seats > 0),
  email        TEXT,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- the council's committees, and its parity and equal-opportunity commission
CREATE TABLE council_committee (
  id         BIGSERIAL PRIMARY KEY,
  council_id BIGINT NOT NULL REFERENCES council(id),
  kind       TEXT   NOT NULL CHECK (kind IN ('standing', 'parity')),
  name_ar    TEXT   NOT NULL,
  name_fr    TEXT   NOT NULL,
  name_en    TEXT   NOT NULL,
  name_zgh   TEXT   NOT NULL,
  UNIQUE (council_id, name_fr)
);

CREATE TABLE council_mandate (
  id         BIGSERIAL PRIMARY KEY,
  council_id BIGINT NOT NULL REFERENCES council(id),
  label      TEXT   NOT NULL,
  starts_on  DATE   NOT NULL,
  ends_on    DATE   NOT NULL CHECK (ends_on > starts_on),
  UNIQUE (council_id, label)
);

-- an elected member; birth year is personal (shown only in protected statistics), sex and the
-- public roles are public
CREATE TABLE councillor (
  id         BIGSERIAL PRIMARY KEY,
  full_name  TEXT   NOT NULL CHECK (length(full_name) BETWEEN 2 AND 200),
  sex        TEXT   NOT NULL CHECK (sex IN ('female', 'male')),
  birth_year INT    CHECK (birth_year BETWEEN 1900 AND 2100),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- a seat held for a mandate (Popolo membership of a person in the council, on a seat post)
CREATE TABLE council_membership (
  id            BIGSERIAL PRIMARY KEY,
  mandate_id    BIGINT NOT NULL REFERENCES council_mandate(id),
  councillor_id BIGINT NOT NULL REFERENCES councillor(id),
  seat_type     TEXT   NOT NULL CHECK (seat_type IN ('general', 'women_reserved')),
  list_label    TEXT,
  starts_on     DATE   NOT NULL,
  ends_on       DATE,
  UNIQUE (mandate_id, councillor_id)
);

-- an office held over a period: president, vice-president (with its rank), secretary, deputy
-- secretary, committee chair or member, parity commission chair or member
CREATE TABLE council_post_holding (
  id            BIGSERIAL PRIMARY KEY,
  membership_id BIGINT NOT NULL REFERENCES council_membership(id),
  post          TEXT   NOT NULL CHECK (post IN ('president', 'vice_president', 'secretary', 'deputy_secretary',
                  'committee_chair', 'committee_member')),
  committee_id  BIGINT REFERENCES council_committee(id),
  rank          INT    CHECK (rank BETWEEN 1 AND 20),
  starts_on     DATE   NOT NULL,
  ends_on       DATE,
  CHECK ((post IN ('committee_chair', 'committee_member')) = (committee_id IS NOT NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX council_post_holding_membership ON council_post_holding (membership_id);

CREATE TABLE council_session (
  id         BIGSERIAL PRIMARY KEY,
  mandate_id BIGINT NOT NULL REFERENCES council_mandate(id),
  kind       TEXT   NOT NULL CHECK (kind IN ('ordinary', 'extraordinary')),
  held_on    DATE   NOT NULL,
  mode       TEXT   NOT NULL CHECK (mode IN ('in_person', 'remote', 'hybrid')),
  place      TEXT,
  recorded_by BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (mandate_id, held_on, kind)
);

CREATE TABLE council_agenda_item (
  id         BIGSERIAL PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES council_session(id),
  position   INT    NOT NULL CHECK (position > 0),
  title      TEXT   NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  UNIQUE (session_id, position)
);

CREATE TABLE council_attendance (
  session_id    BIGINT NOT NULL REFERENCES council_session(id),
  membership_id BIGINT NOT NULL REFERENCES council_membership(id),
  status        TEXT   NOT NULL CHECK (status IN ('present', 'remote', 'excused', 'absent')),
  PRIMARY KEY (session_id, membership_id)
);

CREATE TABLE council_intervention (
  id             BIGSERIAL PRIMARY KEY,
  session_id     BIGINT NOT NULL REFERENCES council_session(id),
  agenda_item_id BIGINT REFERENCES council_agenda_item(id),
  membership_id  BIGINT NOT NULL REFERENCES council_membership(id),
  kind           TEXT   NOT NULL CHECK (kind IN ('question', 'proposal', 'advocacy', 'amendment')),
  summary        TEXT   NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
  position       INT    NOT NULL,
  UNIQUE (session_id, position)
);
CREATE INDEX council_intervention_membership ON council_intervention (membership_id);

-- advisory memos to a council, from an association (organisation of the account module) or the
-- council's parity commission, and their examination
CREATE TABLE council_memo (
  id              BIGSERIAL PRIMARY KEY,
  council_id      BIGINT NOT NULL REFERENCES council(id),
  reference       TEXT   NOT NULL UNIQUE,
  author_kind     TEXT   NOT NULL CHECK (author_kind IN ('association', 'parity')),
  organisation_id BIGINT,
  title           TEXT   NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  summary         TEXT   NOT NULL CHECK (length(summary) BETWEEN 10 AND 5000),
  submitted_on    DATE   NOT NULL,
  state           TEXT   NOT NULL CHECK (state IN ('submitted', 'received', 'referred', 'examined')),
  committee_id    BIGINT REFERENCES council_committee(id),
  outcome         TEXT   CHECK (outcome IN ('taken_up', 'partly', 'not_taken')),
  change_kind     TEXT   CHECK (change_kind IN ('programme', 'budget_line', 'project', 'none')),
  change_text     TEXT,
  created_by      BIGINT NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((author_kind = 'association') = (organisation_id IS NOT NULL)),
  CHECK ((state = 'examined') = (outcome IS NOT NULL))
);

CREATE TABLE council_memo_step (
  id       BIGSERIAL PRIMARY KEY,
  memo_id  BIGINT NOT NULL REFERENCES council_memo(id),
  state    TEXT   NOT NULL,
  on_day   DATE   NOT NULL,
  note     TEXT,
  by_person BIGINT NOT NULL,
  at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX council_memo_step_memo ON council_memo_step (memo_id);
