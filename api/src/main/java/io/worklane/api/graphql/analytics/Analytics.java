package io.worklane.api.graphql.analytics;

import io.worklane.api.application.analytics.DashboardService;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** Workspace.analytics: the checked scope (items and days) that each series field reads. */
@Description("Dashboard series over the work items a filter (and view) selects, for the days from..to (UTC).")
public class Analytics {
    @Ignore
    private final DashboardService.Scoped scoped;

    Analytics(DashboardService.Scoped scoped) {
        this.scoped = scoped;
    }

    @Ignore
    DashboardService.Scoped scoped() {
        return scoped;
    }

    @NonNull
    @Description("The first day of the range.")
    public LocalDate getFrom() {
        return scoped.range().from();
    }

    @NonNull
    @Description("The last day of the range, included.")
    public LocalDate getTo() {
        return scoped.range().to();
    }
}
