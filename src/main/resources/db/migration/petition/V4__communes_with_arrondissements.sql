-- Petitions to a commune with arrondissements follow rules of their own (seeded 400 signatures,
-- whatever the population: to confirm against organic law 113-14 art. 125 as published in the
-- Bulletin officiel). The petition itself stays at level 'commune'; only its rules differ.
ALTER TABLE petition_rule DROP CONSTRAINT petition_rule_level_check;
ALTER TABLE petition_rule ADD CONSTRAINT petition_rule_level_check
  CHECK (level IN ('region', 'province', 'commune', 'commune_arrondissements'));

INSERT INTO petition_rule (level, rule, value, article, source, to_confirm) VALUES
  ('commune_arrondissements', 'thresholds', '0:400', 'Loi organique 113-14, art. 125 (à confirmer)',
   'Loi organique 113-14 relative aux communes (communes à arrondissements); décret 2.16.403 du 6 octobre 2016', TRUE),
  ('commune_arrondissements', 'spread_percent', '0', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (aucune condition de répartition entre arrondissements)', TRUE),
  ('commune_arrondissements', 'refusal_months', '3', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (refus motivé notifié dans les trois mois de la réception)', FALSE),
  ('commune_arrondissements', 'association_years', '3', 'Loi organique 113-14, art. 121-125',
   'Loi organique 113-14 (association constituée au Maroc depuis plus de trois ans)', FALSE);
