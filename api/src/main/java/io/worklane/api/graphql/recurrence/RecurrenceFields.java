package io.worklane.api.graphql.recurrence;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.recurrence.RecurrenceQueries;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.recurrence.Recurrences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.recurrences, Workspace.recurrence(id:) and Recurrence.latestOccurrences: the same reads as REST. */
@GraphQLApi
@Authenticated
public class RecurrenceFields {
    private final RecurrenceQueries queries;
    private final CurrentCaller caller;

    public RecurrenceFields(RecurrenceQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Name("recurrences")
    @Description("The workspace's recurring series (one project's with project), oldest first. Needs work_items:read.")
    public Uni<RecurrenceConnection> recurrences(@Source Workspace workspace, @Name("project") String project,
                                                 @Name("first") @DefaultValue("50") Integer first,
                                                 @Name("after") String after) {
        return Uni.createFrom().deferred(() -> queries.list(caller.get(), workspace.domain().id().toString(), project,
                Paging.request(first, after, Recurrences.SORT))).map(RecurrenceConnection::of);
    }

    @Name("recurrence")
    @Description("A recurring series (RECURRENCE_NOT_FOUND when there is none). Needs work_items:read.")
    public Uni<RecurrenceType> recurrence(@Source Workspace workspace, @Name("id") @NonNull @Id String id) {
        return Uni.createFrom().deferred(() -> queries.get(caller.get(), workspace.domain().id().toString(), id))
                .map(RecurrenceType::new);
    }

    @Name("recurrence")
    @Description("The recurring series that created the item; null for an item no series created. One statement for"
            + " a whole page of items.")
    public Uni<List<RecurrenceType>> recurrenceOfItems(@Source List<WorkItem> items) {
        Map<UUID, List<UUID>> byWorkspace = new LinkedHashMap<>();
        items.forEach(i -> byWorkspace.computeIfAbsent(i.domain().workspaceId(), k -> new ArrayList<>())
                .add(i.domain().id()));
        Uni<Map<UUID, Recurrence>> all = Uni.createFrom().item(new LinkedHashMap<>());
        for (Map.Entry<UUID, List<UUID>> ws : byWorkspace.entrySet()) {
            all = all.chain(found -> queries.ofItems(ws.getKey(), ws.getValue()).map(more -> {
                found.putAll(more);
                return found;
            }));
        }
        return all.map(found -> items.stream().map(i -> found.get(i.domain().id()))
                .map(r -> r == null ? null : new RecurrenceType(r)).toList());
    }

    @NonNull
    @Name("latestOccurrences")
    @Description("The latest items the series created, newest first (up to 10); one statement for a whole page.")
    public Uni<List<@NonNull List<RecurrenceConnection.@NonNull RecurrenceOccurrence>>> latestOccurrences(
            @Source List<RecurrenceType> sources) {
        Map<UUID, List<UUID>> byWorkspace = new LinkedHashMap<>();
        sources.forEach(s -> byWorkspace.computeIfAbsent(s.domain().workspaceId(), k -> new ArrayList<>())
                .add(s.domain().id()));
        Uni<Map<UUID, List<Recurrences.Occurrence>>> all = Uni.createFrom().item(new LinkedHashMap<>());
        for (Map.Entry<UUID, List<UUID>> ws : byWorkspace.entrySet()) {
            all = all.chain(found -> queries.latest(ws.getKey(), ws.getValue()).map(more -> {
                found.putAll(more);
                return found;
            }));
        }
        return all.map(found -> sources.stream().map(s -> found.getOrDefault(s.domain().id(), List.of()).stream()
                .map(RecurrenceConnection.RecurrenceOccurrence::of).toList()).toList());
    }
}
