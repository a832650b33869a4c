-- People. Demographic columns are optional and self-declared (NULL = not stated).
-- residence_territory_id refers to the territory module by id (no cross-module FK).
CREATE TABLE person (
  id                     BIGSERIAL PRIMARY KEY,
  email                  TEXT        NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash          TEXT        NOT NULL,
  display_name           TEXT        NOT NULL,
  preferred_language     TEXT        NOT NULL DEFAULT 'ar' CHECK (preferred_language IN ('ar', 'fr', 'en', 'zgh')),
  email_confirmed_at     TIMESTAMPTZ,
  created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
  sex                    TEXT CHECK (sex IN ('female', 'male')),
  birth_year             INT CHECK (birth_year BETWEEN 1900 AND 2100),
  disability             BOOLEAN,
  residence_territory_id BIGINT
);

-- Single-use e-mail tokens; only a keyed hash of the token is stored.
CREATE TABLE account_token (
  token_hash TEXT        PRIMARY KEY,
  person_id  BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  purpose    TEXT        NOT NULL CHECK (purpose IN ('CONFIRM', 'RESET')),
  expires_at TIMESTAMPTZ NOT NULL,
  used_at    TIMESTAMPTZ
);
CREATE INDEX account_token_person_idx ON account_token (person_id);

CREATE TABLE organisation (
  id           BIGSERIAL PRIMARY KEY,
  kind         TEXT        NOT NULL CHECK (kind IN ('association', 'council', 'administration')),
  name         TEXT        NOT NULL,
  territory_id BIGINT      NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE organisation_member (
  organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  person_id       BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role            TEXT   NOT NULL CHECK (role IN ('member', 'representative')),
  PRIMARY KEY (organisation_id, person_id)
);

-- Roles granted on a territory; a revoked grant is kept for the record.
CREATE TABLE role_grant (
  id           BIGSERIAL PRIMARY KEY,
  person_id    BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role         TEXT        NOT NULL CHECK (role IN ('citizen', 'association_representative', 'staff', 'moderator',
                                                    'programme_officer', 'admin')),
  territory_id BIGINT      NOT NULL,
  granted_by   BIGINT,
  granted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at   TIMESTAMPTZ,
  revoked_by   BIGINT
);
CREATE UNIQUE INDEX role_grant_active_idx ON role_grant (person_id, role, territory_id) WHERE revoked_at IS NULL;
