-- A survey's questions (their prompt and their options, one per line) and the council's answers
-- to proposals are written by staff for the public in the process's language: their versions in
-- the other languages are kept with the process's.
ALTER TABLE consultation_text DROP CONSTRAINT consultation_text_subject_check;
ALTER TABLE consultation_text ADD CONSTRAINT consultation_text_subject_check
  CHECK (subject IN ('process', 'phase', 'document', 'question', 'proposal'));
ALTER TABLE consultation_text DROP CONSTRAINT consultation_text_field_check;
ALTER TABLE consultation_text ADD CONSTRAINT consultation_text_field_check
  CHECK (field IN ('title', 'summary', 'description', 'body', 'prompt', 'options', 'answer'));

-- A phase that begins is told to the consultation's followers once: the day it was announced.
ALTER TABLE consultation_phase ADD COLUMN announced_on DATE;
