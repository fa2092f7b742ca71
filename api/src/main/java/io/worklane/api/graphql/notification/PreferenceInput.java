package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("NotificationPreferenceInput")
@Description("One kind's channel, and for EMAIL its digest (IMMEDIATE when left out).")
public class PreferenceInput {
    @NonNull
    @Description("The kind of notification.")
    public NotificationKindType kind;
    @NonNull
    @Description("INBOX, EMAIL or NONE.")
    public NotificationChannel channel;
    @Description("IMMEDIATE (default), HOURLY or DAILY.")
    public NotificationDigest digest;
}
