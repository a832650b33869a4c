-- Stocks (councillors in office) are not summed over periods: over a year they take the value of
-- the latest period recorded; across territories they are still summed.
ALTER TABLE indicator DROP CONSTRAINT indicator_aggregation_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_aggregation_check CHECK (aggregation IN ('sum', 'last', 'ratio'));
