package io.worklane.api.application.portfolio;

import java.util.UUID;

/** A new portfolio as a caller writes it: the parent by id. */
public record PortfolioDraft(String name, String description, UUID owner, String currency, String parent) {
}
