package io.worklane.domain.workflow;

/**
 * Every predecessor must be DONE or CANCELLED: {@code {"type":"PREDECESSORS_DONE"}}. Until dependencies
 * exist the application passes no predecessors, so the guard passes.
 */
public record PredecessorsDoneGuard() implements Guard {

    @Override
    public GuardType type() {
        return GuardType.PREDECESSORS_DONE;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        return FinishedItems.evaluate(type(), context.predecessorCategories(), "predecessor", "predecessors");
    }
}
