-- Avatars are served under a URL versioned by the picture's SHA-256 (hex), so browsers may cache them for good.
ALTER TABLE user_avatars ADD COLUMN hash TEXT NOT NULL DEFAULT '';
