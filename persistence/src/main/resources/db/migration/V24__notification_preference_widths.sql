-- V22 made notification_preferences.channel and .digest varchar(8), too narrow for the digest IMMEDIATE (9
-- characters): every saved preference failed. Widened here rather than in V22, which main already carries.
ALTER TABLE notification_preferences
    ALTER COLUMN channel TYPE varchar(16),
    ALTER COLUMN digest TYPE varchar(16);
