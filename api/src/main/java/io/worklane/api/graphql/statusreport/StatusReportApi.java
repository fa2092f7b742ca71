package io.worklane.api.graphql.statusreport;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.statusreport.StatusReportPatch;
import io.worklane.api.application.statusreport.StatusReportService;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.statusreport.StatusReportTypes.Field;
import io.worklane.api.graphql.statusreport.StatusReportTypes.Payload;
import io.worklane.api.graphql.statusreport.StatusReportTypes.View;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.statusreport.Health;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Status reports over GraphQL: the same use cases and refusals as REST; Project.statusReports batched. */
@GraphQLApi
@Authenticated
public class StatusReportApi {
    private final StatusReportService reports;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public StatusReportApi(StatusReportService reports, IdempotentCreate idempotent, CurrentCaller caller) {
        this.reports = reports;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's status reports, newest first (the health trend is their health by asOf). Needs "
            + "projects:read. All occurrences of this field in one query must have the same arguments.")
    public Uni<List<StatusReportTypes.@NonNull Connection>> statusReports(@Source List<Project> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, StatusReportTypes.SORT);
            return Batches.pages(sources, p -> p.domain().workspaceId(), p -> p.domain().id(),
                    (ws, ids) -> reports.pages(who, ws, sources.stream().map(Project::domain)
                            .filter(p -> ids.contains(p.id())).toList(), page), StatusReportTypes.Connection::of);
        });
    }

    @Mutation("draftStatusReport")
    @Description("Drafts a status report from the project's data (progress, schedule, budget, risks, items done, "
            + "blocked items, a suggested health). Needs projects:write.")
    public Uni<Payload> draftStatusReport(@Name("input") @NonNull StatusReportTypes.Draft in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "draftStatusReport", in,
                    () -> reports.draft(who, in.workspace, in.project, in.asOf).map(r -> new Payload(View.of(r))),
                    p -> p.statusReport().id(), id -> reports.get(who, in.workspace, in.project, id)
                            .map(r -> new Payload(View.of(r))));
        });
    }

    @Mutation("updateStatusReport")
    @Description("Edits a draft's texts and health (STATUS_REPORT_PUBLISHED once published). Needs projects:write.")
    public Uni<Payload> updateStatusReport(@Name("input") @NonNull StatusReportTypes.Update in) {
        return Uni.createFrom().deferred(() -> reports.update(caller.get(), in.workspace, in.project, in.id,
                        Changes.version(in.expectedVersion), new StatusReportPatch(
                                Changes.of(in.summary, in.clear, Field.SUMMARY, "summary"),
                                Changes.of(in.highlights, in.clear, Field.HIGHLIGHTS, "highlights"),
                                Changes.of(in.nextSteps, in.clear, Field.NEXT_STEPS, "nextSteps"),
                                Changes.of(in.health).map(h -> Health.valueOf(h.name())))))
                .map(r -> new Payload(View.of(r)));
    }

    @Mutation("publishStatusReport")
    @Description("Publishes a draft: final from then on, status_report.published (STATUS_REPORT_PUBLISHED when "
            + "published already). Needs projects:write.")
    public Uni<Payload> publishStatusReport(@Name("input") @NonNull StatusReportTypes.Publish in) {
        return Uni.createFrom().deferred(() -> reports.publish(caller.get(), in.workspace, in.project, in.id,
                Changes.version(in.expectedVersion))).map(r -> new Payload(View.of(r)));
    }
}
