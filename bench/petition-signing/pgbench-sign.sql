-- pgbench's side of the signing benchmark: what a signature needs from the database, without
-- the web application. One transaction per signature: the petition locked against a deposit
-- (FOR SHARE, as Sawa does), the signer's profile and commune read, the durable insert whose
-- uniqueness constraints (one signature per person, one per national ID) PostgreSQL checks.
-- -D petition=<id>; each transaction takes the next benchmark account.
BEGIN;
SELECT status, threshold FROM petition WHERE id = :petition FOR SHARE;
INSERT INTO petition_signature (petition_id, person_id, national_id_hmac, commune_id, province_id, sex, age_band,
                                disability, area, channel, basis)
SELECT :petition, p.id, s.cin_hmac, c.id, c.parent_id, coalesce(p.sex, 'not_stated'), 'not_stated',
       'not_stated', c.kind, 'online', 'residence'
FROM bench_signer s
JOIN person p ON p.id = s.person_id
JOIN territory c ON c.id = p.residence_territory_id
WHERE s.n = (SELECT nextval('bench_signer_seq'))
ON CONFLICT DO NOTHING;
END;
