-- "Who takes part" of the country read its 4,381 rollup rows (48 months) from 3,886 table pages:
-- a territory's rows are written month after month among every other territory's, one to a page
-- (55 ms a view on the national database). The key now carries the count (INCLUDE), so that a
-- territory's months are read from the index alone (8 ms). The price: a fold's update of a
-- count also writes the index (no heap-only update), a few thousand rows a fold at most.
ALTER TABLE participation_rollup DROP CONSTRAINT participation_rollup_pkey,
  ADD PRIMARY KEY (territory_id, month, channel, dimension, option) INCLUDE (count);
