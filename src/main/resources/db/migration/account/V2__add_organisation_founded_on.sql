-- The day an association was legally constituted: the organic laws let an association petition a
-- council only after a number of years (petition rule association_years). Unknown until stated.
ALTER TABLE organisation ADD COLUMN founded_on DATE CHECK (founded_on >= DATE '1900-01-01');
