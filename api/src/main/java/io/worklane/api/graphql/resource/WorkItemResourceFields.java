package io.worklane.api.graphql.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.resource.SuggestionService;
import io.worklane.api.application.time.TimeEntryService;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** WorkItem.timeEntries and WorkItem.assignmentSuggestions, batched: a fixed number of statements per level. */
@GraphQLApi
@Authenticated
public class WorkItemResourceFields {
    static final int ENTRIES_PER_ITEM = 200;
    private final TimeEntryService timeEntries;
    private final SuggestionService suggestions;
    private final CurrentCaller caller;

    public WorkItemResourceFields(TimeEntryService timeEntries, SuggestionService suggestions, CurrentCaller caller) {
        this.timeEntries = timeEntries;
        this.suggestions = suggestions;
        this.caller = caller;
    }

    @NonNull
    @Deprecated
    @Description("The time logged on the item, newest day first, at most 200: use timeEntriesConnection, which pages."
            + " Needs time_entries:read.")
    public Uni<List<@NonNull List<ResourceTypes.@NonNull TimeEntry>>> timeEntries(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<io.worklane.domain.time.TimeEntry>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> timeEntries.ofWorkItems(who, ws, ids, ENTRIES_PER_ITEM)).map(found -> sources.stream()
                    .map(w -> found.getOrDefault(w.domain().id(), List.of()).stream().map(t -> ResourceTypes.TimeEntry
                            .of(t, CostVisibility.showsCosts(who, t.workspaceId()))).toList()).toList());
        });
    }

    @NonNull
    @Description("The time logged on the item, newest day first, in pages. Needs time_entries:read. All occurrences of"
            + " this field in one query must have the same arguments.")
    public Uni<List<ResourceListConnections.@NonNull TimeEntryConnection>> timeEntriesConnection(
            @Source List<WorkItem> sources, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, ResourceListConnections.NEWEST_DAY_FIRST);
            return Batches.<WorkItem, UUID, Page<io.worklane.domain.time.TimeEntry>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> timeEntries.pagesOfWorkItems(who, ws, ids, page)).map(found -> sources.stream()
                    .map(w -> ResourceListConnections.TimeEntryConnection.of(found.getOrDefault(w.domain().id(),
                            Page.empty()), CostVisibility.showsCosts(who, w.domain().workspaceId()))).toList());
        });
    }

    @NonNull
    @Description("People ranked by the item's required skills (labels skill:<name> or skill:<name>:<level>) and free "
            + "capacity between its start and due dates, each with the reason (at most 20). Needs resources:read.")
    public Uni<List<@NonNull List<ResourceTypes.@NonNull AssignmentSuggestion>>> assignmentSuggestions(
            @Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            Map<UUID, List<io.worklane.domain.workitem.WorkItem>> byWorkspace = new java.util.LinkedHashMap<>();
            sources.forEach(w -> byWorkspace.computeIfAbsent(w.domain().workspaceId(), k -> new java.util.ArrayList<>())
                    .add(w.domain()));
            List<Uni<Map<UUID, SuggestionService.Result>>> loads = byWorkspace.entrySet().stream()
                    .map(e -> suggestions.ofWorkItems(who, e.getKey(), e.getValue())).toList();
            return (loads.isEmpty() ? Uni.createFrom().item(List.<Map<UUID, SuggestionService.Result>>of())
                    : Uni.join().all(loads).andFailFast()).map(maps -> {
                Map<UUID, SuggestionService.Result> all = new java.util.HashMap<>();
                maps.forEach(all::putAll);
                return sources.stream().map(w -> all.get(w.domain().id()).items().stream()
                        .map(s -> new ResourceTypes.AssignmentSuggestion(new Resource(s.resource(),
                                CostVisibility.showsCosts(who, s.resource().workspaceId())), s.rank(),
                                s.matchedSkills(), s.missingSkills(), s.freeMinutes(), s.reason())).toList()).toList();
            });
        });
    }
}
