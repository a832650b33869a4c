-- Communes with arrondissements (organic law 113-14, title on communes with arrondissements:
-- Casablanca, Rabat, Fès, Marrakech, Tanger, Salé) have rules of their own, e.g. the petition
-- threshold. The flag is set by the territory import's optional "arrondissements" column.
ALTER TABLE territory ADD COLUMN arrondissements BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE territory ADD CONSTRAINT territory_arrondissements_commune
  CHECK (NOT arrondissements OR level = 'commune');
