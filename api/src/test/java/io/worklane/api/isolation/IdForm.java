package io.worklane.api.isolation;

/**
 * How a case names workspace B's objects. Every object can be reached by its human reference (a
 * workspace's slug, a project's or work item's key) and by its id, and B's objects can also be named
 * inside A's own workspace, where only their ids make sense (keys are per workspace).
 */
enum IdForm {
    THEIR_SLUG_AND_KEYS("named by B's slug and keys", true, true),
    THEIR_IDS("named by B's ids", true, false),
    OUR_WORKSPACE_THEIR_IDS("inside A's own workspace, named by B's ids", false, false);

    private final String description;
    private final boolean theirWorkspace;
    private final boolean keys;

    IdForm(String description, boolean theirWorkspace, boolean keys) {
        this.description = description;
        this.theirWorkspace = theirWorkspace;
        this.keys = keys;
    }

    String description() {
        return description;
    }

    /** False for the form that puts A's own workspace where the workspace is named. */
    boolean namesTheirWorkspace() {
        return theirWorkspace;
    }

    boolean usesKeys() {
        return keys;
    }
}
