package io.worklane.api.graphql.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** What every delete and remove mutation answers: the id of the object that is gone. */
@Description("The result of a delete: the id of the object that no longer exists (evict it from client caches).")
public record DeletePayload(@Description("The id of the object that was deleted.") @Id @NonNull String deletedId) {
}
