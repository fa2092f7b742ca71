package io.worklane.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The skills a work item needs, read from its labels: {@code skill:<name>} (any level) or
 * {@code skill:<name>:<level>} (at least that level, 1–5). Labels are already on every item, filterable
 * and editable in both APIs, so no new field is needed (ADR 0024). Malformed skill labels are ignored.
 */
public final class RequiredSkills {
    public static final String PREFIX = "skill:";

    private RequiredSkills() {
    }

    public static List<Skill> of(List<String> labels) {
        List<Skill> out = new ArrayList<>();
        for (String label : labels) {
            if (!label.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                continue;
            }
            String[] parts = label.substring(PREFIX.length()).split(":");
            String name = parts[0].strip();
            int level = Skill.MIN_LEVEL;
            if (parts.length == 2 && parts[1].matches("[1-5]")) {
                level = Integer.parseInt(parts[1]);
            } else if (parts.length != 1) {
                continue;
            }
            if (!name.isEmpty() && name.length() <= Skill.MAX_NAME) {
                Skill skill = new Skill(name, level);
                if (out.stream().noneMatch(s -> s.name().equals(skill.name()))) {
                    out.add(skill);
                }
            }
        }
        return out;
    }
}
