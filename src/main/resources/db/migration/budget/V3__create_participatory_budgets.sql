-- Participatory budgets (issue 21): a territory's envelope for a year, proposals by residents and
-- associations, staff review, a vote, results. Ballots are kept apart from voters (ADR 0032).
CREATE TABLE pb_process (
    id bigserial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    territory_id bigint NOT NULL,
    year int NOT NULL,
    language text NOT NULL CHECK (language IN ('ar', 'fr')),
    title text NOT NULL,
    summary text NOT NULL,
    envelope numeric(14, 2) NOT NULL CHECK (envelope > 0),
    -- the envelope split by province or by theme, or not at all
    split text NOT NULL DEFAULT 'none' CHECK (split IN ('none', 'province', 'theme')),
    method text NOT NULL CHECK (method IN ('knapsack', 'approval')),
    choices int CHECK (choices BETWEEN 1 AND 20),
    -- a share of the envelope kept for projects proposed by or for women (or young people)
    reserved_share numeric(4, 3) NOT NULL DEFAULT 0 CHECK (reserved_share >= 0 AND reserved_share <= 0.5),
    reserved_for text CHECK (reserved_for IN ('women', 'youth')),
    proposals_from date NOT NULL,
    proposals_to date NOT NULL,
    review_to date NOT NULL,
    voting_from date NOT NULL,
    voting_to date NOT NULL,
    reviews_published_at timestamptz,
    results_published_at timestamptz,
    created_by bigint NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK (proposals_from <= proposals_to AND proposals_to <= review_to AND review_to < voting_from
        AND voting_from <= voting_to),
    CHECK ((method = 'approval') = (choices IS NOT NULL)),
    CHECK ((reserved_share = 0) = (reserved_for IS NULL))
);

-- The parts of a split envelope: a province's code or a theme, and its amount.
CREATE TABLE pb_part (
    process_id bigint NOT NULL REFERENCES pb_process (id) ON DELETE CASCADE,
    key text NOT NULL,
    amount numeric(14, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (process_id, key)
);

CREATE TABLE pb_proposal (
    id bigserial PRIMARY KEY,
    process_id bigint NOT NULL REFERENCES pb_process (id),
    number int NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    language text NOT NULL,
    commune_id bigint NOT NULL,
    place text NOT NULL DEFAULT '',
    theme text NOT NULL,
    estimated_cost numeric(14, 2) NOT NULL CHECK (estimated_cost > 0),
    for_women boolean NOT NULL DEFAULT false,
    for_youth boolean NOT NULL DEFAULT false,
    author_id bigint,
    association_id bigint,
    submitted_at timestamptz NOT NULL,
    withdrawn_at timestamptz,
    -- the review: feasible or not with the reason, the cost re-estimated, the competence checked
    feasible boolean,
    review_reason text,
    reviewed_cost numeric(14, 2) CHECK (reviewed_cost > 0),
    competence_checked boolean,
    reviewed_by bigint,
    reviewed_at timestamptz,
    UNIQUE (process_id, number),
    CHECK (feasible IS NULL OR feasible = false OR (reviewed_cost IS NOT NULL AND competence_checked))
);
CREATE INDEX pb_proposal_process ON pb_proposal (process_id, number);

CREATE TABLE pb_support (
    proposal_id bigint NOT NULL REFERENCES pb_proposal (id) ON DELETE CASCADE,
    person_id bigint NOT NULL,
    supported_at timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, person_id)
);

-- Who voted, for turnout and to keep one ballot per person and per ID number: the person's and
-- the ID number's keyed HMACs (never the number), the commune, what she declared of herself,
-- the channel, the day. Its salt leads to the ballot only with the ballot key, held outside the
-- database.
CREATE TABLE pb_voter (
    process_id bigint NOT NULL REFERENCES pb_process (id),
    cin_hmac text NOT NULL,
    person_hmac text,
    salt text NOT NULL UNIQUE,
    commune_id bigint NOT NULL,
    sex text NOT NULL,
    age_band text NOT NULL,
    disability text NOT NULL,
    area text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('online', 'paper')),
    polling_point text,
    voted_on date NOT NULL,
    PRIMARY KEY (process_id, cin_hmac),
    UNIQUE (process_id, person_hmac)
);

-- The ballots: which proposals, under a key no one can compute from a voter without the ballot
-- key. No time, no voter, no serial number.
CREATE TABLE pb_ballot (
    process_id bigint NOT NULL REFERENCES pb_process (id),
    ballot_key text NOT NULL,
    choices bigint[] NOT NULL CHECK (cardinality(choices) > 0),
    PRIMARY KEY (process_id, ballot_key)
);

-- The results as published: each proposal's votes, whether it won, and in which pass.
CREATE TABLE pb_result (
    process_id bigint NOT NULL REFERENCES pb_process (id),
    proposal_id bigint NOT NULL REFERENCES pb_proposal (id),
    votes int NOT NULL,
    rank int NOT NULL,
    selected boolean NOT NULL,
    reserved boolean NOT NULL,
    PRIMARY KEY (process_id, proposal_id)
);
