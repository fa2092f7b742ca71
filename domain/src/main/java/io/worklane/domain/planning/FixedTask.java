package io.worklane.domain.planning;

import java.util.UUID;

/**
 * An item outside the network (another project's) that a task depends on: its planned dates hold
 * as they are, as fixed constraints ({@code finish} exclusive).
 */
public record FixedTask(UUID id, String key, int start, int finish) {
}
