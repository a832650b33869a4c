-- The chain becomes keyed (HMAC-SHA-256 with a key the database does not hold): entries written
-- before carry keyed = false and are checked as before, and only as the chain's first entries.
ALTER TABLE audit_entry ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT false;

-- TRUNCATE fires no row trigger: it is refused by its own.
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- The chain's identity, written in every anchor kept outside the database, so the anchors of
-- another database (a test run, a copy) are told apart from this one's.
CREATE TABLE audit_chain (
  id UUID NOT NULL PRIMARY KEY
);
INSERT INTO audit_chain (id) VALUES (gen_random_uuid());
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
