package io.worklane.domain.workflow;

import java.util.List;

/**
 * Shared rule and wording of CHILDREN_DONE and PREDECESSORS_DONE: every related item must be finished.
 * CANCELLED counts as finished, so abandoned work never blocks the rest.
 */
final class FinishedItems {
    private FinishedItems() {
    }

    /**
     * @param singular "child item" or "predecessor"
     * @param plural   "child items" or "predecessors"
     */
    static GuardResult evaluate(GuardType type, List<StateCategory> categories, String singular, String plural) {
        int total = categories.size();
        long open = categories.stream().filter(c -> !c.isFinished()).count();
        if (total == 0) {
            return GuardResult.pass(type, "There are no " + plural + ".");
        }
        if (open == 0) {
            String all = total == 1 ? "The " + singular + " is" : "All " + total + " " + plural + " are";
            return GuardResult.pass(type, all + " done or cancelled.");
        }
        String subject = total == 1 ? "The " + singular + " is"
                : open + " of " + total + " " + plural + (open == 1 ? " is" : " are");
        return GuardResult.fail(type, subject + " not done yet.");
    }
}
