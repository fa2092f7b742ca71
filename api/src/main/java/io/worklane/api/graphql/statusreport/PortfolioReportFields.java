package io.worklane.api.graphql.statusreport;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.portfolio.PortfolioReports;
import io.worklane.api.graphql.portfolio.PortfolioView;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Portfolio.statusReport: its projects' latest published reports, gathered in three statements. */
@GraphQLApi
@Authenticated
public class PortfolioReportFields {
    private final PortfolioReports reports;
    private final CurrentCaller caller;

    public PortfolioReportFields(PortfolioReports reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @Type("PortfolioReportLine")
    @Description("A project of the portfolio with its latest published status report (null: none yet).")
    public record Line(@NonNull @Description("The project.") Project project,
                       @Id @NonNull @Description("The portfolio it is ranked in.") String portfolioId,
                       @Description("Its rank there.") int rank,
                       @Description("Its latest published report; null when none.") StatusReportTypes.View report) {
    }

    @Type("PortfolioHealthCount")
    @Description("How many projects have this latest published health (NONE: no report).")
    public record Count(@NonNull @Description("ON_TRACK, AT_RISK, OFF_TRACK or NONE.") String health,
                        @Description("How many projects.") int projects) {
    }

    @Type("PortfolioStatusReport")
    @Description("The latest published status report of each of the portfolio's projects (and its nested ones').")
    public record Report(@NonNull @Description("Its projects in roll-up order.") List<@NonNull Line> projects,
                         @NonNull @Description("Projects per latest published health.") List<@NonNull Count>
                                 healthCounts) {
    }

    @NonNull
    @Description("Its projects' latest published status reports and their health. Needs projects:read; a report's "
            + "budget section only for those who may see that project's costs.")
    public Uni<Report> statusReport(@Source PortfolioView portfolio) {
        return Uni.createFrom().deferred(() -> reports.of(caller.get(), portfolio.domain().portfolio()))
                .map(g -> new Report(g.lines().stream().map(l -> new Line(new Project(l.project()),
                        l.portfolioId().toString(), l.rank(), l.report() == null ? null
                        : StatusReportTypes.View.of(l.report()))).toList(), g.healthCounts().entrySet().stream()
                        .map(e -> new Count(e.getKey(), e.getValue())).toList()));
    }
}
