package io.worklane.api.graphql.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.InboxService;
import io.worklane.api.application.notification.PreferenceService;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.Preference;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class NotificationMutations {
    private final InboxService inbox;
    private final PreferenceService preferences;
    private final CurrentCaller caller;

    public NotificationMutations(InboxService inbox, PreferenceService preferences, CurrentCaller caller) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.caller = caller;
    }

    @Mutation("markNotificationRead")
    @Description("Marks one of your notifications read (NOTIFICATION_NOT_FOUND for anyone else's). Needs workspace:read.")
    public Uni<NotificationPayload> markNotificationRead(@Name("input") @NonNull MarkReadInput in) {
        return Uni.createFrom().deferred(() -> inbox.markRead(caller.get(), in.id))
                .map(n -> new NotificationPayload(new Notification(n)));
    }

    @Mutation("markAllNotificationsRead")
    @Description("Marks all your unread notifications read; answers how many were. Needs workspace:read.")
    public Uni<MarkedReadPayload> markAllNotificationsRead() {
        return Uni.createFrom().deferred(() -> inbox.markAllRead(caller.get())).map(MarkedReadPayload::new);
    }

    @Mutation("updateNotificationPreferences")
    @Description("Sets your channel (and digest) for the kinds given, in each of your workspaces or in one. An API key"
            + " has none: NOT_A_PERSON. Needs workspace:read.")
    public Uni<PreferencesPayload> updateNotificationPreferences(@Name("input") @NonNull UpdatePreferencesInput in) {
        return Uni.createFrom().deferred(() -> {
            if (in.preferences.isEmpty() || in.preferences.size() > 20) {
                throw DomainException.validation(List.of(new FieldError("preferences", "OUT_OF_RANGE",
                        "give between 1 and 20 preferences")));
            }
            List<Preference> choices = in.preferences.stream().map(p -> new Preference(p.kind.domain(),
                    io.worklane.domain.notification.Channel.valueOf(p.channel.name()),
                    p.digest == null ? Digest.IMMEDIATE : Digest.valueOf(p.digest.name()))).toList();
            return preferences.update(caller.get(), in.workspace, choices);
        }).map(all -> new PreferencesPayload(all.stream().map(WorkspacePreferencesType::of).toList()));
    }
}
