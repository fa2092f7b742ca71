package io.worklane.api.application.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.notification.Mention;
import io.worklane.domain.notification.Mentions;
import io.worklane.domain.notification.Watcher;
import io.worklane.domain.notification.Watchers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Watchers and mentions of many items or comments of one workspace at once (GraphQL levels): one statement each. */
@ApplicationScoped
public class CollaborationBatches {
    private final Watchers watchers;
    private final Mentions mentions;

    public CollaborationBatches(Watchers watchers, Mentions mentions) {
        this.watchers = watchers;
        this.mentions = mentions;
    }

    public Uni<Map<UUID, List<Watcher>>> watchers(Caller caller, UUID workspaceId, Collection<UUID> itemIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return watchers.byItems(workspaceId, itemIds);
    }

    public Uni<Map<UUID, List<Mention>>> mentionsOfItems(Caller caller, UUID workspaceId, Collection<UUID> itemIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return mentions.byItems(workspaceId, itemIds);
    }

    public Uni<Map<UUID, List<Mention>>> mentionsOfComments(Caller caller, UUID workspaceId, Collection<UUID> ids) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return mentions.byComments(workspaceId, ids);
    }
}
