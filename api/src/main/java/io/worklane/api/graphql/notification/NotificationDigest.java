package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("For EMAIL: each at once (IMMEDIATE), or gathered into one mail at the next full hour (HOURLY) or at"
        + " 08:00 in the workspace's time zone (DAILY).")
public enum NotificationDigest {
    IMMEDIATE, HOURLY, DAILY
}
