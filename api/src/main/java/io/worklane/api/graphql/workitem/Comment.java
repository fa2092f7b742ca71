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
    public String getId() {
        return comment.id().toString();
    }

    @NonNull
    public String getBody() {
        return comment.body();
    }

    @NonNull
    public Actor getAuthor() {
        return Actor.of(comment.author());
    }

    @Description("Whether the body was changed after it was written.")
    public boolean isEdited() {
        return comment.edited();
    }

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
