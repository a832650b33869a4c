-- Budgets of collectivities and their citizen version (issue 21). Amounts in dirhams with two
-- decimals; a line's gender marker is the OECD DAC gender equality policy marker.

-- The codes a budget line is classified by, beside the collectivity's own chapters and articles:
-- its function (the divisions of the UN classification of the functions of government, COFOG)
-- and its economic nature (where revenue comes from, what spending buys).
CREATE TABLE budget_code (
    kind text NOT NULL CHECK (kind IN ('function', 'nature')),
    code text NOT NULL,
    direction text NOT NULL CHECK (direction IN ('revenue', 'expenditure')),
    name_ar text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    name_zgh text NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (kind, code)
);

-- One budget per collectivity and year, replaced whole by each import; the public sees it once
-- published.
CREATE TABLE budget (
    id bigserial PRIMARY KEY,
    territory_id bigint NOT NULL,
    year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    language text NOT NULL CHECK (language IN ('ar', 'fr')),
    source text NOT NULL,
    currency text NOT NULL DEFAULT 'MAD',
    file_sha256 text NOT NULL,
    imported_by bigint NOT NULL,
    imported_at timestamptz NOT NULL,
    published_at timestamptz,
    UNIQUE (territory_id, year)
);

-- A chapter's totals as the budget declares them; its articles must add up to them.
CREATE TABLE budget_chapter (
    budget_id bigint NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    direction text NOT NULL CHECK (direction IN ('revenue', 'expenditure')),
    section text NOT NULL CHECK (section IN ('operating', 'investment')),
    code text NOT NULL,
    label_ar text NOT NULL DEFAULT '',
    label_fr text NOT NULL DEFAULT '',
    label_en text NOT NULL DEFAULT '',
    label_zgh text NOT NULL DEFAULT '',
    voted numeric(16, 2) NOT NULL CHECK (voted >= 0),
    amended numeric(16, 2) CHECK (amended >= 0),
    executed numeric(16, 2) CHECK (executed >= 0),
    position int NOT NULL,
    PRIMARY KEY (budget_id, direction, section, code)
);

CREATE TABLE budget_line (
    id bigserial PRIMARY KEY,
    budget_id bigint NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    position int NOT NULL,
    direction text NOT NULL CHECK (direction IN ('revenue', 'expenditure')),
    section text NOT NULL CHECK (section IN ('operating', 'investment')),
    chapter text NOT NULL,
    article text NOT NULL,
    programme text NOT NULL DEFAULT '',
    function_code text,
    nature_code text NOT NULL,
    label_ar text NOT NULL DEFAULT '',
    label_fr text NOT NULL DEFAULT '',
    label_en text NOT NULL DEFAULT '',
    label_zgh text NOT NULL DEFAULT '',
    voted numeric(16, 2) NOT NULL CHECK (voted >= 0),
    amended numeric(16, 2) CHECK (amended >= 0),
    executed numeric(16, 2) CHECK (executed >= 0),
    -- 0 not targeted, 1 significant objective, 2 principal objective; spending only
    gender_marker smallint CHECK (gender_marker BETWEEN 0 AND 2),
    beneficiaries_female int CHECK (beneficiaries_female >= 0),
    beneficiaries_male int CHECK (beneficiaries_male >= 0),
    beneficiaries_0_14 int CHECK (beneficiaries_0_14 >= 0),
    beneficiaries_15_34 int CHECK (beneficiaries_15_34 >= 0),
    beneficiaries_35_plus int CHECK (beneficiaries_35_plus >= 0),
    UNIQUE (budget_id, direction, section, chapter, article),
    FOREIGN KEY (budget_id, direction, section, chapter) REFERENCES budget_chapter (budget_id, direction, section, code)
        ON DELETE CASCADE,
    CHECK ((direction = 'expenditure') = (gender_marker IS NOT NULL)),
    CHECK ((direction = 'expenditure') = (function_code IS NOT NULL))
);
CREATE INDEX budget_line_budget ON budget_line (budget_id, position);

-- Budget words explained in plain language, written by national administrators in each language.
CREATE TABLE budget_term (
    id bigserial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    position int NOT NULL
);
CREATE TABLE budget_term_text (
    term_id bigint NOT NULL REFERENCES budget_term (id) ON DELETE CASCADE,
    language text NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
    word text NOT NULL,
    meaning text NOT NULL,
    updated_by bigint,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (term_id, language)
);
