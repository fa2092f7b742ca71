package io.worklane.domain.template;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/**
 * A reusable project structure. A saved template belongs to a workspace and is immutable (deleting it
 * is the only change); a built-in one ({@code workspaceId} null) ships with the server and is read-only.
 */
public record ProjectTemplate(UUID id, UUID workspaceId, String name, String description, boolean builtIn,
                              UUID sourceProjectId, Summary summary, TemplateContent content, String createdBy,
                              long version, Instant createdAt) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2_000;

    /** What lists show without reading the content. */
    public record Summary(int items, int phases, int milestones, int dependencies, Integer durationDays,
                          boolean budget) {
        public static Summary of(TemplateContent c) {
            return new Summary(c.items().size(), c.phases().size(), c.milestoneCount(), c.dependencies().size(),
                    c.durationDays(), c.budget() != null);
        }
    }

    public static ProjectTemplate save(UUID workspaceId, String name, String description, UUID sourceProjectId,
                                       TemplateContent content, String createdBy, Instant now) {
        String trimmed = name == null ? null : name.strip();
        new Validation().text(trimmed, "name", 1, MAX_NAME).text(description, "description", 0, MAX_DESCRIPTION)
                .require(content.items().size() <= TemplateContent.MAX_ITEMS, "fromProject", "TOO_LARGE",
                        "a template keeps at most " + TemplateContent.MAX_ITEMS + " items; this project has "
                                + content.items().size())
                .orThrow();
        return new ProjectTemplate(Ids.newId(), workspaceId, trimmed, description, false, sourceProjectId,
                Summary.of(content), content, createdBy, 0, now);
    }

    /** The same template without its content (lists never read it). */
    public ProjectTemplate withoutContent() {
        return new ProjectTemplate(id, workspaceId, name, description, builtIn, sourceProjectId, summary, null,
                createdBy, version, createdAt);
    }
}
