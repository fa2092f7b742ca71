package io.worklane.api.application.team;

import java.util.List;
import java.util.UUID;

/** A new team as a caller writes it: the lead and the members by member id. */
public record TeamDraft(String name, String description, UUID lead, List<UUID> members) {
}
