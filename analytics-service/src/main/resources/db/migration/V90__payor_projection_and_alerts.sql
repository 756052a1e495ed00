-- analytics' copy of each payor as of the newest payor-changed event applied: the name alerts show.
CREATE TABLE payor_projection (
    payor_id      uuid PRIMARY KEY,
    version       bigint      NOT NULL,
    name          text        NOT NULL,
    status        text,
    archived      boolean     NOT NULL,
    last_event_id uuid        NOT NULL,
    changed_at    timestamptz NOT NULL
);

-- A payor's bulletins and interactions (follow-ups), each as of the newest payor event that changed it
-- (item_version: that event's payor version, so an older event never overwrites a newer item).
CREATE TABLE payor_bulletin (
    id             uuid PRIMARY KEY,
    payor_id       uuid    NOT NULL,
    item_version   bigint  NOT NULL,
    removed        boolean NOT NULL,
    title          text    NOT NULL,
    published_on   date,
    effective_date date
);
CREATE INDEX payor_bulletin_effective_idx ON payor_bulletin (effective_date) WHERE NOT removed;

CREATE TABLE payor_interaction (
    id                uuid PRIMARY KEY,
    payor_id          uuid    NOT NULL,
    item_version      bigint  NOT NULL,
    removed           boolean NOT NULL,
    kind              text,
    occurred_on       date,
    next_follow_up_on date,
    follow_up_done    boolean NOT NULL
);
CREATE INDEX payor_interaction_follow_up_idx ON payor_interaction (next_follow_up_on)
    WHERE NOT removed AND NOT follow_up_done;

-- What one user did with one alert (acknowledged, snoozed); the alert id is a fingerprint of its facts,
-- so a change of the facts is another alert, open again.
CREATE TABLE alert_state (
    alert_id      text        NOT NULL,
    user_subject  text        NOT NULL,
    status        text        NOT NULL, -- OPEN, ACKNOWLEDGED, SNOOZED
    snoozed_until date,
    row_version   bigint      NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (alert_id, user_subject)
);
