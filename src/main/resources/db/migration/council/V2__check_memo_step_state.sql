-- a step of a memo is one of its states (MemoState mirrors this list)
ALTER TABLE council_memo_step ADD CONSTRAINT council_memo_step_state_check
  CHECK (state IN ('submitted', 'received', 'referred', 'examined'));
