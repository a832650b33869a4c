-- A moderator lifts a block: the decision names the person, and is kept with the others.
ALTER TABLE consultation_decision DROP CONSTRAINT consultation_decision_subject_check;
ALTER TABLE consultation_decision ADD CONSTRAINT consultation_decision_subject_check
  CHECK (subject IN ('proposal', 'comment', 'person'));
ALTER TABLE consultation_decision DROP CONSTRAINT consultation_decision_decision_check;
ALTER TABLE consultation_decision ADD CONSTRAINT consultation_decision_decision_check
  CHECK (decision IN ('hide', 'restore', 'block', 'unblock'));
