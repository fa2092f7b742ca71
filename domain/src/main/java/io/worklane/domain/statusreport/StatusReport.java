package io.worklane.domain.statusreport;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's status report for a period ending {@code asOf}: the figures drafted from the data (a JSON
 * document, frozen when drafted), the suggested health with its reasons, and what people write — summary,
 * highlights, next steps, health. Published, it is immutable. {@code budgetVisibleToMembers} is the
 * project budget's setting when drafted: who may see the budget section is decided as for the budget.
 */
public record StatusReport(UUID id, UUID workspaceId, UUID projectId, LocalDate periodStart, LocalDate asOf,
                           ReportStatus status, Health suggestedHealth, List<String> reasons, Health health,
                           String summary, String highlights, String nextSteps, Map<String, Object> figures,
                           boolean budgetVisibleToMembers, Instant publishedAt, String publishedBy, long version,
                           Instant createdAt, Instant updatedAt) {
    public static final int MAX_TEXT = 20_000;

    public StatusReport {
        reasons = List.copyOf(reasons);
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** A draft: health starts as the suggestion, the texts empty. */
    public static StatusReport draft(UUID workspaceId, UUID projectId, LocalDate periodStart, LocalDate asOf,
                                     HealthPolicy.Suggestion suggestion, Map<String, Object> figures,
                                     boolean budgetVisibleToMembers, Instant now) {
        return new StatusReport(Ids.newId(), workspaceId, projectId, periodStart, asOf, ReportStatus.DRAFT,
                suggestion.health(), suggestion.reasons(), suggestion.health(), null, null, null, figures,
                budgetVisibleToMembers, null, null, 0, now, now);
    }

    /** The draft with these texts (the patch resolved) and health (null keeps it); a published report refuses (409). */
    public StatusReport edit(String newSummary, String newHighlights, String newNextSteps, Health newHealth,
                             Instant now) {
        ensureDraft("edited");
        StatusReport edited = new StatusReport(id, workspaceId, projectId, periodStart, asOf, status, suggestedHealth,
                reasons, newHealth == null ? health : newHealth, newSummary, newHighlights, newNextSteps, figures,
                budgetVisibleToMembers, null, null, version, createdAt, now);
        new Validation().text(newSummary, "summary", 0, MAX_TEXT).text(newHighlights, "highlights", 0, MAX_TEXT)
                .text(newNextSteps, "nextSteps", 0, MAX_TEXT).orThrow();
        return edited;
    }

    /** Final from now on; publishing twice refuses (409). */
    public StatusReport publish(String by, Instant now) {
        ensureDraft("published again");
        return new StatusReport(id, workspaceId, projectId, periodStart, asOf, ReportStatus.PUBLISHED, suggestedHealth,
                reasons, health, summary, highlights, nextSteps, figures, budgetVisibleToMembers, now, by, version,
                createdAt, now);
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    /** The report as a reader who may not see the project's costs reads it: no budget section. */
    public StatusReport withoutBudget() {
        Map<String, Object> shown = new java.util.LinkedHashMap<>(figures);
        shown.put("budget", null);
        return new StatusReport(id, workspaceId, projectId, periodStart, asOf, status, suggestedHealth, reasons,
                health, summary, highlights, nextSteps, shown, budgetVisibleToMembers, publishedAt, publishedBy,
                version, createdAt, updatedAt);
    }

    private void ensureDraft(String what) {
        if (isPublished()) {
            throw new DomainException(ErrorCode.STATUS_REPORT_PUBLISHED, "Status report " + id + " was published "
                    + publishedAt + " and cannot be " + what + ": a published report is final. Draft a new report"
                    + " (POST …/status-reports/draft) to correct it.");
        }
    }
}
