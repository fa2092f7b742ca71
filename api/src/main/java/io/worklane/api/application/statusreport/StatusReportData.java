package io.worklane.api.application.statusreport;

import io.worklane.domain.statusreport.StatusReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Status reports as events carry them. A draft's event is a summary; the published one carries the report
 * with its figures but never the budget section (the change feed is read with webhooks:read, which does
 * not let a caller see costs, ADR 0024): stakeholders read that through the API.
 */
final class StatusReportData {
    private StatusReportData() {
    }

    static Map<String, Object> summary(StatusReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("projectId", r.projectId().toString());
        m.put("periodStart", r.periodStart().toString());
        m.put("asOf", r.asOf().toString());
        m.put("status", r.status().name());
        m.put("suggestedHealth", r.suggestedHealth().name());
        m.put("reasons", r.reasons());
        m.put("health", r.health().name());
        m.put("version", r.version());
        return m;
    }

    static Map<String, Object> published(StatusReport r) {
        Map<String, Object> m = summary(r);
        m.put("summary", r.summary());
        m.put("highlights", r.highlights());
        m.put("nextSteps", r.nextSteps());
        m.put("figures", r.withoutBudget().figures());
        m.put("publishedAt", r.publishedAt().toString());
        m.put("publishedBy", r.publishedBy());
        return m;
    }
}
