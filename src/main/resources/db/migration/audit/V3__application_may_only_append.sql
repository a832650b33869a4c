-- The application's role may read the log and append to it, nothing else: even with the
-- triggers dropped, sawa_app cannot edit, delete or truncate an entry. (A later migration that
-- grants on every table must take these back again.)
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'sawa_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_chain FROM sawa_app;
  END IF;
END
$$;
