package io.worklane.domain.project;

import java.util.Set;
import java.util.UUID;

/**
 * A workspace's PRIVATE projects, and those deleted while PRIVATE (ADR 0085): the events they left stay hidden
 * from whoever was no member, though no membership can be read any more (a deleted project has none).
 */
public record PrivateProjects(Set<UUID> live, Set<UUID> deleted) {
    public PrivateProjects {
        live = Set.copyOf(live);
        deleted = Set.copyOf(deleted);
    }
}
