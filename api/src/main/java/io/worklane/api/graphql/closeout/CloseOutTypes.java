package io.worklane.api.graphql.closeout;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.closeout.ProjectClosure;
import io.worklane.domain.shared.Page;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of close-out (the same as REST's). */
final class CloseOutTypes {
    static final String SORT = "-closedAt";

    private CloseOutTypes() {
    }

    @Enum("ClosedStatus")
    @Description("The status a project closes with.")
    public enum Closed { COMPLETED, CANCELLED }

    @Type("OverriddenReason")
    @Description("A reason a forced close overrode.")
    public record Reason(@NonNull @Description("items or statusReport.") String field,
                         @NonNull @Description("ITEMS_OPEN or FINAL_REPORT_UNPUBLISHED.") String code,
                         @NonNull @Description("What it said.") String message) {
    }

    @Type("ProjectClosure")
    @Description("A project's close-out: outcome, lessons learned, who closed it and what a forced close overrode.")
    public record View(@Id @NonNull @Description("The close-out's id.") String id,
                       @Id @NonNull @Description("The project's id.") String projectId,
                       @NonNull @Description("Its key then.") String projectKey,
                       @NonNull @Description("Its name then.") String projectName,
                       @NonNull @Description("What it achieved.") String outcome,
                       @Description("What the next project should know.") String lessonsLearned,
                       @NonNull @Description("COMPLETED or CANCELLED.") Closed status,
                       @Description("Closed by force past the refusals.") boolean forced,
                       @NonNull @Description("The reasons a forced close overrode.") List<@NonNull Reason> overridden,
                       @Description("Who closed it.") String closedBy,
                       @NonNull @Description("When.") Instant closedAt) {
        static View of(ProjectClosure c) {
            return new View(c.id().toString(), c.projectId().toString(), c.projectKey(), c.projectName(), c.outcome(),
                    c.lessonsLearned(), Closed.valueOf(c.finalStatus().name()), c.forced(), c.overridden().stream()
                    .map(e -> new Reason(e.field(), e.code(), e.message())).toList(), c.closedBy(), c.closedAt());
        }
    }

    @Type("CloseProjectPayload")
    @Description("What closeProject answers.")
    public record Payload(@NonNull @Description("The close-out.") View closure) {
    }

    @Type("ProjectClosureEdge")
    @Description("A close-out and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The close-out.") View node) {
    }

    @Type("ProjectClosureConnection")
    @Description("Close-outs with their lessons, newest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<ProjectClosure> page) {
            return Paging.connection(page, c -> Paging.cursor(SORT, Paging.timestamp(c.closedAt()), c.id()),
                    (cursor, c) -> new Edge(cursor, View.of(c)), Connection::new);
        }
    }

    @Input("CloseProjectInput")
    @Description("Closes a project with its outcome and lessons learned (see REST POST …/projects/{key}/close).")
    public static class Close {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Description("What the project achieved, 1 to 10,000 characters.")
        public String outcome;
        @Description("What the next project should know, up to 20,000 characters.")
        public String lessonsLearned;
        @Description("Default COMPLETED.")
        public Closed status;
        @Description("Close despite the refusals (the project's MANAGER or a workspace OWNER or ADMIN only); recorded.")
        public Boolean force;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }
}
