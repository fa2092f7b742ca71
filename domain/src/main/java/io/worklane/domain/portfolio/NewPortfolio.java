package io.worklane.domain.portfolio;

import java.util.UUID;

/** What a new portfolio is made of. */
public record NewPortfolio(String name, String description, UUID ownerId, String currency, UUID parentId) {
}
