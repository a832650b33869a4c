-- Uploaded files, in PostgreSQL so that any application node can serve them. The type is the
-- one read from the content (never the name's extension nor the browser's claim), the hash is
-- the SHA-256 of the bytes.
CREATE TABLE stored_file (
  id           BIGSERIAL PRIMARY KEY,
  file_name    TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type TEXT        NOT NULL,
  size         BIGINT      NOT NULL CHECK (size > 0),
  sha256       TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      BYTEA       NOT NULL,
  stored_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_hash_idx ON stored_file (sha256);
