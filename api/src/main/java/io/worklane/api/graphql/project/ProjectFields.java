package io.worklane.api.graphql.project;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectService;
import io.worklane.api.application.reads.BatchReads;
import io.worklane.api.application.reads.ListReads;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Member;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.ProjectSort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * A workspace's projects (per workspace, like all of a workspace's lists: see WorkspaceQueries), and
 * the lead and custom fields of projects, loaded per level in batches.
 */
@GraphQLApi
@Authenticated
public class ProjectFields {
    private final ProjectService projects;
    private final ListReads lists;
    private final BatchReads batches;
    private final CurrentCaller caller;

    public ProjectFields(ProjectService projects, ListReads lists, BatchReads batches, CurrentCaller caller) {
        this.projects = projects;
        this.lists = lists;
        this.batches = batches;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's projects.")
    public Uni<ProjectConnection> projects(@Source Workspace workspace,
                                           @Name("first") @DefaultValue("50") Integer first,
                                           @Name("after") String after,
                                           @Name("filter") ProjectFilter filter,
                                           @Name("orderBy") @DefaultValue("CREATED_AT_ASC") ProjectOrder orderBy) {
        ProjectSort sort = ProjectOrder.of(orderBy);
        return Uni.createFrom().deferred(() -> lists.projects(caller.get(), workspace.domain().id(),
                        ProjectFilter.of(filter), sort, Paging.request(first, after, sort.token())))
                .map(page -> ProjectConnection.of(page, sort));
    }

    @Description("A project of the workspace by key or id; one that does not exist is the error PROJECT_NOT_FOUND.")
    public Uni<Project> project(@Source Workspace workspace, @Name("key") @NonNull String key) {
        return Uni.createFrom().deferred(() -> projects.get(caller.get(), workspace.getId(), key)).map(Project::new);
    }

    @Description("The member who leads the project.")
    public Uni<List<Member>> lead(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, io.worklane.domain.workspace.Member>load(sources,
                    p -> p.domain().workspaceId(), p -> Optional.ofNullable(p.domain().leadId()).stream().toList(),
                    (ws, ids) -> batches.members(who, ws, ids).map(found -> Batches.byId(found,
                            io.worklane.domain.workspace.Member::id)));
        }).map(found -> sources.stream().map(p -> member(found, p.domain().leadId())).toList());
    }

    @Description("The custom fields defined on the project, in definition order.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull CustomField>>> customFields(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, List<io.worklane.domain.project.CustomField>>load(sources,
                    p -> p.domain().workspaceId(), p -> List.of(p.domain().id()),
                    (ws, ids) -> batches.customFields(who, ws, ids));
        }).map(found -> sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                .map(CustomField::new).toList()).toList());
    }

    private static Member member(Map<UUID, io.worklane.domain.workspace.Member> found, UUID id) {
        return id == null || !found.containsKey(id) ? null : new Member(found.get(id));
    }
}
