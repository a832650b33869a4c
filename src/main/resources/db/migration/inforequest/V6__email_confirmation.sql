-- Sawa mails only addresses their owner confirmed. Online, the address is the account's,
-- confirmed when the account was; a paper request's address, typed by an officer from the
-- signed form, gets one mail asking its owner to confirm (the token's HMAC is kept, not the
-- token), and nothing more until they do. Requests already filed were mailed before: kept.
ALTER TABLE info_request ADD COLUMN email_confirmed_at TIMESTAMPTZ;
ALTER TABLE info_request ADD COLUMN email_token_hmac TEXT;
CREATE UNIQUE INDEX info_request_email_token ON info_request (email_token_hmac) WHERE email_token_hmac IS NOT NULL;
UPDATE info_request SET email_confirmed_at = created_at WHERE email <> '';
