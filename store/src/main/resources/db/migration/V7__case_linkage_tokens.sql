-- CT Hub schema v7: keyed blocking tokens for the possible-duplicate check. Portable SQL for PostgreSQL and H2.
-- (V6 is left to another change; Flyway accepts the gap, as versions need only be increasing.)

-- One row per blocking token of a case: the first 64 bits of HMAC-SHA256, under a key derived from the data
-- key, of the owning organisation's id and a text such as the consonant skeleton of a name with the birth year
-- (org.cthub.linkage.duplicate.BlockingTexts). Without the key nobody can test a guessed name against them, and
-- because the organisation is hashed in, the same person's tokens in two organisations differ: the table cannot
-- be joined with itself to link organisations' cases. The check looks up, within its organisation (the primary
-- key's prefix), the tokens of the person being registered and decrypts only the cases that share one. Rows go
-- with their case, and are recomputed when a transfer moves it.
CREATE TABLE case_link_token (
    case_id         BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    token           BIGINT NOT NULL,
    CONSTRAINT pk_case_link_token PRIMARY KEY (organisation_id, token, case_id),
    CONSTRAINT fk_case_link_token_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_link_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_case_link_token_case ON case_link_token (case_id);

-- The cases whose tokens are written (a case with neither name nor birth date has none). Cases stored before
-- this version have no row; the check fills them once per organisation, before its first lookup, because SQL
-- cannot compute the HMAC.
CREATE TABLE case_link_state (
    case_id   BIGINT NOT NULL,
    filled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_link_state PRIMARY KEY (case_id),
    CONSTRAINT fk_case_link_state_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);
