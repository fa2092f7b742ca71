package io.worklane.api.graphql.statusreport;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.statusreport.StatusReportService;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.statusreport.StatusReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Project.healthTrend: the health of the latest 52 published reports, for a whole level in one statement. */
@GraphQLApi
@Authenticated
public class HealthTrendFields {
    private final StatusReportService reports;
    private final CurrentCaller caller;

    public HealthTrendFields(StatusReportService reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @Type("HealthTrendPoint")
    @Description("A published status report's health at its asOf (REST: …/status-reports/health-trend).")
    public record Point(@Id @NonNull @Description("The report's id.") String reportId,
                        @NonNull @Description("Its period's first day.") LocalDate periodStart,
                        @NonNull @Description("Its period's last day.") LocalDate asOf,
                        @NonNull @Description("The health people chose.") StatusReportTypes.HealthView health,
                        @NonNull @Description("What its figures suggested.")
                        StatusReportTypes.HealthView suggestedHealth,
                        @Description("When it was published.") Instant publishedAt) {
        static Point of(StatusReport r) {
            return new Point(r.id().toString(), r.periodStart(), r.asOf(),
                    StatusReportTypes.HealthView.valueOf(r.health().name()),
                    StatusReportTypes.HealthView.valueOf(r.suggestedHealth().name()), r.publishedAt());
        }
    }

    @NonNull
    @Description("The health of the project's latest 52 published status reports, oldest first. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull Point>>> healthTrend(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, List<StatusReport>>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()), (ws, ids) -> reports.trends(who, ws, ids));
        }).map(found -> sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                .map(Point::of).toList()).toList());
    }
}
