package io.worklane.api.graphql.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.CollaborationBatches;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.workitem.Comment;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.notification.Mention;
import io.worklane.domain.notification.Watcher;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Watchers and mentions of work items and comments: one statement per level and workspace. */
@GraphQLApi
@Authenticated
public class CollaborationFields {
    private final CollaborationBatches batches;
    private final CurrentCaller caller;

    public CollaborationFields(CollaborationBatches batches, CurrentCaller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @NonNull
    @Description("Who follows the item, longest first (at most 200). Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull WatcherType>>> watchers(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<Watcher>>load(sources, w -> w.domain().workspaceId(),
                    w -> List.of(w.domain().id()), (ws, ids) -> batches.watchers(who, ws, ids));
        }).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(), List.of()).stream()
                .map(WatcherType::of).toList()).toList());
    }

    @NonNull
    @Description("Who the item's description and comments mention, oldest first (at most 200). Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull MentionType>>> mentions(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<Mention>>load(sources, w -> w.domain().workspaceId(),
                    w -> List.of(w.domain().id()), (ws, ids) -> batches.mentionsOfItems(who, ws, ids));
        }).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(), List.of()).stream()
                .map(MentionType::of).toList()).toList());
    }
}
