-- Access to information (law 31-13). The legal values are data: one row per rule with its unit,
-- article and source, and a "to confirm" flag where docs/legal/access-to-information.md says so.
CREATE TABLE info_rule (
  rule       TEXT    PRIMARY KEY CHECK (rule IN ('answer', 'extension', 'urgent_answer', 'urgent_extension',
               'complaint_head_window', 'head_answer', 'complaint_cdai_window', 'cdai_answer', 'reminder_before')),
  days       INT     NOT NULL CHECK (days BETWEEN 0 AND 365),
  unit       TEXT    NOT NULL CHECK (unit IN ('working_days', 'days')),
  article    TEXT    NOT NULL,
  source     TEXT    NOT NULL,
  to_confirm BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO info_rule (rule, days, unit, article, source, to_confirm) VALUES
  ('answer', 20, 'working_days', 'Loi 31-13, art. 16',
   'Loi 31-13 relative au droit d''accès à l''information (BO 6670 du 3 mai 2018): réponse dans les 20 jours ouvrables de la réception', FALSE),
  ('extension', 20, 'working_days', 'Loi 31-13, art. 16',
   'Loi 31-13: prorogation une seule fois de 20 jours ouvrables (demande volumineuse, nombreuses informations, consultation d''un tiers), le demandeur informé à l''avance avec le motif', FALSE),
  ('urgent_answer', 3, 'working_days', 'Loi 31-13, art. 17',
   'Loi 31-13: demande urgente (protection de la vie, de la sécurité ou de la liberté des personnes), réponse dans les 3 jours', TRUE),
  ('urgent_extension', 3, 'working_days', 'Loi 31-13, art. 17',
   'Loi 31-13: demande urgente, prorogation de 3 jours', TRUE),
  ('complaint_head_window', 20, 'working_days', 'Loi 31-13, art. 19',
   'Loi 31-13: réclamation auprès du chef de l''organisme dans les 20 jours ouvrables de l''expiration du délai ou de la réception de la réponse', FALSE),
  ('head_answer', 15, 'working_days', 'Loi 31-13, art. 19',
   'Loi 31-13: réponse du chef de l''organisme dans les 15 jours de la réception de la réclamation', TRUE),
  ('complaint_cdai_window', 30, 'days', 'Loi 31-13, art. 20',
   'Loi 31-13: plainte à la Commission du droit d''accès à l''information dans les 30 jours de l''expiration du délai de réponse du chef ou de la réception de sa réponse', TRUE),
  ('cdai_answer', 30, 'days', 'Loi 31-13, art. 22',
   'Loi 31-13: la Commission statue dans les 30 jours de la réception de la plainte (recours judiciaire ensuite)', TRUE),
  ('reminder_before', 3, 'working_days', 'Sawa',
   'Réglage de Sawa, non fixé par la loi: rappel aux chargés de l''information avant l''échéance', FALSE);

-- the grounds of a refusal: the exceptions of art. 7 and the cases of art. 18 of law 31-13
CREATE TABLE info_refusal_ground (
  code       TEXT    PRIMARY KEY,
  position   INT     NOT NULL,
  article    TEXT    NOT NULL,
  to_confirm BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO info_refusal_ground (code, position, article, to_confirm) VALUES
  ('national_defence', 1, 'Loi 31-13, art. 7', FALSE),
  ('state_security', 2, 'Loi 31-13, art. 7', FALSE),
  ('private_life', 3, 'Loi 31-13, art. 7', FALSE),
  ('personal_data', 4, 'Loi 31-13, art. 7', FALSE),
  ('fundamental_rights', 5, 'Loi 31-13, art. 7', TRUE),
  ('protected_sources', 6, 'Loi 31-13, art. 7', TRUE),
  ('foreign_relations', 7, 'Loi 31-13, art. 7', TRUE),
  ('economic_policy', 8, 'Loi 31-13, art. 7', TRUE),
  ('intellectual_property', 9, 'Loi 31-13, art. 7', TRUE),
  ('witnesses', 10, 'Loi 31-13, art. 7', TRUE),
  ('deliberations', 11, 'Loi 31-13, art. 7', TRUE),
  ('investigations', 12, 'Loi 31-13, art. 7', TRUE),
  ('judicial_proceedings', 13, 'Loi 31-13, art. 7', TRUE),
  ('fair_competition', 14, 'Loi 31-13, art. 7', TRUE),
  ('already_published', 20, 'Loi 31-13, art. 18', FALSE),
  ('repeated_request', 21, 'Loi 31-13, art. 18', FALSE),
  ('unclear_request', 22, 'Loi 31-13, art. 18', FALSE),
  ('in_preparation', 23, 'Loi 31-13, art. 18', FALSE),
  ('archived', 24, 'Loi 31-13, art. 18', FALSE);

-- the bodies requests are addressed to: a territory's council and its services
CREATE TABLE info_body (
  id           BIGSERIAL PRIMARY KEY,
  code         TEXT    NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
  territory_id BIGINT  NOT NULL,
  parent_id    BIGINT  REFERENCES info_body (id),
  name_ar      TEXT    NOT NULL CHECK (length(name_ar) BETWEEN 2 AND 200),
  name_fr      TEXT    NOT NULL CHECK (length(name_fr) BETWEEN 2 AND 200),
  name_en      TEXT    NOT NULL CHECK (length(name_en) BETWEEN 2 AND 200),
  name_zgh     TEXT    NOT NULL CHECK (length(name_zgh) BETWEEN 2 AND 200),
  email        TEXT    NOT NULL DEFAULT '',
  phone        TEXT    NOT NULL DEFAULT '',
  address      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX info_body_territory_idx ON info_body (territory_id);

-- the information officers designated by each body
CREATE TABLE info_officer (
  body_id   BIGINT NOT NULL REFERENCES info_body (id),
  person_id BIGINT NOT NULL,
  PRIMARY KEY (body_id, person_id)
);
CREATE INDEX info_officer_person_idx ON info_officer (person_id);

CREATE SEQUENCE info_request_reference_seq;

CREATE TABLE info_request (
  id               BIGSERIAL PRIMARY KEY,
  reference        TEXT        NOT NULL UNIQUE,
  body_id          BIGINT      NOT NULL REFERENCES info_body (id),
  -- the requester: an account (online), or nobody when staff typed in a paper form
  requester_id     BIGINT,
  channel          TEXT        NOT NULL CHECK (channel IN ('online', 'paper')),
  -- the identity the law asks for (art. 14), seen only by the requester and the body's officers;
  -- the national ID (or residence permit) number only as a keyed HMAC
  first_name       TEXT        NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name        TEXT        NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  postal_address   TEXT        NOT NULL CHECK (length(postal_address) BETWEEN 5 AND 300),
  email            TEXT        NOT NULL DEFAULT '',
  national_id_hmac TEXT        NOT NULL,
  subject          TEXT        NOT NULL CHECK (length(subject) BETWEEN 10 AND 200),
  description      TEXT        NOT NULL CHECK (length(description) BETWEEN 20 AND 5000),
  language         TEXT        NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  format           TEXT        NOT NULL CHECK (format IN ('electronic', 'paper_copy', 'consultation')),
  urgent           BOOLEAN     NOT NULL DEFAULT FALSE,
  urgency_reason   TEXT        NOT NULL DEFAULT '',
  status           TEXT        NOT NULL CHECK (status IN ('received', 'clarification', 'extended', 'answered',
                     'answered_part', 'refused', 'transferred', 'not_held', 'withdrawn', 'complaint_head',
                     'complaint_cdai', 'closed')),
  received_on      DATE        NOT NULL,
  extended_on      DATE,
  extension_reason TEXT        NOT NULL DEFAULT '',
  answered_on      DATE,
  complaint_head_on DATE,
  head_answered_on DATE,
  complaint_cdai_on DATE,
  closed_on        DATE,
  transferred_to   BIGINT      REFERENCES info_body (id),
  refusal_grounds  TEXT[]      NOT NULL DEFAULT '{}',
  -- the current legal deadline (answer, head's answer or the Commission's), kept for the queue
  due_on           DATE,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (NOT urgent OR length(urgency_reason) >= 10),
  CHECK (channel = 'paper' OR requester_id IS NOT NULL)
);
CREATE INDEX info_request_body_idx ON info_request (body_id, status);
CREATE INDEX info_request_requester_idx ON info_request (requester_id);
CREATE INDEX info_request_due_idx ON info_request (due_on) WHERE due_on IS NOT NULL;

-- the clock stops while the requester is asked to clarify: from (exclusive) to until (inclusive)
CREATE TABLE info_pause (
  request_id BIGINT NOT NULL REFERENCES info_request (id),
  from_day   DATE   NOT NULL,
  until_day  DATE,
  PRIMARY KEY (request_id, from_day)
);

-- the timeline: every step with its day in law, who took it and what was said
CREATE TABLE info_step (
  id          BIGSERIAL PRIMARY KEY,
  request_id  BIGINT      NOT NULL REFERENCES info_request (id),
  kind        TEXT        NOT NULL,
  on_day      DATE        NOT NULL,
  actor       TEXT        NOT NULL,
  note        TEXT        NOT NULL DEFAULT '',
  -- what the public archive shows of the note once an officer has redacted it; null = not public
  public_note TEXT,
  at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX info_step_request_idx ON info_step (request_id, id);

CREATE TABLE info_attachment (
  step_id   BIGINT  NOT NULL REFERENCES info_step (id),
  file_id   BIGINT  NOT NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (step_id, file_id)
);

-- reminders sent before a deadline: one per request and deadline, whichever node sends it
CREATE TABLE info_reminder (
  request_id BIGINT      NOT NULL REFERENCES info_request (id),
  due_on     DATE        NOT NULL,
  sent_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, due_on)
);
