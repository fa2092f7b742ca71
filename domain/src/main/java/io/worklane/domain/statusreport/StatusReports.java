package io.worklane.domain.statusreport;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: the status reports of projects. */
public interface StatusReports {
    Uni<Optional<StatusReport>> find(UUID workspaceId, UUID id);

    /** A project's reports, newest first, in keyset pages. */
    Uni<Page<StatusReport>> ofProject(UUID workspaceId, UUID projectId, ReportStatus status, PageRequest page);

    /** The project's latest published report, by period end then publication. */
    Uni<Optional<StatusReport>> latestPublished(UUID workspaceId, UUID projectId);

    /** Each project's latest {@code limit} published reports, oldest first, in one statement (health trends). */
    Uni<java.util.Map<UUID, java.util.List<StatusReport>>> published(UUID workspaceId,
                                                                     java.util.Collection<UUID> projectIds, int limit);

    /** Each project's latest published report (absent when none), in one statement: a portfolio's report. */
    Uni<java.util.Map<UUID, StatusReport>> latestPublished(UUID workspaceId, java.util.Collection<UUID> projectIds);

    /** The health of the project's published reports, oldest period first (the latest {@code limit}). */
    Uni<java.util.List<StatusReport>> published(UUID workspaceId, UUID projectId, int limit);

    /** The first page of each project's reports (newest first) in one statement, for GraphQL. */
    Uni<java.util.Map<UUID, Page<StatusReport>>> pagesByProject(UUID workspaceId, java.util.Collection<UUID> projectIds,
                                                               PageRequest page);

    Uni<StatusReport> insert(StatusReport report);

    Uni<StatusReport> update(StatusReport changed);
}
