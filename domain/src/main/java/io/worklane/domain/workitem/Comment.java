package io.worklane.domain.workitem;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/** A remark on a work item, in Markdown. Edits keep the earlier bodies as history. */
public record Comment(UUID id, UUID workspaceId, UUID workItemId, String body, Actor author, boolean edited,
                      long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_BODY = 65_536;

    public static Comment write(UUID workspaceId, UUID workItemId, String body, Actor author, Instant now) {
        Comment draft = new Comment(Ids.newId(), workspaceId, workItemId, body, author, false, 0, now, now);
        draft.validate();
        return draft;
    }

    public Comment edit(String newBody, Instant now) {
        Comment changed = new Comment(id, workspaceId, workItemId, newBody, author, true, version, createdAt, now);
        changed.validate();
        return changed;
    }

    private void validate() {
        new Validation().text(body, "body", 1, MAX_BODY).orThrow();
    }
}
