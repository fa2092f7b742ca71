package io.worklane.domain.workspace;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the members of workspaces. Every call is scoped to one workspace. */
public interface Members {
    Uni<Optional<Member>> find(UUID workspaceId, UUID id);

    Uni<Page<Member>> list(UUID workspaceId, PageRequest page);

    /** The members among {@code ids} (unknown ids and other workspaces' members are left out). */
    Uni<List<Member>> byIds(UUID workspaceId, Collection<UUID> ids);

    Uni<Member> insert(Member member);

    Uni<Member> update(Member changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
