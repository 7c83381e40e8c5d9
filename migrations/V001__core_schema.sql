-- V001: the loader's base tables (schema baocao). Analysts read the `report`
-- views (V004+), never these tables directly; their shape may change.
--
-- Conventions:
--   * every fact belongs to one document; deleting (or replacing) a document
--     removes its facts and their evidence through ON DELETE CASCADE;
--   * a locality is keyed by (era, code): GSO codes of the pre-2025 three-level
--     system (era 2024) and of the two-level system from 2025-07-01 (era 2025)
--     overlap, so the era is part of the key. Facts carry both columns plus the
--     name as written when the place did not resolve;
--   * evidence offsets are CHARACTER offsets into documents.text (0-based,
--     half-open), so substr(text, start + 1, end - start) is the sentence.

CREATE SCHEMA IF NOT EXISTS baocao;

-- Administrative units ------------------------------------------------------

CREATE TABLE baocao.localities (
    era            smallint NOT NULL CHECK (era IN (2024, 2025)),
    code           text     NOT NULL CHECK (code ~ '^[0-9]+$'),
    name           text     NOT NULL,  -- without the type word: "Cẩm Xuyên"
    type           text     NOT NULL,  -- "Huyện", "Thị xã", "Xã", "Phường", "Tỉnh", ...
    -- 1 province level, 2 district level (era 2024 only), 3 commune level
    -- (both eras: the gazetteer's level 2 of era 2025 is stored as 3).
    level          smallint NOT NULL CHECK (level IN (1, 2, 3)),
    parent_code    text,
    province_code  text     NOT NULL,
    valid_from     date,               -- NULL = since before the data begins
    valid_to       date,               -- last day valid (inclusive); NULL = still valid
    PRIMARY KEY (era, code),
    FOREIGN KEY (era, parent_code)   REFERENCES baocao.localities (era, code) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (era, province_code) REFERENCES baocao.localities (era, code) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX localities_name_idx     ON baocao.localities (name);
CREATE INDEX localities_parent_idx   ON baocao.localities (era, parent_code);
CREATE INDEX localities_province_idx ON baocao.localities (era, province_code);

-- Old unit (era 2024) -> new unit (era 2025) of the 1 July 2025 reform.
CREATE TABLE baocao.locality_mapping_2025 (
    old_code   text     NOT NULL,
    new_code   text     NOT NULL,
    old_era    smallint NOT NULL DEFAULT 2024 CHECK (old_era = 2024),
    new_era    smallint NOT NULL DEFAULT 2025 CHECK (new_era = 2025),
    relation   text     NOT NULL CHECK (relation IN ('full', 'partial')),
    PRIMARY KEY (old_code, new_code),
    FOREIGN KEY (old_era, old_code) REFERENCES baocao.localities (era, code),
    FOREIGN KEY (new_era, new_code) REFERENCES baocao.localities (era, code)
);
CREATE INDEX locality_mapping_2025_new_idx ON baocao.locality_mapping_2025 (new_code);

-- Indicator catalog -----------------------------------------------------------

CREATE TABLE baocao.indicator_catalog (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    unit     text,   -- the unit figures of this indicator usually have
    meaning  text    -- plain-words description
);

-- Documents ---------------------------------------------------------------------

CREATE TABLE baocao.documents (
    document_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_name           text        NOT NULL UNIQUE,  -- the input file's base name
    path                  text,
    title                 text,
    published_on          date,
    author                text,
    site                  text,
    sha256                text        NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    text                  text        NOT NULL,         -- normalized text; evidence points into it
    context_province_code text,
    is_meeting_report     boolean     NOT NULL DEFAULT false,
    rejection_reason      text,
    loaded_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_published_on_idx ON baocao.documents (published_on);

-- Places named in the text and what they resolved to.
CREATE TABLE baocao.place_mentions (
    place_mention_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       bigint   NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    ordinal           integer  NOT NULL,
    surface           text     NOT NULL,
    locality_era      smallint,
    locality_code     text,
    FOREIGN KEY (locality_era, locality_code) REFERENCES baocao.localities (era, code),
    UNIQUE (document_id, ordinal)
);
CREATE INDEX place_mentions_locality_idx ON baocao.place_mentions (locality_era, locality_code);

-- Meetings ----------------------------------------------------------------------

CREATE TABLE baocao.meetings (
    meeting_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id     bigint   NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    ordinal         smallint NOT NULL,   -- 0 = the article's main meeting
    held_on         date,
    time_of_day     text,                -- 'sáng', 'chiều', 'tối'
    organizer       text,
    locality_era    smallint,
    locality_code   text,
    locality_text   text,                -- the name as written when it did not resolve
    kind            text,
    session_number  smallint,
    term            text,
    online          boolean  NOT NULL DEFAULT false,
    period_start    date,
    period_end      date,
    period_label    text,
    chair_name      text,
    FOREIGN KEY (locality_era, locality_code) REFERENCES baocao.localities (era, code),
    UNIQUE (document_id, ordinal),
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
);
CREATE INDEX meetings_held_on_idx  ON baocao.meetings (held_on);
CREATE INDEX meetings_locality_idx ON baocao.meetings (locality_era, locality_code);

-- Officials ---------------------------------------------------------------------

-- One row per person: the same full name in the same province is taken to be
-- the same person across articles ('' when the province is unknown).
CREATE TABLE baocao.persons (
    person_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name      text NOT NULL CHECK (full_name <> ''),
    province_name  text NOT NULL DEFAULT '',
    UNIQUE (full_name, province_name)
);

-- One row per person per article.
CREATE TABLE baocao.official_mentions (
    official_mention_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id         bigint  NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    person_id           bigint  NOT NULL REFERENCES baocao.persons,
    ordinal             integer NOT NULL,
    titles              text[]  NOT NULL DEFAULT '{}',
    role                text    NOT NULL CHECK (role IN ('chair', 'speaker', 'reporter', 'attendee', 'mentioned')),
    UNIQUE (document_id, person_id)
);
CREATE INDEX official_mentions_person_idx ON baocao.official_mentions (person_id);

-- Indicators --------------------------------------------------------------------

CREATE TABLE baocao.indicator_values (
    indicator_value_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id        bigint   NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    meeting_id         bigint   REFERENCES baocao.meetings ON DELETE CASCADE,  -- the meeting that reported it
    ordinal            integer  NOT NULL,
    locality_era       smallint,
    locality_code      text,
    locality_text      text,
    indicator_code     text     NOT NULL DEFAULT 'other' REFERENCES baocao.indicator_catalog (code),
    label              text     NOT NULL,
    value              numeric  NOT NULL,   -- base units: đồng, dollars, percent points, ...
    unit               text     NOT NULL,
    qualifier          text CHECK (qualifier IN ('estimate', 'more_than', 'less_than', 'about')),
    out_of             numeric,
    period_start       date,
    period_end         date,
    period_label       text,
    FOREIGN KEY (locality_era, locality_code) REFERENCES baocao.localities (era, code),
    UNIQUE (document_id, ordinal),
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
);
CREATE INDEX indicator_values_code_period_idx ON baocao.indicator_values (indicator_code, period_end);
CREATE INDEX indicator_values_locality_idx    ON baocao.indicator_values (locality_era, locality_code, indicator_code);
CREATE INDEX indicator_values_meeting_idx     ON baocao.indicator_values (meeting_id);

CREATE TABLE baocao.indicator_comparisons (
    comparison_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_value_id bigint  NOT NULL REFERENCES baocao.indicator_values ON DELETE CASCADE,
    document_id        bigint  NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    ordinal            integer NOT NULL,
    kind               text    NOT NULL CHECK (kind IN ('ratio_to_plan', 'ratio_to_prior', 'change_vs_prior')),
    percent            numeric NOT NULL,
    basis              text,
    UNIQUE (indicator_value_id, ordinal)
);
CREATE INDEX indicator_comparisons_document_idx ON baocao.indicator_comparisons (document_id);

-- Targets -----------------------------------------------------------------------

CREATE TABLE baocao.targets (
    target_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id     bigint   NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    locality_era    smallint,
    locality_code   text,
    locality_text   text,
    target_year     smallint NOT NULL CHECK (target_year BETWEEN 1900 AND 2200),
    indicator_code  text     NOT NULL DEFAULT 'other' REFERENCES baocao.indicator_catalog (code),
    label           text     NOT NULL,
    direction       text CHECK (direction IN ('min', 'max', 'eq')),
    value           numeric,             -- NULL for a qualitative goal
    unit            text,
    text            text     NOT NULL,   -- the goal as written
    FOREIGN KEY (locality_era, locality_code) REFERENCES baocao.localities (era, code),
    UNIQUE (document_id, ordinal)
);
CREATE INDEX targets_code_year_idx ON baocao.targets (indicator_code, target_year);
CREATE INDEX targets_locality_idx  ON baocao.targets (locality_era, locality_code, indicator_code, target_year);

-- Evidence ----------------------------------------------------------------------

-- Where a fact came from: exactly one of the fact columns is set. Offsets are
-- CHARACTER offsets into documents.text, half-open: the sentence is
-- substr(text, sentence_start + 1, sentence_end - sentence_start) and the
-- matched words lie inside it.
CREATE TABLE baocao.evidence (
    evidence_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id          bigint  NOT NULL REFERENCES baocao.documents ON DELETE CASCADE,
    meeting_id           bigint  REFERENCES baocao.meetings              ON DELETE CASCADE,
    official_mention_id  bigint  REFERENCES baocao.official_mentions     ON DELETE CASCADE,
    indicator_value_id   bigint  REFERENCES baocao.indicator_values      ON DELETE CASCADE,
    comparison_id        bigint  REFERENCES baocao.indicator_comparisons ON DELETE CASCADE,
    target_id            bigint  REFERENCES baocao.targets               ON DELETE CASCADE,
    place_mention_id     bigint  REFERENCES baocao.place_mentions        ON DELETE CASCADE,
    fact_kind            text    NOT NULL GENERATED ALWAYS AS (
        CASE WHEN meeting_id          IS NOT NULL THEN 'meeting'
             WHEN official_mention_id IS NOT NULL THEN 'official_mention'
             WHEN indicator_value_id  IS NOT NULL THEN 'indicator_value'
             WHEN comparison_id       IS NOT NULL THEN 'indicator_comparison'
             WHEN target_id           IS NOT NULL THEN 'target'
             ELSE 'place_mention' END) STORED,
    sentence_text        text    NOT NULL,
    sentence_start       integer NOT NULL CHECK (sentence_start >= 0),
    sentence_end         integer NOT NULL,
    match_start          integer NOT NULL,
    match_end            integer NOT NULL,
    CHECK (num_nonnulls(meeting_id, official_mention_id, indicator_value_id,
                        comparison_id, target_id, place_mention_id) = 1),
    CHECK (sentence_start <= sentence_end AND match_start <= match_end)
);
CREATE INDEX evidence_document_idx          ON baocao.evidence (document_id);
CREATE INDEX evidence_meeting_idx           ON baocao.evidence (meeting_id)          WHERE meeting_id IS NOT NULL;
CREATE INDEX evidence_official_mention_idx  ON baocao.evidence (official_mention_id) WHERE official_mention_id IS NOT NULL;
CREATE INDEX evidence_indicator_value_idx   ON baocao.evidence (indicator_value_id)  WHERE indicator_value_id IS NOT NULL;
CREATE INDEX evidence_comparison_idx        ON baocao.evidence (comparison_id)       WHERE comparison_id IS NOT NULL;
CREATE INDEX evidence_target_idx            ON baocao.evidence (target_id)           WHERE target_id IS NOT NULL;
CREATE INDEX evidence_place_mention_idx     ON baocao.evidence (place_mention_id)    WHERE place_mention_id IS NOT NULL;
