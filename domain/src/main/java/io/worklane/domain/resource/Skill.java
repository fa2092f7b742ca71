package io.worklane.domain.resource;

/**
 * A named skill at a level from 1 (novice) to 5 (expert). Names are compared lower-cased, so "Java"
 * and "java" are one skill.
 */
public record Skill(String name, int level) {
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
    public static final int MAX_NAME = 50;

    public Skill {
        name = name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
