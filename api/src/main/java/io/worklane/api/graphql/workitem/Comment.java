package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.Node;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A remark on a work item, in Markdown. Edits keep the earlier bodies as history.")
public class Comment implements Node {
    @Ignore
    private final io.worklane.domain.workitem.Comment comment;

    public Comment(io.worklane.domain.workitem.Comment comment) {
        this.comment = comment;
    }

    @Ignore
    public io.worklane.domain.workitem.Comment domain() {
        return comment;
    }

    @Override
    @Id
    @NonNull
    @Description("The comment's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return comment.id().toString();
    }

    @NonNull
    @Description("The text, Markdown (at most 65536 characters).")
    public String getBody() {
        return comment.body();
    }

    @NonNull
    @Description("Who wrote the comment.")
    public Actor getAuthor() {
        return Actor.of(comment.author());
    }

    @Description("Whether the body was changed after it was written.")
    public boolean isEdited() {
        return comment.edited();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) comment.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return comment.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return comment.updatedAt();
    }
}
