package io.worklane.domain.team;

/** How an automation rule picks the member of a team it assigns an item to. */
public enum AssignStrategy {
    /** The next member after the one assigned last, in the order they joined; after the last, the first again. */
    ROUND_ROBIN,
    /** The member with the fewest assigned minutes of open work; the earlier joiner on a tie. */
    LEAST_LOADED
}
