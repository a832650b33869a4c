-- The categories a new installation starts with; administrators change them (/admin/feedback).
-- Where a council is not the body that acts (schools, health centres, drinking water in towns),
-- the category has no default competence: its reports go where a route sends them, else to the
-- triage queue of the region's administrators.
INSERT INTO feedback_category (code, about, name_ar, name_fr, name_en, name_zgh, competence, acknowledge_days,
  answer_days, position) VALUES
  ('water_point', 'facility', 'نقطة ماء أو سقاية', 'Point d''eau, borne-fontaine', 'Water point or standpipe',
   'ⴰⵖⴱⴰⵍⵓ ⵏ ⵡⴰⵎⴰⵏ', 'commune', 2, 10, 10),
  ('road', 'facility', 'طريق أو مسلك', 'Route ou piste', 'Road or track', 'ⴰⴱⵔⵉⴷ', 'commune', 3, 20, 20),
  ('lighting', 'facility', 'الإنارة العمومية', 'Éclairage public', 'Street lighting', 'ⴰⵙⵙⵉⴷⵓ ⴰⴳⴷⵓⴷⴰⵏ',
   'commune', 3, 15, 30),
  ('waste', 'service', 'جمع النفايات والنظافة', 'Collecte des déchets, propreté', 'Waste collection and cleanliness',
   'ⴰⵙⵎⵓⵏ ⵏ ⵉⵣⴱⴰⵍⵏ', 'commune', 2, 10, 40),
  ('school', 'facility', 'مدرسة', 'École', 'School', 'ⵜⵉⵏⵎⵍ', 'none', 3, 20, 50),
  ('health_centre', 'facility', 'مركز صحي', 'Centre de santé', 'Health centre', 'ⴰⵙⴰⵎⵎⴰⵙ ⵏ ⵜⴷⵓⵙⵉ', 'none', 2, 15,
   60),
  ('market', 'facility', 'سوق', 'Marché, souk', 'Market', 'ⵙⵙⵓⵇ', 'commune', 3, 20, 70),
  ('transport', 'service', 'النقل العمومي', 'Transport public', 'Public transport', 'ⴰⵙⵎⴰⵜⵜⴰ ⴰⴳⴷⵓⴷⴰⵏ', 'region',
   5, 30, 80),
  ('civil_status', 'service', 'خدمة إدارية (الحالة المدنية، التصديق)', 'Service administratif (état civil, légalisation)',
   'Administrative service (civil status, certification)', 'ⵜⴰⵏⴰⴼⵓⵜ ⵜⴰⵏⴱⴰⴹⵜ', 'commune', 2, 10, 90),
  ('project', 'project', 'مشروع استثماري أو تنموي', 'Projet d''investissement ou de développement',
   'Investment or development project', 'ⴰⵙⵏⴼⴰⵔ', 'region', 5, 30, 100),
  ('commitment', 'commitment', 'التزام من خطة العمل', 'Engagement du plan d''action', 'Action-plan commitment',
   'ⴰⵙⵖⵓⵍ', 'region', 5, 30, 110),
  ('suggestion', 'suggestion', 'اقتراح', 'Suggestion', 'Suggestion', 'ⴰⵙⵓⵎⵔ', 'commune', 5, 30, 120);
