-- a citizen's report (feedback module) may be followed too
ALTER TABLE follow_subscription DROP CONSTRAINT follow_subscription_kind_check;
ALTER TABLE follow_subscription ADD CONSTRAINT follow_subscription_kind_check
  CHECK (kind IN ('consultation', 'petition', 'inforequest', 'commitment', 'event', 'territory', 'feedback'));
