package io.worklane.api.application.shared;

import io.worklane.domain.apikey.Scope;
import io.worklane.domain.automation.RuleChain;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workspace.MemberRole;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling and what it may do where. An API key holds one grant, for the workspace it is bound
 * to; a signed-in user holds one per membership (none yet: it sees no workspace); the instance
 * administrator holds none and may do anything anywhere. Scopes are parsed once, when the caller is
 * built. {@code chain} is how deep an automation rule acting as the caller is in a chain of rules
 * triggering rules (0 for people and keys): it travels with the caller so the bound holds however
 * the chain goes, through transitions, updates or new items. {@code bulkId} is set while the caller's changes
 * are part of one bulk change (ADR 0060): their events carry it.
 */
public record Caller(String credentialId, String name, boolean instanceAdmin, Actor.Kind kind,
                     Map<UUID, Grant> grants, RuleChain chain, UUID bulkId) {

    /** What the caller holds in one workspace: the member it acts as (users only), its role and scopes. */
    public record Grant(UUID memberId, MemberRole role, Set<Scope> scopes) {
        public Grant {
            scopes = Set.copyOf(scopes);
        }
    }

    public Caller {
        grants = Map.copyOf(grants);
        chain = chain == null ? RuleChain.start() : chain;
    }

    public Caller(String credentialId, String name, boolean instanceAdmin, Actor.Kind kind, Map<UUID, Grant> grants) {
        this(credentialId, name, instanceAdmin, kind, grants, RuleChain.start());
    }

    public Caller(String credentialId, String name, boolean instanceAdmin, Actor.Kind kind, Map<UUID, Grant> grants,
                  RuleChain chain) {
        this(credentialId, name, instanceAdmin, kind, grants, chain, null);
    }

    /** The same caller acting within bulk change {@code id}. */
    public Caller inBulk(UUID id) {
        return new Caller(credentialId, name, instanceAdmin, kind, grants, chain, id);
    }

    public static Caller apiKey(String id, String name, boolean instanceAdmin, UUID workspaceId,
                                Collection<String> scopes) {
        Set<Scope> parsed = scopes.stream().map(Scope::parse).flatMap(Optional::stream).collect(Collectors.toSet());
        return new Caller(id, name, instanceAdmin, Actor.Kind.API_KEY,
                workspaceId == null ? Map.of() : Map.of(workspaceId, new Grant(null, null, parsed)));
    }

    /** A signed-in user, identified by the identity provider's subject, with its memberships. */
    public static Caller user(String subject, String name, Map<UUID, Grant> memberships) {
        return new Caller("oidc:" + subject, name, false, Actor.Kind.MEMBER, memberships);
    }

    /**
     * An automation rule acting in its workspace, at its depth in a chain: actor SYSTEM "rule:<id>". It
     * holds every scope but {@code admin} and no role: with {@code admin} it would count as an
     * administrator for ROLES guards, letting anyone who may write rules make moves reserved to admins.
     */
    public static Caller rule(UUID workspaceId, UUID ruleId, String ruleName, RuleChain chain) {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        scopes.remove(Scope.ADMIN);
        return new Caller("rule:" + ruleId, ruleName, false, Actor.Kind.SYSTEM,
                Map.of(workspaceId, new Grant(null, null, scopes)), chain);
    }

    /**
     * A request intake form filing a submission in its workspace (ADR 0076): actor SYSTEM "form:<id>", allowed to
     * create work items and nothing else, whoever submitted (often nobody signed in).
     */
    public static Caller form(UUID workspaceId, UUID formId, String formTitle) {
        return new Caller("form:" + formId, "Form: " + formTitle, false, Actor.Kind.SYSTEM,
                Map.of(workspaceId, new Grant(null, null, Set.of(Scope.WORK_ITEMS_WRITE))));
    }

    /**
     * A recurring series creating its occurrence: actor SYSTEM "recurrence:<id>", with every scope but
     * {@code admin} (as a rule, so that it counts as no administrator for guards) and no role.
     */
    public static Caller recurrence(UUID workspaceId, UUID recurrenceId) {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        scopes.remove(Scope.ADMIN);
        return new Caller("recurrence:" + recurrenceId, "Recurrence " + recurrenceId, false, Actor.Kind.SYSTEM,
                Map.of(workspaceId, new Grant(null, null, scopes)));
    }

    public boolean maySee(UUID workspaceId) {
        return instanceAdmin || (workspaceId != null && grants.containsKey(workspaceId));
    }

    /** Whether this caller may do, in {@code workspaceId}, what needs {@code scope}. */
    public boolean holds(UUID workspaceId, Scope scope) {
        return instanceAdmin || (maySee(workspaceId) && scope.isGrantedBy(grants.get(workspaceId).scopes()));
    }

    /** The scopes held in one workspace (every scope for the instance administrator). */
    public Set<Scope> scopesIn(UUID workspaceId) {
        if (instanceAdmin) {
            return Set.of(Scope.values());
        }
        Grant grant = grants.get(workspaceId);
        return grant == null ? Set.of() : grant.scopes();
    }

    /** The caller's role in a workspace: only signed-in members have one. */
    public Optional<MemberRole> roleIn(UUID workspaceId) {
        return Optional.ofNullable(grants.get(workspaceId)).map(Grant::role);
    }

    /** The member a signed-in user is in a workspace; empty for keys, rules and the instance administrator. */
    public Optional<UUID> memberIn(UUID workspaceId) {
        return Optional.ofNullable(grants.get(workspaceId)).map(Grant::memberId);
    }

    /** The workspaces the caller belongs to; null for the instance administrator, who sees all. */
    public Set<UUID> workspaceIds() {
        return instanceAdmin ? null : grants.keySet();
    }

    /** Who acts in a workspace: a signed-in user as the member it is there, a key as itself. */
    public Actor actorIn(UUID workspaceId) {
        Grant grant = grants.get(workspaceId);
        if (kind == Actor.Kind.MEMBER && grant != null && grant.memberId() != null) {
            return new Actor(kind, grant.memberId().toString(), name);
        }
        return new Actor(kind, credentialId, name);
    }
}
