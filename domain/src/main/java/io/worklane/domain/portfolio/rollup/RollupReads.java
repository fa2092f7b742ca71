package io.worklane.domain.portfolio.rollup;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Port: the figures of a roll-up that belong to no other port, each for many projects in one statement. */
public interface RollupReads {
    /** Each project's latest published status report (by asOf, then publication); absent when none. */
    Uni<Map<UUID, ProjectRollup.Status>> latestStatus(UUID workspaceId, Collection<UUID> projectIds);

    /** Each project's open risks and their highest exposure (0 and 0 when none is open). */
    Uni<Map<UUID, ProjectRollup.RiskFigures>> openRisks(UUID workspaceId, Collection<UUID> projectIds);

    /** The open risks of these portfolios themselves (not of their projects), together, in one statement. */
    Uni<ProjectRollup.RiskFigures> openPortfolioRisks(UUID workspaceId, Collection<UUID> portfolioIds);
}
