package io.worklane.domain.workspace;

import io.worklane.domain.apikey.Scope;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in a workspace, from most to least powerful, and the scopes each role grants
 * (docs/permissions.md is the table a person reads; this is the one the code uses).
 */
public enum MemberRole {
    OWNER(EnumSet.of(Scope.ADMIN)),
    ADMIN(EnumSet.of(Scope.ADMIN)),
    MEMBER(EnumSet.of(Scope.WORKSPACE_READ, Scope.PROJECTS_WRITE, Scope.WORK_ITEMS_WRITE, Scope.MEMBERS_READ,
            Scope.WEBHOOKS_READ, Scope.RESOURCES_READ, Scope.TIME_ENTRIES_WRITE, Scope.BUDGETS_READ)),
    VIEWER(EnumSet.of(Scope.WORKSPACE_READ, Scope.PROJECTS_READ, Scope.WORK_ITEMS_READ, Scope.MEMBERS_READ,
            Scope.RESOURCES_READ, Scope.TIME_ENTRIES_READ)),
    GUEST(EnumSet.of(Scope.WORKSPACE_READ, Scope.PROJECTS_READ, Scope.WORK_ITEMS_READ));

    private final Set<Scope> scopes;

    MemberRole(Set<Scope> scopes) {
        this.scopes = scopes;
    }

    public Set<Scope> scopes() {
        return Set.copyOf(scopes);
    }
}
