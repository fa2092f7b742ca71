package io.worklane.domain.workflow;

/** Every child item must be DONE or CANCELLED: {@code {"type":"CHILDREN_DONE"}}. No children passes. */
public record ChildrenDoneGuard() implements Guard {

    @Override
    public GuardType type() {
        return GuardType.CHILDREN_DONE;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        return FinishedItems.evaluate(type(), context.childCategories(), "child item", "child items");
    }
}
