-- Capabilities 3 to 7: what a payor sells and where, what it requires of providers, its
-- utilization-management rules and bulletins, and the people and conversations around it.
-- Every row belongs to one payor and carries its own row_version (the ETag of that row).

CREATE TABLE market_presence (
    id                   uuid PRIMARY KEY,
    payor_id             uuid          NOT NULL REFERENCES payor (id),
    state                text          NOT NULL CHECK (length(state) = 2),
    -- Null: the whole state. A county row refines its state and is never added to it.
    county               text CHECK (length(county) <= 100),
    covered_lives        bigint        NOT NULL CHECK (covered_lives >= 0),
    market_share_percent numeric(5, 2) CHECK (market_share_percent BETWEEN 0 AND 100),
    as_of                date          NOT NULL,
    source               text          NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    row_version          bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX market_presence_key ON market_presence (payor_id, state, coalesce(lower(county), ''));
-- "At least N lives in these states": an index-only sum over state rows.
CREATE INDEX market_presence_state_idx ON market_presence (state, payor_id) INCLUDE (covered_lives) WHERE county IS NULL;

CREATE TABLE plan_product (
    id               uuid PRIMARY KEY,
    payor_id         uuid        NOT NULL REFERENCES payor (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    line_of_business text        NOT NULL,
    states           text[]      NOT NULL DEFAULT '{}',
    notes            text CHECK (length(notes) <= 5000),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    row_version      bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX plan_product_name_key ON plan_product (payor_id, lower(name));

CREATE TABLE provider_requirement (
    id             uuid PRIMARY KEY,
    payor_id       uuid        NOT NULL REFERENCES payor (id),
    kind           text        NOT NULL CHECK (kind IN ('CREDENTIALING', 'ACCREDITATION', 'PANEL')),
    description    text        NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    panel_open     boolean,
    state          text CHECK (length(state) = 2),
    effective_date date        NOT NULL,
    end_date       date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    row_version    bigint      NOT NULL DEFAULT 0,
    CONSTRAINT provider_requirement_dates CHECK (end_date IS NULL OR end_date >= effective_date),
    CONSTRAINT provider_requirement_panel CHECK ((kind = 'PANEL') = (panel_open IS NOT NULL))
);
CREATE INDEX provider_requirement_payor_idx ON provider_requirement (payor_id);

CREATE TABLE bulletin (
    id             uuid PRIMARY KEY,
    payor_id       uuid        NOT NULL REFERENCES payor (id),
    title          text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    summary        text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
    published_on   date,
    effective_date date        NOT NULL,
    affected_codes text[]      NOT NULL DEFAULT '{}',
    impacts        text[]      NOT NULL,
    source_url     text CHECK (length(source_url) <= 2000),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    row_version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX bulletin_payor_idx ON bulletin (payor_id, effective_date);
-- "What takes effect in the next N days, across all payors."
CREATE INDEX bulletin_effective_idx ON bulletin (effective_date);

CREATE TABLE um_policy (
    id                  uuid PRIMARY KEY,
    payor_id            uuid        NOT NULL REFERENCES payor (id),
    code                text        NOT NULL,
    modifier            text CHECK (length(modifier) = 2),
    prior_auth_required boolean     NOT NULL,
    effective_date      date        NOT NULL,
    end_date            date,
    source_bulletin_id  uuid REFERENCES bulletin (id) ON DELETE SET NULL,
    notes               text CHECK (length(notes) <= 2000),
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    row_version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT um_policy_dates CHECK (end_date IS NULL OR end_date >= effective_date)
);
-- "Which of these codes need prior authorization on this date": one range scan per payor.
CREATE INDEX um_policy_lookup_idx ON um_policy (payor_id, code, effective_date);

CREATE TABLE contact (
    id          uuid PRIMARY KEY,
    payor_id    uuid        NOT NULL REFERENCES payor (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role        text        NOT NULL,
    email       text CHECK (length(email) <= 254),
    phone       text CHECK (length(phone) <= 30),
    notes       text CHECK (length(notes) <= 2000),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    row_version bigint      NOT NULL DEFAULT 0
);
CREATE INDEX contact_payor_idx ON contact (payor_id);

CREATE TABLE interaction (
    id                uuid PRIMARY KEY,
    payor_id          uuid        NOT NULL REFERENCES payor (id),
    contact_id        uuid REFERENCES contact (id) ON DELETE SET NULL,
    kind              text        NOT NULL CHECK (kind IN ('MEETING', 'CALL', 'EMAIL', 'CONFERENCE')),
    occurred_on       date        NOT NULL,
    notes             text CHECK (length(notes) <= 10000),
    outcome           text CHECK (length(outcome) <= 2000),
    next_follow_up_on date,
    follow_up_done    boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    row_version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT interaction_follow_up_after CHECK (next_follow_up_on IS NULL OR next_follow_up_on >= occurred_on)
);
CREATE INDEX interaction_payor_idx ON interaction (payor_id, occurred_on DESC);
-- "Follow-ups due in the next N days": only the open ones are indexed.
CREATE INDEX interaction_open_follow_up_idx ON interaction (next_follow_up_on) WHERE NOT follow_up_done AND next_follow_up_on IS NOT NULL;
