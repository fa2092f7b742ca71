package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.statusreport.StatusReportService;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.statusreport.Health;
import io.worklane.domain.statusreport.StatusReport;
import io.worklane.domain.statusreport.StatusReports;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A portfolio's status report: each of its projects' (and its nested portfolios') latest published status
 * report, gathered in three statements, with the count per health. The budget section of each report is
 * shown only to those who may see that project's costs, as for the project's own reports.
 */
@ApplicationScoped
public class PortfolioReports {
    private final PortfolioQueries queries;
    private final Projects projects;
    private final StatusReports reports;

    public PortfolioReports(PortfolioQueries queries, Projects projects, StatusReports reports) {
        this.queries = queries;
        this.projects = projects;
        this.reports = reports;
    }

    /** A project of the portfolio, where it is ranked, and its latest published report (null: none yet). */
    public record Line(Project project, UUID portfolioId, int rank, StatusReport report) {
    }

    public record Gathered(Portfolio portfolio, List<Line> lines, Map<String, Integer> healthCounts) {
    }

    public Uni<Gathered> latest(Caller caller, String wsRef, String portfolioRef) {
        return queries.get(caller, wsRef, portfolioRef).chain(p -> of(caller, p));
    }

    public Uni<Gathered> of(Caller caller, Portfolio portfolio) {
        UUID ws = portfolio.workspaceId();
        return queries.visibleTree(caller, portfolio).map(PortfolioRollups::members).chain(members -> {
            List<UUID> ids = members.stream().map(RollupInputs.Member::projectId).toList();
            if (ids.isEmpty()) {
                return Uni.createFrom().item(new Gathered(portfolio, List.of(), counts(List.of())));
            }
            return Uni.combine().all().unis(projects.byIds(ws, ids), reports.latestPublished(ws, ids)).asTuple()
                    .map(t -> {
                        Map<UUID, Project> byId = t.getItem1().stream()
                                .collect(Collectors.toMap(Project::id, Function.identity()));
                        List<Line> lines = new ArrayList<>();
                        for (RollupInputs.Member m : members) {
                            Project p = byId.get(m.projectId());
                            StatusReport r = t.getItem2().get(m.projectId());
                            if (p != null) {
                                lines.add(new Line(p, m.portfolioId(), m.rank(),
                                        r == null ? null : StatusReportService.forReader(caller, p, r)));
                            }
                        }
                        return new Gathered(portfolio, lines, counts(lines));
                    });
        });
    }

    private static Map<String, Integer> counts(List<Line> lines) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Health h : Health.values()) {
            out.put(h.name(), (int) lines.stream().filter(l -> l.report() != null && l.report().health() == h).count());
        }
        out.put("NONE", (int) lines.stream().filter(l -> l.report() == null).count());
        return out;
    }
}
