package io.worklane.domain.shared;

/** Who did something: a member, an API key or the system itself. Kept on comments and events. */
public record Actor(Kind kind, String id, String name) {
    public enum Kind { MEMBER, API_KEY, SYSTEM }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "Worklane");
}
