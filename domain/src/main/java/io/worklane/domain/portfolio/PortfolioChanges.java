package io.worklane.domain.portfolio;

import io.worklane.domain.shared.Change;
import java.util.UUID;

/** A partial change of a portfolio's own fields (its projects change through rank and remove). */
public record PortfolioChanges(Change<String> name, Change<String> description, Change<UUID> ownerId,
                               Change<String> currency, Change<UUID> parentId) {
}
