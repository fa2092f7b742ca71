package io.worklane.api.application.notification;

import io.worklane.domain.notification.Preference;
import java.util.List;
import java.util.UUID;

/** A person's preferences in one of their workspaces: one line per kind, chosen or default. */
public record WorkspacePreferences(UUID workspaceId, String workspaceSlug, List<Preference> preferences) {
}
