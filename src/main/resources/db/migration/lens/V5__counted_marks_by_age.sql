-- The marks of counted events are forgotten once no event that old can be delivered again
-- (ParticipationFacts.forgetSettled, every ten minutes, oldest first): found by their age. The key only
-- grows, so each new mark is written at the index's end.
CREATE INDEX participation_event_counted_at_idx ON participation_event_counted (counted_at);
