-- The associations present at a gathering, recorded as organisations (those Sawa does not know
-- yet are registered by the staff who type the list), so a consultation knows which
-- associations took part, not only how many.
CREATE TABLE consultation_gathering_organisation (
  gathering_id    BIGINT NOT NULL REFERENCES consultation_gathering (id),
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (gathering_id, organisation_id)
);
