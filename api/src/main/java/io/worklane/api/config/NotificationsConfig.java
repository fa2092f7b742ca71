package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Notifications and their e-mail (prefix {@code worklane.notifications}; also WORKLANE_NOTIFICATIONS_…; ADR 0038, 0039). */
@ConfigMapping(prefix = "worklane.notifications")
public interface NotificationsConfig {
    /**
     * Changes of one kind to one item within this window after a person's unread notification about it began
     * add to that notification instead of making another (WORKLANE_NOTIFICATIONS_COALESCE_WINDOW).
     */
    @WithDefault("1m")
    Duration coalesceWindow();

    Mail mail();

    Reminders reminders();

    interface Reminders {
        /** Whether this instance fires due reminders (WORKLANE_NOTIFICATIONS_REMINDERS_ENABLED); claimed with SKIP LOCKED. */
        @WithDefault("true")
        boolean enabled();

        /** How often due reminders are looked for (WORKLANE_NOTIFICATIONS_REMINDERS_TICK). */
        @WithDefault("30s")
        Duration tick();
    }

    interface Mail {
        /** Whether this instance sends the mail outbox and gathers digests (WORKLANE_NOTIFICATIONS_MAIL_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the mail worker looks for due mail when nothing woke it (WORKLANE_NOTIFICATIONS_MAIL_POLL_INTERVAL). */
        @WithDefault("2s")
        Duration pollInterval();

        /**
         * The waits before each attempt at a mail (WORKLANE_NOTIFICATIONS_MAIL_RETRY_SCHEDULE), as for webhooks;
         * once used up, the last wait repeats: mail is delayed by an outage, never dropped.
         */
        @WithDefault("0s,30s,2m,10m,30m,1h")
        String retrySchedule();

        /** How long the SMTP server has to take one mail (WORKLANE_NOTIFICATIONS_MAIL_TIMEOUT). */
        @WithDefault("30s")
        Duration timeout();

        /** How many mails one claim leases (WORKLANE_NOTIFICATIONS_MAIL_BATCH_SIZE). */
        @WithDefault("20")
        int batchSize();

        /** How long a claimed mail is held before another worker may take it (WORKLANE_NOTIFICATIONS_MAIL_LEASE). */
        @WithDefault("5m")
        Duration lease();
    }
}
