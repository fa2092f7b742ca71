package io.worklane.api.graphql.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The preferences after the change, per workspace.")
public record PreferencesPayload(@Description("The preferences after the change, per workspace.") @NonNull List<@NonNull WorkspacePreferencesType> workspaces) {
}
