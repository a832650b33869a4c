-- Consultative bodies set up by a council with civil society (loi organique 113-14 art. 120,
-- 112-14 art. 111, 111-14 art. 117): the equity, equal-opportunity and gender body of every
-- council, and for a region also the youth body and the economic actors' body. Their members
-- are associations and qualified persons, not councillors; they meet, and send the council
-- opinions and memos whose examination is tracked like an association's memo.
CREATE TABLE council_body (
  id             BIGSERIAL PRIMARY KEY,
  council_id     BIGINT NOT NULL REFERENCES council(id),
  kind           TEXT   NOT NULL CHECK (kind IN ('equity_gender', 'youth', 'economic')),
  name_ar        TEXT   NOT NULL CHECK (length(name_ar) BETWEEN 2 AND 200),
  name_fr        TEXT   NOT NULL CHECK (length(name_fr) BETWEEN 2 AND 200),
  name_en        TEXT   CHECK (length(name_en) BETWEEN 2 AND 200),
  name_zgh       TEXT   CHECK (length(name_zgh) BETWEEN 2 AND 200),
  established_on DATE   NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (council_id, kind)
);

-- an association (organisation of the account module, with the person who represents it) or
-- a qualified person; sex is that of the person named, public as for any public office, and
-- may be left unstated for an association
CREATE TABLE council_body_member (
  id              BIGSERIAL PRIMARY KEY,
  body_id         BIGINT NOT NULL REFERENCES council_body(id),
  member_kind     TEXT   NOT NULL CHECK (member_kind IN ('association', 'qualified_person')),
  organisation_id BIGINT,
  person_name     TEXT   CHECK (length(person_name) BETWEEN 2 AND 200),
  sex             TEXT   CHECK (sex IN ('female', 'male')),
  role            TEXT   NOT NULL CHECK (role IN ('chair', 'rapporteur', 'member')),
  starts_on       DATE   NOT NULL,
  ends_on         DATE,
  CHECK ((member_kind = 'association') = (organisation_id IS NOT NULL)),
  CHECK (member_kind = 'association' OR (person_name IS NOT NULL AND sex IS NOT NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX council_body_member_body ON council_body_member (body_id);

CREATE TABLE council_body_meeting (
  id          BIGSERIAL PRIMARY KEY,
  body_id     BIGINT NOT NULL REFERENCES council_body(id),
  held_on     DATE   NOT NULL,
  place       TEXT,
  subject     TEXT   NOT NULL CHECK (length(subject) BETWEEN 3 AND 300),
  minutes     TEXT   CHECK (length(minutes) <= 5000),
  recorded_by BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (body_id, held_on, subject)
);

CREATE TABLE council_body_attendance (
  meeting_id BIGINT NOT NULL REFERENCES council_body_meeting(id),
  member_id  BIGINT NOT NULL REFERENCES council_body_member(id),
  PRIMARY KEY (meeting_id, member_id)
);

-- a memo or an opinion may now come from a consultative body
ALTER TABLE council_memo ADD COLUMN body_id BIGINT REFERENCES council_body(id);
ALTER TABLE council_memo ADD COLUMN genre TEXT NOT NULL DEFAULT 'memo' CHECK (genre IN ('memo', 'opinion'));

-- The "parity commission" was recorded as a committee of councillors; it is the equity body,
-- which belongs to civil society. Each such committee becomes the council's equity body under
-- the same names, its memos come from that body, and the councillors' posts in it end (they
-- were never members of a body of associations).
INSERT INTO council_body (council_id, kind, name_ar, name_fr, name_en, name_zgh, established_on, created_at)
SELECT DISTINCT ON (cc.council_id) cc.council_id, 'equity_gender', cc.name_ar, cc.name_fr, cc.name_en, cc.name_zgh,
       coalesce((SELECT min(m.starts_on) FROM council_mandate m WHERE m.council_id = cc.council_id), DATE '2021-10-01'),
       now()
FROM council_committee cc WHERE cc.kind = 'parity' ORDER BY cc.council_id, cc.id;

ALTER TABLE council_memo DROP CONSTRAINT council_memo_author_kind_check;
ALTER TABLE council_memo DROP CONSTRAINT council_memo_check;
UPDATE council_memo m SET author_kind = 'body',
       body_id = (SELECT b.id FROM council_body b WHERE b.council_id = m.council_id AND b.kind = 'equity_gender')
WHERE m.author_kind = 'parity';
UPDATE council_memo SET committee_id = NULL
WHERE committee_id IN (SELECT id FROM council_committee WHERE kind = 'parity');
ALTER TABLE council_memo ADD CONSTRAINT council_memo_author_kind_check
  CHECK (author_kind IN ('association', 'body'));
ALTER TABLE council_memo ADD CONSTRAINT council_memo_author_check
  CHECK ((author_kind = 'association') = (organisation_id IS NOT NULL)
     AND (author_kind = 'body') = (body_id IS NOT NULL));

DELETE FROM council_post_holding WHERE committee_id IN (SELECT id FROM council_committee WHERE kind = 'parity');
DELETE FROM council_committee WHERE kind = 'parity';
ALTER TABLE council_committee DROP CONSTRAINT council_committee_kind_check;
ALTER TABLE council_committee ADD CONSTRAINT council_committee_kind_check CHECK (kind = 'standing');
