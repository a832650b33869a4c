-- a step of the timeline is one of the petition's statuses (PetitionStatus mirrors this list)
ALTER TABLE petition_step ADD CONSTRAINT petition_step_status_check
  CHECK (status IN ('draft', 'collecting', 'deposited', 'admissible', 'inadmissible', 'deliberated', 'answered',
                    'withdrawn'));
