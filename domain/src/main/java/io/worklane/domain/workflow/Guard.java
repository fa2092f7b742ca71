package io.worklane.domain.workflow;

import java.util.List;

/**
 * A condition a transition must meet. In JSON a guard is an object with a {@code type} and the
 * components of its record, e.g. {@code {"type":"ROLES","roles":["ADMIN"]}}. Evaluation is pure:
 * everything it looks at is in the {@link GuardContext}, and it answers with a reason a person can
 * act on, whether it passed or not.
 */
public sealed interface Guard
        permits RequiredFieldsGuard, RolesGuard, ApprovalGuard, ChildrenDoneGuard, PredecessorsDoneGuard,
        ConditionGuard, TeamGuard {

    GuardType type();

    GuardResult evaluate(GuardContext context);

    static Guard requiredFields(String... fields) {
        return new RequiredFieldsGuard(List.of(fields));
    }

    static Guard roles(String... roles) {
        return new RolesGuard(List.of(roles));
    }

    static Guard approval() {
        return new ApprovalGuard();
    }

    static Guard childrenDone() {
        return new ChildrenDoneGuard();
    }

    static Guard predecessorsDone() {
        return new PredecessorsDoneGuard();
    }

    static Guard condition(String filter) {
        return new ConditionGuard(filter);
    }

    static Guard teams(java.util.UUID... teams) {
        return new TeamGuard(List.of(teams));
    }
}
