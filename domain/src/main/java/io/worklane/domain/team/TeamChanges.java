package io.worklane.domain.team;

import io.worklane.domain.shared.Change;
import java.util.UUID;

/** A partial change of a team's own fields (its members change through add and remove). */
public record TeamChanges(Change<String> name, Change<String> description, Change<UUID> leadId) {
}
