package io.worklane.api.application.portfolio;

import io.worklane.domain.shared.Change;
import java.util.UUID;

/** A partial change of a portfolio as a caller writes it (the parent by id; null moves it to the top). */
public record PortfolioPatch(Change<String> name, Change<String> description, Change<UUID> owner,
                             Change<String> currency, Change<String> parent) {
}
