-- CT Hub schema v4: what referrals, retention and the person's requests need beyond v2. Portable SQL for
-- PostgreSQL and H2.

-- A response note is free text between organisations about a person, and nobody can promise what a caseworker
-- types into free text: it is stored encrypted like the case's identifiers (bound to its referral), under key
-- response_note_key_id. Encryption and base64 make text longer: 500 characters of UTF-8 need up to 2,040.
ALTER TABLE case_referral ALTER COLUMN response_note SET DATA TYPE VARCHAR(4000);
ALTER TABLE case_referral ADD COLUMN response_note_key_id VARCHAR(32);
ALTER TABLE case_referral ADD CONSTRAINT ck_case_referral_note_key
    CHECK (response_note IS NULL OR response_note_key_id IS NOT NULL);

-- The retention job looks for an organisation's cases closed before a date whose identifiers are still there.
CREATE INDEX ix_trafficking_case_retention ON trafficking_case (organisation_id, identifiers_erased_at, closed_at);

-- Who completed a person's request, next to when; and the requests of a case.
ALTER TABLE subject_request ADD COLUMN completed_by VARCHAR(100);
CREATE INDEX ix_subject_request_case ON subject_request (case_id);
