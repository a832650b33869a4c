-- pgbench's side of the voting benchmark: what a ballot needs from the database, without the web
-- application. One transaction per ballot, as Sawa's: the voter's two keys locked (advisory locks),
-- an earlier ballot of hers looked for, her voter row and her ballot inserted, the participation
-- event recorded in the event publication registry (what the inclusion lens counts; each a different
-- text, as real events are: the registry indexes the text by hash).
-- -D pb=<id>; each transaction takes the next benchmark account.
SELECT nextval('bench_voter_seq') AS n \gset
BEGIN;
SELECT pg_advisory_xact_lock(hashtextextended('pb:' || :pb || ':' || cin_hmac, 0)),
       pg_advisory_xact_lock(hashtextextended('pb:' || :pb || ':' || person_hmac, 0))
FROM bench_voter WHERE n = :n;
SELECT salt, channel FROM pb_voter WHERE process_id = :pb AND cin_hmac = (SELECT cin_hmac FROM bench_voter WHERE n = :n)
UNION SELECT salt, channel FROM pb_voter
WHERE process_id = :pb AND person_hmac = (SELECT person_hmac FROM bench_voter WHERE n = :n);
INSERT INTO pb_voter (process_id, cin_hmac, person_hmac, salt, commune_id, sex, age_band, disability, area, channel,
                      voted_on)
SELECT :pb, cin_hmac, person_hmac, salt, commune_id, 'female', '25-34', 'not_stated', 'rural', 'online', current_date
FROM bench_voter WHERE n = :n;
INSERT INTO pb_ballot (process_id, ballot_key, choices)
SELECT :pb, ballot_key, ARRAY(SELECT id FROM pb_proposal WHERE process_id = :pb AND number IN (1 + :n % 8, 1 + (:n + 1) % 8)
                              ORDER BY id)
FROM bench_voter WHERE n = :n;
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
VALUES (gen_random_uuid(), 'bench', 'org.sawa.account.ParticipationRecorded', '{"ballot":' || :n || '}', now());
END;
