-- an update moves a milestone to one of its statuses (MilestoneStatus mirrors this list)
ALTER TABLE commitment_update ADD CONSTRAINT commitment_update_status_check
  CHECK (status IN ('not_started', 'in_progress', 'stuck', 'finished', 'incomplete'));
