package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who wrote or did something: a member (id is the member id), an API key (id is the key id) or SYSTEM.")
public record Actor(@Description("Whether a person, a key or Worklane itself acted; says what id is.")
                    @NonNull ActorKind kind,
                    @Description("The member id (MEMBER), the API key id (API_KEY) or the name of the "
                            + "Worklane component (SYSTEM, e.g. an automation).")
                    @NonNull String id,
                    @Description("The member's display name, the API key's name or the component's name; "
                            + "null when unknown.")
                    String name) {
    public static Actor of(io.worklane.domain.shared.Actor actor) {
        return new Actor(ActorKind.valueOf(actor.kind().name()), actor.id(), actor.name());
    }
}
