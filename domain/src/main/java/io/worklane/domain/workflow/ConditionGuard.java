package io.worklane.domain.workflow;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.DomainException;

/**
 * The item must match a filter expression: {@code {"type":"CONDITION","filter":"priority = HIGH"}}.
 * The text is kept, not the parsed form, so the guard stays a plain value; validation parses it once
 * to refuse malformed text, evaluation parses it again (filters are short).
 */
public record ConditionGuard(String filter) implements Guard {

    @Override
    public GuardType type() {
        return GuardType.CONDITION;
    }

    /** A stored filter the language no longer accepts blocks the move instead of failing the request. */
    @Override
    public GuardResult evaluate(GuardContext context) {
        FilterExpression expression;
        try {
            expression = FilterExpression.parse(filter);
        } catch (DomainException e) {
            return GuardResult.fail(type(), "The condition '" + filter + "' is not a valid filter any more; "
                    + "ask a workspace administrator to fix this workflow.");
        }
        return expression.matches(context.item())
                ? GuardResult.pass(type(), "The item matches '" + filter + "'.")
                : GuardResult.fail(type(), "The item does not match '" + filter + "'; change it so that it does.");
    }
}
