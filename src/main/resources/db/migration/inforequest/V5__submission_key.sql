-- The key of the form a request was filed from: the same form sent twice (a double click, a
-- slow connection retried) files one request, with one legal clock, not two.
ALTER TABLE info_request ADD COLUMN submission_key UUID;
CREATE UNIQUE INDEX info_request_submission_key ON info_request (submission_key) WHERE submission_key IS NOT NULL;
