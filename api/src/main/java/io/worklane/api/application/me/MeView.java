package io.worklane.api.application.me;

import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who is calling: a person or an API key, and what they are in each of their workspaces. */
public record MeView(Actor.Kind kind, String id, String name, boolean instanceAdministrator,
                     List<Place> workspaces) {

    /** One workspace of the caller: the member it is there (people only), its role and scopes. */
    public record Place(UUID workspaceId, String slug, String name, UUID memberId, String role, Set<Scope> scopes) {
    }
}
