-- The application connects as sawa_app: it reads and writes the data but owns nothing, so it
-- cannot alter a table, disable a trigger or rewrite the audit log (the audit module takes
-- back UPDATE, DELETE and TRUNCATE on its tables). Migrations run as the owner of the schema.
-- The embedded database is set up so; on a server of your own, see docs/security.md. Where
-- the owner may not create the role and no one has, nothing is granted and a warning says so.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sawa_app')
     AND (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    CREATE ROLE sawa_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sawa_app') THEN
    RAISE WARNING 'the role sawa_app does not exist and % may not create it: the application keeps connecting as the schema owner (docs/security.md)', current_user;
    RETURN;
  END IF;
  GRANT USAGE ON SCHEMA public TO sawa_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sawa_app;
  GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO sawa_app;
  -- and on every table and sequence the modules' migrations create from now on
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sawa_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO sawa_app;
END
$$;
