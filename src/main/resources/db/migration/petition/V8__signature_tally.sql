-- Signatures counted ahead of the pages (issue 23): a petition's progress, its groupings and
-- the year's statistics read these counts plus the signatures not yet counted in them, so no
-- page groups a petition's million signatures for each view. A signature is counted by a
-- periodic fold (org.sawa.petition.PetitionTally), never in the signing transaction: no row
-- that every signer of a petition would wait on. The fold flips `tallied` and adds to the
-- counts in one transaction, so counts plus not-yet-counted signatures are always exact.
CREATE TABLE petition_tally (
  petition_id  BIGINT NOT NULL REFERENCES petition (id),
  province_id  BIGINT NOT NULL,
  basis        TEXT   NOT NULL,
  channel      TEXT   NOT NULL,
  sex          TEXT   NOT NULL,
  age_band     TEXT   NOT NULL,
  disability   TEXT   NOT NULL,
  area         TEXT   NOT NULL,
  signed_year  INT    NOT NULL,
  signed       BIGINT NOT NULL,
  PRIMARY KEY (petition_id, province_id, basis, channel, sex, age_band, disability, area, signed_year)
);

-- the calendar year of a signature, in Morocco
CREATE FUNCTION petition_signed_year(at TIMESTAMPTZ) RETURNS INT LANGUAGE sql STABLE AS
  $$ SELECT extract(YEAR FROM at AT TIME ZONE 'Africa/Casablanca')::int $$;

-- the signatures there are now are counted here, in this migration's transaction; those
-- given from now on wait for the fold
ALTER TABLE petition_signature ADD COLUMN tallied BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE petition_signature ALTER COLUMN tallied SET DEFAULT false;
CREATE INDEX petition_signature_untallied_idx ON petition_signature (petition_id) WHERE NOT tallied;
INSERT INTO petition_tally
SELECT petition_id, province_id, basis, channel, sex, age_band, disability, area,
       petition_signed_year(signed_at), count(*)
FROM petition_signature
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- a withdrawn signature that was counted is taken back from its count, in the withdrawal's
-- transaction (withdrawals are rare; the fold takes the rows it counts with SKIP LOCKED,
-- so a signature is taken back exactly when it was counted)
CREATE FUNCTION petition_tally_take_back() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.tallied THEN
    UPDATE petition_tally SET signed = signed - 1
    WHERE petition_id = OLD.petition_id AND province_id = OLD.province_id AND basis = OLD.basis
      AND channel = OLD.channel AND sex = OLD.sex AND age_band = OLD.age_band
      AND disability = OLD.disability AND area = OLD.area
      AND signed_year = petition_signed_year(OLD.signed_at);
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER petition_signature_take_back AFTER DELETE ON petition_signature
  FOR EACH ROW EXECUTE FUNCTION petition_tally_take_back();

-- the public list, a page at a time, newest first (Petitions.published)
CREATE INDEX petition_published_idx ON petition ((coalesce(opened_at, created_at)) DESC, id DESC)
  WHERE status <> 'draft';
