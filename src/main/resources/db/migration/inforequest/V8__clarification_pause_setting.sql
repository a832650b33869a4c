-- Whether a request for clarification stops the clock is Sawa's convention: law 31-13 does not
-- say so. It is on by default (the body cannot answer what it does not understand) and an
-- administrator may switch it off on the rules page; every change is audited.
CREATE TABLE info_setting (
  setting TEXT    PRIMARY KEY CHECK (setting IN ('clarification_pauses')),
  enabled BOOLEAN NOT NULL,
  basis   TEXT    NOT NULL
);
INSERT INTO info_setting (setting, enabled, basis) VALUES
  ('clarification_pauses', TRUE,
   'Convention de Sawa, non prévue par la loi 31-13 : le délai est suspendu pendant que le demandeur précise sa demande');
