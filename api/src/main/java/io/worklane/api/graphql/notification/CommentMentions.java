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

/** The mentions of comments: one statement per level and workspace. */
@GraphQLApi
@Authenticated
public class CommentMentions {
    private final CollaborationBatches batches;
    private final CurrentCaller caller;

    public CommentMentions(CollaborationBatches batches, CurrentCaller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @NonNull
    @Description("Who the comment mentions. Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull MentionType>>> mentions(@Source List<Comment> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Comment, UUID, List<Mention>>load(sources, c -> c.domain().workspaceId(),
                    c -> List.of(c.domain().id()), (ws, ids) -> batches.mentionsOfComments(who, ws, ids));
        }).map(found -> sources.stream().map(c -> found.getOrDefault(c.domain().id(), List.of()).stream()
                .map(MentionType::of).toList()).toList());
    }
}
