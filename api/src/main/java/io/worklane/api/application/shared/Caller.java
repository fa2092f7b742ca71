package io.worklane.api.application.shared;

import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Actor;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a credential with the workspace it is bound to (null for the instance
 * administrator, who acts in every workspace; also null for a user signed in through OIDC who is no
 * member of any workspace yet, who then sees none) and its scopes.
 */
public record Caller(String credentialId, String name, boolean instanceAdmin, UUID workspaceId, Set<String> scopes) {

    /** Whether this caller may do what needs {@code scope}: the instance administrator may do anything. */
    public boolean holds(Scope scope) {
        if (instanceAdmin) {
            return true;
        }
        return scope.isGrantedBy(scopes.stream().map(Scope::parse).flatMap(java.util.Optional::stream).toList());
    }

    public Actor actor() {
        return new Actor(Actor.Kind.API_KEY, credentialId, name);
    }
}
