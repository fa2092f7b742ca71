package io.worklane.domain.form;

import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.UUID;

/** An accepted submission: the item it created, who sent it (their email) and its tracking token's hash. */
public record FormSubmission(UUID id, UUID workspaceId, UUID formId, UUID workItemId, String submitterEmail,
                             String tokenHash, Instant createdAt) {

    public static FormSubmission of(Form form, UUID workItemId, String email, SubmissionToken token, Instant now) {
        return new FormSubmission(Ids.newId(), form.workspaceId(), form.id(), workItemId, email, token.hash(), now);
    }
}
