package io.worklane.domain.form;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: request intake forms. */
public interface Forms {
    String SORT = "createdAt";

    Uni<Optional<Form>> find(UUID workspaceId, UUID id);

    /** The form at this public address, in any workspace. */
    Uni<Optional<Form>> findBySlug(String slug);

    /** A workspace's forms, oldest first, in keyset pages. */
    Uni<Page<Form>> list(UUID workspaceId, PageRequest page);

    Uni<Form> insert(Form form);

    Uni<Form> update(Form changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
