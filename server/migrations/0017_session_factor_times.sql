-- Each factor's check counts on its own (its own lifetime in the login policy). For that a session keeps when it
-- first passed a first factor (password, passkey or external login): later re-checks move password_checked_at and
-- the factors' checked_at forward, this stays. A second factor counts only if checked at or after it, and a factor
-- the user enrolled after it does not bind the session.
ALTER TABLE sessions ADD COLUMN first_factor_at TEXT;
UPDATE sessions SET first_factor_at = (
    SELECT MIN(f.checked_at) FROM session_factors f
    WHERE f.session_id = sessions.id AND (f.kind = 'intent' OR (f.kind = 'webauthn' AND f.user_verified))
);
UPDATE sessions SET first_factor_at = password_checked_at
WHERE password_checked_at IS NOT NULL AND (first_factor_at IS NULL OR password_checked_at < first_factor_at);

-- The user a factor was checked for: a factor counts only for the session's user, never for another.
ALTER TABLE session_factors ADD COLUMN user_id TEXT;
UPDATE session_factors SET user_id = (SELECT s.user_id FROM sessions s WHERE s.id = session_factors.session_id);
