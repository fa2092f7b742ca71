package io.worklane.api.application.project;

import io.worklane.domain.project.ProjectRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one caller sees of one workspace's projects (ADR 0084): every project ({@code all}: workspace OWNERs and
 * ADMINs, keys with {@code admin}, the instance administrator, the workspace's own SYSTEM actors), or all but the
 * PRIVATE projects it is no member of ({@code hidden}); and its project role where it has one.
 */
public record ProjectSight(boolean all, Set<UUID> hidden, Map<UUID, ProjectRole> roles, Set<UUID> gone) {
    public static final ProjectSight EVERYTHING = new ProjectSight(true, Set.of(), Map.of(), Set.of());

    /**
     * @param gone projects deleted while PRIVATE (ADR 0085): their leftovers (events) stay hidden from a non-admin;
     *             apart from {@code hidden}, which SQL filters and the kept counts' choice read
     */
    public ProjectSight {
        hidden = Set.copyOf(hidden);
        roles = Map.copyOf(roles);
        gone = gone == null ? Set.of() : Set.copyOf(gone);
    }

    /** Whether the caller sees the project (an object of no project is never hidden by this rule). */
    public boolean sees(UUID projectId) {
        return projectId == null || !hidden.contains(projectId) && !gone.contains(projectId);
    }

    public Optional<ProjectRole> role(UUID projectId) {
        return Optional.ofNullable(roles.get(projectId));
    }

    /** A workspace administrator manages every project; a project MANAGER the projects it manages. */
    public boolean manages(UUID projectId) {
        return all || role(projectId).filter(r -> r == ProjectRole.MANAGER).isPresent();
    }

    /** The projects the caller is MANAGER of (an administrator needs no list: it manages all). */
    public Set<UUID> managed() {
        return roles.entrySet().stream().filter(e -> e.getValue() == ProjectRole.MANAGER).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The hidden projects as an array for a SQL predicate ({@code project_id <> ALL($n)}); empty hides nothing. */
    public UUID[] hiddenArray() {
        return hidden.toArray(UUID[]::new);
    }
}
