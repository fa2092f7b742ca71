package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.Changes;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workitem.CommentService;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class CommentMutations {
    private final CommentService comments;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public CommentMutations(CommentService comments, IdempotentCreate idempotent, CurrentCaller caller) {
        this.comments = comments;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Adds a comment to a work item as the caller. Needs work_items:write.")
    @Mutation("createComment")
    public Uni<CommentPayload> createComment(@Name("input") @NonNull CreateCommentInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "createComment", in,
                    () -> comments.create(who, in.workspace, in.workItem, in.body),
                    c -> c.id().toString(), id -> comments.get(who, in.workspace, in.workItem, id));
        }).map(c -> new CommentPayload(new Comment(c)));
    }

    @Description("Replaces a comment's body; only its author may. The comment is then marked edited. Needs "
            + "work_items:write.")
    @Mutation("updateComment")
    public Uni<CommentPayload> updateComment(@Name("input") @NonNull UpdateCommentInput in) {
        return Uni.createFrom().deferred(() -> comments.edit(caller.get(), in.workspace, in.workItem, in.id,
                        Changes.version(in.expectedVersion), in.body))
                .map(c -> new CommentPayload(new Comment(c)));
    }

    @Description("Deletes a comment; its author may, and so may an OWNER or ADMIN. Needs work_items:write.")
    @Mutation("deleteComment")
    public Uni<DeletePayload> deleteComment(@Name("input") @NonNull DeleteCommentInput in) {
        return Uni.createFrom().deferred(() -> comments.delete(caller.get(), in.workspace, in.workItem, in.id,
                        Changes.version(in.expectedVersion)))
                .replaceWith(new DeletePayload(in.id));
    }
}
