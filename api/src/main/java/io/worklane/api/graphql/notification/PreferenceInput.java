package io.worklane.api.graphql.notification;

import io.worklane.domain.notification.Channel;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.NotificationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("NotificationPreferenceInput")
@Description("One kind's channel, and for EMAIL its digest (IMMEDIATE when left out).")
public class PreferenceInput {
    @NonNull
    @Description("The kind of notification.")
    public NotificationKind kind;
    @NonNull
    @Description("INBOX, EMAIL or NONE.")
    public Channel channel;
    @Description("IMMEDIATE (default), HOURLY or DAILY.")
    public Digest digest;
}
