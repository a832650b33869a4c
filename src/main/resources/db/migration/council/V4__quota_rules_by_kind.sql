-- What each quota rule asks, so the representation pages give a verdict only where the law
-- sets a result:
--   result  : at least this share of the seats (prefecture and province councils: one third);
--   strive  : the candidate lists should strive for this share (vice-presidents: the organic
--             laws 111-14, 112-14, 113-14 ask the lists for the bureau to strive for a third of
--             women candidates); the measured share is shown, no verdict;
--   by_size : a number of seats reserved for women fixed by the council's size (communes),
--             read from council_reserved_seats; min_share is then only the reference line.
ALTER TABLE council_quota ADD COLUMN rule TEXT NOT NULL DEFAULT 'result'
  CHECK (rule IN ('result', 'strive', 'by_size'));
UPDATE council_quota SET rule = 'strive' WHERE post = 'vice_president';
UPDATE council_quota SET rule = 'by_size',
  source = 'Loi organique 59-11 modifiée par 06-21 (2021) : des sièges réservés aux femmes dans chaque commune, en nombre fixé selon la taille du conseil (barème council_reserved_seats, à confirmer au texte) ; 26,64 % de conseillères élues en 2021'
  WHERE level = 'commune' AND post = 'seat';

-- Seats reserved for women in a commune council, by the council's number of seats. The
-- figures seeded here are indicative (about a quarter of the seats, as the 26.64 % of women
-- elected in 2021 suggests) and flagged to confirm: an administrator sets the legal figures
-- at /admin/council-quotas.
CREATE TABLE council_reserved_seats (
  council_seats INT  PRIMARY KEY CHECK (council_seats BETWEEN 5 AND 200),
  reserved      INT  NOT NULL CHECK (reserved >= 0),
  article       TEXT NOT NULL,
  source        TEXT NOT NULL,
  to_confirm    BOOLEAN NOT NULL DEFAULT TRUE,
  CHECK (reserved <= council_seats)
);
INSERT INTO council_reserved_seats (council_seats, reserved, article, source, to_confirm)
SELECT s, r, 'Loi organique 59-11 modifiée par 06-21',
       'Barème indicatif (environ un quart des sièges), à confirmer au texte de la loi organique', TRUE
FROM (VALUES (11, 3), (13, 3), (15, 4), (23, 6), (29, 7), (35, 9), (39, 10), (43, 11), (47, 12), (51, 13),
             (55, 14), (57, 14), (61, 15)) AS v(s, r);
