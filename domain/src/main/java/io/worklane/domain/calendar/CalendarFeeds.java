package io.worklane.domain.calendar;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: calendar feeds. */
public interface CalendarFeeds {
    String SORT = "createdAt";

    Uni<CalendarFeed> insert(CalendarFeed feed);

    Uni<Optional<CalendarFeed>> find(UUID workspaceId, UUID id);

    /** The feed whose token has this SHA-256, in any workspace. */
    Uni<Optional<CalendarFeed>> findByTokenHash(String hash);

    /** The owner's feeds, oldest first, in keyset pages. */
    Uni<Page<CalendarFeed>> ownedBy(UUID workspaceId, Actor owner, PageRequest page);

    Uni<Boolean> delete(UUID workspaceId, UUID id);
}
