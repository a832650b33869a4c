-- one reminder per milestone and end date: claimed by its row, so it goes once even when every
-- node runs the job, and again only if the end date moves
CREATE TABLE commitment_reminder (
  milestone_id BIGINT      NOT NULL REFERENCES commitment_milestone (id),
  ends_on      DATE        NOT NULL,
  sent_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (milestone_id, ends_on)
);
