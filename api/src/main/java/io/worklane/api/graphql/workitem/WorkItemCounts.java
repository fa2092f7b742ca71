package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.ListReads;
import io.worklane.api.security.CurrentCaller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** totalCount of work item lists, counted only when asked for: one statement per workspace and filter. */
@GraphQLApi
@Authenticated
public class WorkItemCounts {
    private final ListReads lists;
    private final CurrentCaller caller;

    public WorkItemCounts(ListReads lists, CurrentCaller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    private record Group(UUID workspaceId, io.worklane.domain.workitem.WorkItemFilter filter) {
    }

    @Description("How many items the list has in all pages, under its filter.")
    @NonNull
    public Uni<List<@NonNull Integer>> totalCount(@Source List<WorkItemConnection> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            Map<Group, Set<UUID>> projectLists = new LinkedHashMap<>();
            Set<Group> workspaceLists = new LinkedHashSet<>();
            for (WorkItemConnection c : sources) {
                var s = c.scope();
                Group g = new Group(s.workspaceId(), s.filter());
                if (s.projectId() != null) {
                    projectLists.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(s.projectId());
                } else {
                    workspaceLists.add(g);
                }
            }
            List<Uni<Map<WorkItemConnection.Scope, Long>>> counts = new ArrayList<>();
            projectLists.forEach((g, ids) -> counts.add(lists.workItemCountsByProject(who, g.workspaceId(), ids,
                    g.filter()).map(byProject -> {
                        Map<WorkItemConnection.Scope, Long> m = new HashMap<>();
                        byProject.forEach((id, n) -> m.put(new WorkItemConnection.Scope(g.workspaceId(), id,
                                g.filter()), n));
                        return m;
                    })));
            workspaceLists.forEach(g -> counts.add(lists.workItemCount(who, g.workspaceId(), g.filter())
                    .map(n -> Map.of(new WorkItemConnection.Scope(g.workspaceId(), null, g.filter()), n))));
            return Uni.join().all(counts).andFailFast();
        }).map(maps -> {
            Map<WorkItemConnection.Scope, Long> all = new HashMap<>();
            maps.forEach(all::putAll);
            return sources.stream().map(c -> all.getOrDefault(c.scope(), 0L).intValue()).toList();
        });
    }
}
