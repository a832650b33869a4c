-- One way to fold and index a text for searching, shared by every module's search column and
-- query (ADR 0024): case, Latin accents and Arabic short vowels, shadda, tatweel and hamza
-- carriers folded away (أ إ آ ؤ ئ → ا و ي), ta marbuta → ha, alif maqsura → ya; then indexed
-- stemmed as French and as Arabic, and as written.
CREATE FUNCTION sawa_fold(t TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT translate(lower(regexp_replace(normalize(t, NFKD), '[\u0300-\u036F\u064B-\u065F\u0670\u0640]', '', 'g')),
                   'ةىٱ', 'هيا')
$$;

CREATE FUNCTION sawa_vector(t TEXT) RETURNS TSVECTOR
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('french', sawa_fold(coalesce(t, ''))) || to_tsvector('arabic', sawa_fold(coalesce(t, '')))
         || to_tsvector('simple', sawa_fold(coalesce(t, '')))
$$;

-- a document: its title weighs more than its body
CREATE FUNCTION sawa_document(title TEXT, body TEXT) RETURNS TSVECTOR
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(sawa_vector(title), 'A') || setweight(sawa_vector(body), 'B')
$$;

-- what a person typed, as a query over such documents (quotes, OR and -word as on the web)
CREATE FUNCTION sawa_query(q TEXT) RETURNS TSQUERY
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('french', sawa_fold(coalesce(q, ''))) || websearch_to_tsquery('arabic', sawa_fold(coalesce(q, '')))
         || websearch_to_tsquery('simple', sawa_fold(coalesce(q, '')))
$$;
