package io.worklane.domain.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "may this item move from one state to another?": either the workflow has no such
 * transition, or it has one and here is what each of its guards said.
 */
public sealed interface TransitionCheck {

    boolean allowed();

    /**
     * The transition to make.
     *
     * @throws DomainException TRANSITION_NOT_ALLOWED or GUARD_FAILED, saying why and what to do
     */
    Transition ensureAllowed();

    /** The workflow has no transition from {@code from} to {@code to}; {@code allowedTargets} are where it may go. */
    record NoTransition(String from, String to, List<String> allowedTargets) implements TransitionCheck {
        public NoTransition {
            allowedTargets = List.copyOf(allowedTargets);
        }

        @Override
        public boolean allowed() {
            return false;
        }

        @Override
        public Transition ensureAllowed() {
            String options = allowedTargets.isEmpty()
                    ? "'" + from + "' has no outgoing transitions."
                    : "From '" + from + "' you can move to " + Sentences.or(allowedTargets) + ".";
            throw new DomainException(ErrorCode.TRANSITION_NOT_ALLOWED,
                    "There is no transition from '" + from + "' to '" + to + "'. " + options);
        }
    }

    /**
     * The transition exists; every guard was evaluated (none short-circuited), so a person sees all that
     * stands in the way at once. {@code from} is the actual state, also when the transition is from "*".
     */
    record Evaluated(String from, Transition transition, List<GuardResult> results) implements TransitionCheck {
        public Evaluated {
            results = List.copyOf(results);
        }

        public String to() {
            return transition.to();
        }

        @Override
        public boolean allowed() {
            return results.stream().allMatch(GuardResult::passed);
        }

        public List<GuardResult> failures() {
            return results.stream().filter(r -> !r.passed()).toList();
        }

        /** A refusal lists each failed guard as {@code guards[i]} with its type as code and its reason. */
        @Override
        public Transition ensureAllowed() {
            if (allowed()) {
                return transition;
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                GuardResult r = results.get(i);
                if (!r.passed()) {
                    errors.add(new FieldError("guards[" + i + "]", r.type().name(), r.reason()));
                }
            }
            String reasons = String.join(" ", errors.stream().map(FieldError::message).toList());
            throw new GuardRefusal("'" + transition.name() + "' from '" + from + "' to '"
                    + to() + "' is blocked: " + reasons, errors, results);
        }
    }
}
