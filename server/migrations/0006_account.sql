-- Account centre: phone verification, an email change waiting for its code, throttled code sends, avatars.

-- The phone number's verification state (users.phone holds the number itself).
ALTER TABLE users ADD COLUMN phone_verified INTEGER NOT NULL DEFAULT 0;

-- A self-service email change: the new address waits here until its code is entered, while the old (verified)
-- address stays the login email.
ALTER TABLE users ADD COLUMN pending_email TEXT;

-- Every code sent at a user's own request, to throttle resends (rows older than the window are pruned on insert).
CREATE TABLE code_sends (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX code_sends_user ON code_sends(user_id, purpose);

-- Avatars: a cropped square image, at most 256 KiB.
CREATE TABLE user_avatars (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    image BLOB NOT NULL,
    changed_at TEXT NOT NULL
);
