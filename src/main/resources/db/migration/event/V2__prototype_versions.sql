-- A lab's prototypes are written by staff for the public: their title and description have
-- versions in the other languages, kept with the event's.
ALTER TABLE event_text DROP CONSTRAINT event_text_subject_check;
ALTER TABLE event_text ADD CONSTRAINT event_text_subject_check CHECK (subject IN ('event', 'prototype'));
