-- Fixed-window counters for rate limits (sign-up, login, password reset, and later signing
-- and filing), shared by every application node.
CREATE TABLE rate_limit (
  bucket       TEXT   NOT NULL,
  window_start BIGINT NOT NULL,
  hits         INT    NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
