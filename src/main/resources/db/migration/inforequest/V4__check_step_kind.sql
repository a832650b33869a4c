-- a step of the timeline: a status reached, or a clarification received, or the head's answer to a complaint
-- (InfoStepKind mirrors this list)
ALTER TABLE info_step ADD CONSTRAINT info_step_kind_check
  CHECK (kind IN ('received', 'clarification', 'clarified', 'extended', 'answered', 'answered_part', 'refused',
                  'transferred', 'not_held', 'withdrawn', 'complaint_head', 'head_answered', 'complaint_cdai', 'closed'));
