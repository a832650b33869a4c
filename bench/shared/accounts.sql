-- The benchmark accounts, for the benchmark's own temporary database (never a real one), inside the
-- including script's transaction. psql variables: n (accounts), hash (one Argon2id hash of the
-- benchmark password with cheap parameters: logging the accounts in is setup, not what is measured).
-- the accounts: confirmed, each with a residence commune of Béni Mellal-Khénifra (round robin),
-- a sex and a birth year, as a signer's profile would have
INSERT INTO person (email, password_hash, display_name, preferred_language, email_confirmed_at, sex, birth_year,
                    residence_territory_id)
SELECT format('bench%s@sawa.bench', lpad(i::text, 6, '0')), :'hash', 'Bench ' || i, 'fr', now(),
       CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, 1950 + i % 56, c.id
FROM generate_series(1, :n) AS i
JOIN (SELECT t.id, row_number() OVER (ORDER BY t.id) - 1 AS k, count(*) OVER () AS total
      FROM territory t JOIN territory r ON t.path LIKE r.path || '%'
      WHERE r.code = 'MA-05' AND t.level = 'commune') AS c ON c.k = i % c.total;

