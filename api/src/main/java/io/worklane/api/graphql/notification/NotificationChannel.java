package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a kind of notification goes: INBOX (the inbox only), EMAIL (the inbox and e-mail) or NONE.")
public enum NotificationChannel {
    INBOX, EMAIL, NONE
}
