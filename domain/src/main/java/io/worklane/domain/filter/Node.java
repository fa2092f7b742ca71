package io.worklane.domain.filter;

import io.worklane.domain.workitem.WorkItem;
import java.util.List;
import java.util.stream.Collectors;

/** The syntax tree of a filter. {@code toString} gives the canonical form with explicit grouping. */
public sealed interface Node {
    boolean matches(WorkItem item, FilterContext context);

    record All(List<Node> parts) implements Node {
        @Override
        public boolean matches(WorkItem item, FilterContext context) {
            return parts.stream().allMatch(p -> p.matches(item, context));
        }

        @Override
        public String toString() {
            return parts.stream().map(Node::toString).collect(Collectors.joining(" AND ", "(", ")"));
        }
    }

    record Any(List<Node> parts) implements Node {
        @Override
        public boolean matches(WorkItem item, FilterContext context) {
            return parts.stream().anyMatch(p -> p.matches(item, context));
        }

        @Override
        public String toString() {
            return parts.stream().map(Node::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    record Not(Node inner) implements Node {
        @Override
        public boolean matches(WorkItem item, FilterContext context) {
            return !inner.matches(item, context);
        }

        @Override
        public String toString() {
            return "NOT " + inner;
        }
    }

    /**
     * One comparison: a field, an operator and its values (none for IS EMPTY, several for IN);
     * {@code position} is where the field's name starts in the text.
     */
    record Predicate(Field field, Operator operator, List<Object> values, int position) implements Node {
        @Override
        public boolean matches(WorkItem item, FilterContext context) {
            return Evaluator.test(this, field.read(item, context), context);
        }

        @Override
        public String toString() {
            String rendered = values.stream().map(Values::render).collect(Collectors.joining(", "));
            return field.name() + " " + operator.spelling()
                    + (operator.takesNoValue() ? "" : operator.takesList() ? " (" + rendered + ")" : " " + rendered);
        }
    }
}
