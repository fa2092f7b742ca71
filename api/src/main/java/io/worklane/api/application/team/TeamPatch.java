package io.worklane.api.application.team;

import io.worklane.domain.shared.Change;
import java.util.UUID;

/** A partial change of a team as a caller writes it (null lead: no lead). */
public record TeamPatch(Change<String> name, Change<String> description, Change<UUID> lead) {
}
