package io.worklane.domain.risk;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the risk registers of projects and portfolios (ADR 0086), and each risk's history. */
public interface Risks {
    Uni<Optional<Risk>> find(UUID workspaceId, UUID id);

    /** A project's risks, oldest first, optionally of one status, in keyset pages. */
    Uni<Page<Risk>> ofProject(UUID workspaceId, UUID projectId, RiskStatus status, PageRequest page);

    /** The first page of each project's risks (oldest first) in one statement, for GraphQL. */
    Uni<Map<UUID, Page<Risk>>> pagesByProject(UUID workspaceId, Collection<UUID> projectIds, PageRequest page);

    /** A portfolio's own risks, oldest first, optionally of one status, in keyset pages. */
    Uni<Page<Risk>> ofPortfolio(UUID workspaceId, UUID portfolioId, RiskStatus status, PageRequest page);

    /** The first page of each portfolio's own risks (oldest first) in one statement, for GraphQL. */
    Uni<Map<UUID, Page<Risk>>> pagesByPortfolio(UUID workspaceId, Collection<UUID> portfolioIds, PageRequest page);

    /** Each portfolio's own open risks counted per probability and impact, in one statement. */
    Uni<Map<UUID, RiskMatrix>> portfolioMatrices(UUID workspaceId, Collection<UUID> portfolioIds);

    /** All risks of a project, most exposed first: what status reports weigh. */
    Uni<List<Risk>> allOfProject(UUID workspaceId, UUID projectId);

    /** Each project's open risks counted per probability and impact, in one statement. */
    Uni<Map<UUID, RiskMatrix>> matrices(UUID workspaceId, Collection<UUID> projectIds);

    Uni<Risk> insert(Risk risk);

    Uni<Risk> update(Risk changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);

    Uni<Void> record(RiskHistoryEntry entry);

    /** A risk's history, oldest first; it outlives the risk (a deleted risk keeps its trail). */
    Uni<Page<RiskHistoryEntry>> history(UUID workspaceId, UUID riskId, PageRequest page);

    /** The first page of each risk's history in one statement, for GraphQL. */
    Uni<Map<UUID, Page<RiskHistoryEntry>>> historyPages(UUID workspaceId, Collection<UUID> riskIds, PageRequest page);
}
