package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.RollupReads;
import io.worklane.domain.shared.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A portfolio's roll-up (docs/portfolios.md): its projects and those of the portfolios nested under it, each
 * part read for all projects in one statement by {@link RollupGathering}, so a roll-up costs the same
 * statements for 2 projects or 200. {@link RollupLines} then computes every figure with the planning and budget code's own classes.
 */
@ApplicationScoped
public class PortfolioRollups {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 1);
    private final PortfolioQueries queries;
    private final RollupGathering gathering;
    private final RollupLines lines;
    private final RollupReads reads;
    private final Now now;

    public PortfolioRollups(PortfolioQueries queries, RollupGathering gathering, RollupLines lines, RollupReads reads,
                            Now now) {
        this.queries = queries;
        this.gathering = gathering;
        this.lines = lines;
        this.reads = reads;
        this.now = now;
    }

    /** {@code asOf} null: today (UTC). Needs projects:read; the budget parts need budgets:read and cost visibility. */
    public Uni<PortfolioRollup> rollup(Caller caller, String wsRef, String portfolioRef, LocalDate asOf) {
        return queries.get(caller, wsRef, portfolioRef).chain(p -> of(caller, p, asOf));
    }

    /** For a portfolio already shown to the caller (GraphQL's Portfolio.rollup). */
    public Uni<PortfolioRollup> of(Caller caller, Portfolio portfolio, LocalDate asOf) {
        LocalDate today = LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
        LocalDate day = asOf != null ? asOf : today;
        // the four weeks of allocations and the date arithmetic need a calendar date, not an edge of LocalDate
        new Validation().require(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), "asOf", "OUT_OF_RANGE",
                "must be from " + EARLIEST + " to " + LATEST + ", not " + day).orThrow();
        UUID ws = portfolio.workspaceId();
        // the portfolios' own risks count beside their projects' (ADR 0086): one statement for the whole tree
        return queries.visibleTree(caller, portfolio).chain(tree -> reads.openPortfolioRisks(ws,
                        tree.stream().map(Portfolio::id).toList())
                .chain(own -> Uni.createFrom().item(RollupInputs.of(portfolio, day, today, members(tree)))
                        .chain(in -> in.members().isEmpty() ? Uni.createFrom().item(in) : gathering.gather(in))
                        .map(in -> PortfolioRollup.of(portfolio.id(), portfolio.currency(), day, lines.of(caller, in),
                                own))));
    }

    /** The portfolio's own projects by rank, then each descendant's; a project counts once, where first met. */
    static List<RollupInputs.Member> members(List<Portfolio> tree) {
        Map<UUID, RollupInputs.Member> out = new LinkedHashMap<>();
        for (Portfolio p : tree) {
            for (int i = 0; i < p.projectIds().size(); i++) {
                out.putIfAbsent(p.projectIds().get(i), new RollupInputs.Member(p.projectIds().get(i), p.id(), i + 1));
            }
        }
        return new ArrayList<>(out.values());
    }
}
