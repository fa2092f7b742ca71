package io.worklane.api.graphql.attachment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.attachment.AttachmentBatches;
import io.worklane.api.application.attachment.AttachmentView;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.Comment;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The attachments of work items and comments: one statement per level and workspace. */
@GraphQLApi
@Authenticated
public class AttachmentFields {
    private final AttachmentBatches batches;
    private final CurrentCaller caller;

    public AttachmentFields(AttachmentBatches batches, CurrentCaller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @NonNull
    @Description("The files attached to the item and to its comments, oldest first. Needs work_items:read. All"
            + " occurrences of this field in one query must have the same arguments.")
    public Uni<List<@NonNull AttachmentConnection>> attachments(@Source List<WorkItem> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, AttachmentConnection.SORT);
            Map<UUID, String> keys = sources.stream().collect(Collectors.toMap(w -> w.domain().id(),
                    w -> w.domain().key(), (a, b) -> a));
            return Batches.<WorkItem, UUID, Page<AttachmentView>>load(sources, w -> w.domain().workspaceId(),
                    w -> List.of(w.domain().id()), (ws, ids) -> batches.pages(who, ws, ids.stream()
                            .collect(Collectors.toMap(id -> id, keys::get)), page));
        }).map(found -> sources.stream().map(w -> AttachmentConnection.of(
                found.getOrDefault(w.domain().id(), new Page<>(List.of(), null)))).toList());
    }

    @NonNull
    @Description("The files attached to the comment, oldest first (at most 100). Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull Attachment>>> attachments(@Source List<Comment> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Comment, UUID, List<AttachmentView>>load(sources, c -> c.domain().workspaceId(),
                    c -> List.of(c.domain().id()), (ws, ids) -> batches.ofComments(who, ws, ids));
        }).map(found -> sources.stream().map(c -> found.getOrDefault(c.domain().id(), List.of()).stream()
                .map(Attachment::new).toList()).toList());
    }
}
