package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.BatchReads;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import io.worklane.api.security.CurrentCaller;
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

/** The project, hierarchy and comments of work items: one statement per level and workspace each. */
@GraphQLApi
@Authenticated
public class WorkItemRelations {
    private final BatchReads reads;
    private final CurrentCaller caller;

    public WorkItemRelations(BatchReads reads, CurrentCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @NonNull
    @Description("The project the item belongs to.")
    public Uni<List<@NonNull Project>> project(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, io.worklane.domain.project.Project>load(sources, WorkItemRelations::ws,
                    w -> List.of(w.domain().projectId()),
                    (ws, ids) -> reads.projects(who, ws, ids).map(found -> Batches.byId(found,
                            io.worklane.domain.project.Project::id)));
        }).map(found -> sources.stream().map(w -> new Project(found.get(w.domain().projectId()))).toList());
    }

    @Description("The item this one is part of.")
    public Uni<List<WorkItem>> parent(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, io.worklane.domain.workitem.WorkItem>load(sources, WorkItemRelations::ws,
                    w -> Optional.ofNullable(w.domain().parentId()).stream().toList(),
                    (ws, ids) -> reads.workItems(who, ws, ids).map(found -> Batches.byId(found,
                            io.worklane.domain.workitem.WorkItem::id)));
        }).map(found -> sources.stream().map(w -> {
            var parent = w.domain().parentId() == null ? null : found.get(w.domain().parentId());
            return parent == null ? null : new WorkItem(parent);
        }).toList());
    }

    @Description("The items directly below this one, oldest first, at most 200: use childrenConnection, which pages.")
    @Deprecated
    @NonNull
    public Uni<List<@NonNull List<@NonNull WorkItem>>> children(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<io.worklane.domain.workitem.WorkItem>>load(sources,
                    WorkItemRelations::ws, w -> List.of(w.domain().id()), (ws, ids) -> reads.children(who, ws, ids));
        }).map(found -> sources.stream().map(w -> listOf(found, w).stream().map(WorkItem::new).toList()).toList());
    }

    @Description("The comments, oldest first, at most 200: use commentsConnection, which pages.")
    @Deprecated
    @NonNull
    public Uni<List<@NonNull List<@NonNull Comment>>> comments(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<io.worklane.domain.workitem.Comment>>load(sources,
                    WorkItemRelations::ws, w -> List.of(w.domain().id()), (ws, ids) -> reads.comments(who, ws, ids));
        }).map(found -> sources.stream().map(w -> listOf(found, w).stream().map(Comment::new).toList()).toList());
    }

    @Description("The items directly below this one, oldest first, in pages. Needs work_items:read. All occurrences"
            + " of this field in one query must have the same arguments.")
    @NonNull
    public Uni<List<NestedConnections.@NonNull ChildItemConnection>> childrenConnection(@Source List<WorkItem> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, NestedConnections.SORT);
            return Batches.<WorkItem, UUID, Page<io.worklane.domain.workitem.WorkItem>>load(sources,
                    WorkItemRelations::ws, w -> List.of(w.domain().id()), (ws, ids) -> reads.childPages(who, ws, ids,
                            page));
        }).map(found -> sources.stream().map(w -> NestedConnections.ChildItemConnection.of(pageOf(found, w))).toList());
    }

    @Description("The comments, oldest first, in pages. Needs work_items:read. All occurrences of this field in one"
            + " query must have the same arguments.")
    @NonNull
    public Uni<List<NestedConnections.@NonNull CommentConnection>> commentsConnection(@Source List<WorkItem> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, NestedConnections.SORT);
            return Batches.<WorkItem, UUID, Page<io.worklane.domain.workitem.Comment>>load(sources,
                    WorkItemRelations::ws, w -> List.of(w.domain().id()), (ws, ids) -> reads.commentPages(who, ws, ids,
                            page));
        }).map(found -> sources.stream().map(w -> NestedConnections.CommentConnection.of(pageOf(found, w))).toList());
    }

    static UUID ws(WorkItem w) {
        return w.domain().workspaceId();
    }

    private static <T> Page<T> pageOf(Map<UUID, Page<T>> found, WorkItem w) {
        return found.getOrDefault(w.domain().id(), new Page<>(List.of(), null));
    }

    private static <T> List<T> listOf(Map<UUID, List<T>> found, WorkItem w) {
        return found.getOrDefault(w.domain().id(), List.of());
    }
}
