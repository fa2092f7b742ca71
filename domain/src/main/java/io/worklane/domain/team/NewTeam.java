package io.worklane.domain.team;

import java.util.List;
import java.util.UUID;

/** What a new team is made of: its name, what it does, its lead and its first members (all member ids). */
public record NewTeam(String name, String description, UUID leadId, List<UUID> memberIds) {
}
