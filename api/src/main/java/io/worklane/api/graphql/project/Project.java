package io.worklane.api.graphql.project;

import io.worklane.api.graphql.shared.Node;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a project; lead, custom fields and work items are resolved in batches. */
@Description("A container of work: a temporary initiative (kind PROJECT) or an ongoing process board (PROCESS).")
public class Project implements Node {
    @Ignore
    private final io.worklane.domain.project.Project project;

    public Project(io.worklane.domain.project.Project project) {
        this.project = project;
    }

    @Ignore
    public io.worklane.domain.project.Project domain() {
        return project;
    }

    @Override
    @Id
    @NonNull
    @Description("The project's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return project.id().toString();
    }

    @NonNull
    @Description("2–10 capitals, unique in the workspace (ENG); prefixes its work items' keys.")
    public String getKey() {
        return project.key();
    }

    @NonNull
    @Description("The project's display name.")
    public String getName() {
        return project.name();
    }

    @Description("Markdown.")
    public String getDescription() {
        return project.description();
    }

    @NonNull
    @Description("PROJECT: a temporary initiative with dates; PROCESS: an ongoing board without an end.")
    public ProjectKind getKind() {
        return project.kind();
    }

    @NonNull
    @Description("Where the project stands; COMPLETED and CANCELLED projects are closed and take no new work items.")
    public ProjectStatus getStatus() {
        return project.status();
    }

    public LocalDate getStartDate() {
        return project.startDate();
    }

    public LocalDate getTargetDate() {
        return project.targetDate();
    }

    @NonNull
    @Description("WORKSPACE: every member of the workspace sees it; PRIVATE: only its members and the workspace's "
            + "OWNERs and ADMINs (to everyone else it does not exist).")
    public io.worklane.domain.project.ProjectVisibility getVisibility() {
        return project.visibility();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) project.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return project.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return project.updatedAt();
    }
}
