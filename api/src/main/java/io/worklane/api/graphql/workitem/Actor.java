package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who wrote or did something: a member (id is the member id), an API key (id is the key id) or SYSTEM.")
public record Actor(@NonNull ActorKind kind, @NonNull String id, String name) {
    public static Actor of(io.worklane.domain.shared.Actor actor) {
        return new Actor(ActorKind.valueOf(actor.kind().name()), actor.id(), actor.name());
    }
}
