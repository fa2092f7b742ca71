package io.worklane.api.application.planning;

import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Link;
import io.worklane.domain.workitem.WorkItem;
import java.util.List;

/** What an item's dependencies and links read as: each with the item at its other end. */
public final class Related {
    private Related() {
    }

    /** A dependency seen from one of its ends: {@code other} is the item at the far end. */
    public record Dependent(Dependency dependency, WorkItem other) {
    }

    /** The item's predecessors (what it waits for) and successors (what waits for it), oldest first. */
    public record Dependencies(WorkItem item, List<Dependent> predecessors, List<Dependent> successors) {
    }

    /** A link seen from one of its ends; {@code outgoing} when this item is its source. */
    public record Linked(Link link, WorkItem other, boolean outgoing) {
    }

    /** A dependency with both its items, as a create answers it. */
    public record Shown(Dependency dependency, WorkItem predecessor, WorkItem successor) {
    }
}
