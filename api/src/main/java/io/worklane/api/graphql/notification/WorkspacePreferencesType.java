package io.worklane.api.graphql.notification;

import io.worklane.api.application.notification.WorkspacePreferences;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("WorkspaceNotificationPreferences")
@Description("A person's notification preferences in one of their workspaces, one per kind (chosen or default).")
public record WorkspacePreferencesType(@Description("The workspace's id.") @NonNull String workspaceId, @Description("The workspace's slug.") String workspaceSlug,
                                       @Description("One preference per kind of notification.") @NonNull List<@NonNull NotificationPreferenceType> preferences) {
    public static WorkspacePreferencesType of(WorkspacePreferences w) {
        return new WorkspacePreferencesType(w.workspaceId().toString(), w.workspaceSlug(), w.preferences().stream()
                .map(p -> new NotificationPreferenceType(NotificationKindType.of(p.kind()),
                        NotificationChannel.valueOf(p.channel().name()), NotificationDigest.valueOf(p.digest().name())))
                .toList());
    }
}
