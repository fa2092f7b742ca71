package io.worklane.domain.risk;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A threat to a project or to a portfolio (exactly one of them holds it, ADR 0086): how likely (probability 1–5) and how bad (impact 1–5), whose it is, when it
 * could strike (proximity), what is done about it (response, plan, linked mitigation items) and where it
 * stands. Exposure = probability × impact is computed, never stored apart from them.
 */
public record Risk(UUID id, UUID workspaceId, UUID projectId, UUID portfolioId, String title, String description, String category,
                   int probability, int impact, UUID ownerId, LocalDate proximityDate, RiskResponse response,
                   String mitigationPlan, RiskStatus status, List<UUID> mitigationItemIds, Instant closedAt,
                   long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_MITIGATION_ITEMS = 20;

    public Risk {
        mitigationItemIds = mitigationItemIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(mitigationItemIds));
    }

    /** A risk of a project. */
    public static Risk create(UUID workspaceId, UUID projectId, NewRisk n, Instant now) {
        return create(workspaceId, projectId, null, n, now);
    }

    /** A risk of a portfolio: a threat to the program rather than to one of its projects. */
    public static Risk ofPortfolio(UUID workspaceId, UUID portfolioId, NewRisk n, Instant now) {
        return create(workspaceId, null, portfolioId, n, now);
    }

    private static Risk create(UUID workspaceId, UUID projectId, UUID portfolioId, NewRisk n, Instant now) {
        if ((projectId == null) == (portfolioId == null)) {
            throw new IllegalArgumentException("a risk belongs to exactly one project or portfolio");
        }
        Validation v = new Validation();
        RiskScale.check(n.probability(), "probability", v);
        RiskScale.check(n.impact(), "impact", v);
        v.orThrow();
        RiskStatus status = n.status() == null ? RiskStatus.IDENTIFIED : n.status();
        Risk draft = new Risk(Ids.newId(), workspaceId, projectId, portfolioId, strip(n.title()), n.description(),
                strip(n.category()), n.probability(), n.impact(), n.ownerId(), n.proximityDate(), n.response(),
                n.mitigationPlan(), status, n.mitigationItemIds(), status.isOpen() ? null : now, 0, now, now);
        draft.validate();
        return draft;
    }

    /** The risk as the patch leaves it; leaving the open statuses stamps closedAt, reopening clears it. */
    public Risk change(RiskChanges c, Instant now) {
        Validation v = new Validation();
        if (c.probability().present()) {
            RiskScale.check(c.probability().value(), "probability", v);
        }
        if (c.impact().present()) {
            RiskScale.check(c.impact().value(), "impact", v);
        }
        v.require(!c.status().present() || c.status().value() != null, "status", "REQUIRED", "must not be null");
        v.orThrow();
        RiskStatus newStatus = c.status().or(status);
        Instant closed = newStatus.isOpen() ? null : status.isOpen() ? now : closedAt;
        Risk changed = new Risk(id, workspaceId, projectId, portfolioId, c.title().present() ? strip(c.title().value()) : title,
                c.description().or(description), c.category().present() ? strip(c.category().value()) : category,
                c.probability().or(probability), c.impact().or(impact), c.ownerId().or(ownerId),
                c.proximityDate().or(proximityDate), c.response().or(response), c.mitigationPlan().or(mitigationPlan),
                newStatus, c.mitigationItemIds().present() ? c.mitigationItemIds().value() : mitigationItemIds,
                closed, version, createdAt, now);
        changed.validate();
        return changed;
    }

    /** Probability × impact, 1 to 25. */
    public int exposure() {
        return probability * impact;
    }

    /** Whether it is a portfolio's (else a project's). */
    public boolean ofAPortfolio() {
        return portfolioId != null;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    private void validate() {
        new Validation().text(title, "title", 1, MAX_TITLE)
                .text(description, "description", 0, MAX_TEXT)
                .text(category, "category", 0, MAX_CATEGORY)
                .text(mitigationPlan, "mitigationPlan", 0, MAX_TEXT)
                .require(mitigationItemIds.size() <= MAX_MITIGATION_ITEMS, "mitigationItems", "TOO_MANY",
                        "must have at most " + MAX_MITIGATION_ITEMS + " work items")
                .orThrow();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
