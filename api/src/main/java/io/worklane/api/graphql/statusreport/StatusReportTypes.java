package io.worklane.api.graphql.statusreport;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import io.worklane.domain.statusreport.StatusReport;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of status reports (the same as REST's). */
final class StatusReportTypes {
    static final String SORT = "-createdAt";

    private StatusReportTypes() {
    }

    @Enum("ProjectHealth")
    @Description("How a project is doing.")
    public enum HealthView { ON_TRACK, AT_RISK, OFF_TRACK }

    @Enum("StatusReportStatus")
    @Description("DRAFT (editable) or PUBLISHED (final).")
    public enum StatusView { DRAFT, PUBLISHED }

    @Enum("StatusReportField")
    @Description("The texts of a draft that an update can clear.")
    public enum Field { SUMMARY, HIGHLIGHTS, NEXT_STEPS }

    @Type("StatusReport")
    @Description("A project's status report for a period (REST: …/projects/{key}/status-reports).")
    public record View(@Id @NonNull @Description("The report's id.") String id,
                       @Id @NonNull @Description("Its project's id.") String projectId,
                       @NonNull @Description("The period's first day.") LocalDate periodStart,
                       @NonNull @Description("The period's last day.") LocalDate asOf,
                       @NonNull @Description("DRAFT or PUBLISHED.") StatusView status,
                       @NonNull @Description("The health the data suggest.") HealthView suggestedHealth,
                       @NonNull @Description("Why.") List<@NonNull String> reasons,
                       @NonNull @Description("The health people chose.") HealthView health,
                       @Description("What people wrote.") String summary,
                       @Description("Highlights of the period.") String highlights,
                       @Description("What comes next.") String nextSteps,
                       @NonNull @Description("The figures drafted from the data (docs/status-reports.md); budget null "
                               + "for a reader who may not see the project's costs.") JsonObject figures,
                       @Description("When it was published.") Instant publishedAt,
                       @Description("Who published it.") String publishedBy,
                       @NonNull @Description("When it was drafted.") Instant createdAt,
                       @Description("For expectedVersion.") int version) {
        static View of(StatusReport r) {
            return new View(r.id().toString(), r.projectId().toString(), r.periodStart(), r.asOf(),
                    StatusView.valueOf(r.status().name()), HealthView.valueOf(r.suggestedHealth().name()), r.reasons(),
                    HealthView.valueOf(r.health().name()), r.summary(), r.highlights(), r.nextSteps(),
                    JsonValues.toJson(new LinkedHashMap<>(r.figures())), r.publishedAt(), r.publishedBy(), r.createdAt(),
                    (int) r.version());
        }
    }

    @Type("StatusReportPayload")
    @Description("What the status report mutations answer.")
    public record Payload(@NonNull @Description("The report.") View statusReport) {
    }

    @Type("StatusReportEdge")
    @Description("A report and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The report.") View node) {
    }

    @Type("StatusReportConnection")
    @Description("A project's status reports, newest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<StatusReport> page) {
            return Paging.connection(page, r -> Paging.cursor(SORT, Paging.timestamp(r.createdAt()), r.id()),
                    (cursor, r) -> new Edge(cursor, View.of(r)), Connection::new);
        }
    }

    @Input("DraftStatusReportInput")
    @Description("A new draft of a project's status report, for the period ending asOf.")
    public static class Draft {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("The period's last day; default today (UTC).")
        public LocalDate asOf;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateStatusReportInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied. A published report is final.")
    public static class Update {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The report's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("Up to 20,000 characters.")
        public String summary;
        @Description("Up to 20,000 characters.")
        public String highlights;
        @Description("Up to 20,000 characters.")
        public String nextSteps;
        @Description("The health people choose.")
        public HealthView health;
        @Description("The texts to empty.")
        public List<@NonNull Field> clear;
    }

    @Input("PublishStatusReportInput")
    @Description("A draft to publish (final from then on).")
    public static class Publish {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The report's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

}
