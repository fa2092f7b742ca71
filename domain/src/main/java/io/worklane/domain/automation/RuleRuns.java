package io.worklane.domain.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the log of rule runs, written in the transaction of the run, read newest first. */
public interface RuleRuns {
    /** A run as the log keeps it: with its own id, for paging and for clients. */
    record Logged(UUID id, RuleRun run) {
    }

    Uni<Void> append(UUID workspaceId, RuleRun run);

    /** The runs of one rule, newest first. */
    Uni<Page<Logged>> list(UUID workspaceId, UUID ruleId, PageRequest page);

    /** The newest {@code perRule} runs of each rule, in one statement (for nested GraphQL lists). */
    Uni<Map<UUID, List<Logged>>> latest(UUID workspaceId, Collection<UUID> ruleIds, int perRule);
}
