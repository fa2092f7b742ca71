package io.worklane.api.application.statusreport;

import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A draft's {@code itemsDone} (completed in the period) and {@code blocked} (waiting on an unfinished predecessor). */
final class ItemSections {
    static final int MAX_LISTED = 100;

    private ItemSections() {
    }

    static List<Map<String, Object>> done(ReportInputs in) {
        return in.network().input().items().stream()
                .filter(i -> in.categories().get(i.id()) == StateCategory.DONE && i.completedAt() != null
                        && Texts.within(i.completedAt(), in))
                .limit(MAX_LISTED).map(i -> {
                    Map<String, Object> m = item(i);
                    m.put("completedAt", i.completedAt().toString());
                    return m;
                }).toList();
    }

    /** Open items waiting, finish-to-start, for a predecessor that is not finished. */
    static List<WorkItem> blocked(ReportInputs in) {
        Map<UUID, WorkItem> outside = in.network().input().outside().stream()
                .collect(Collectors.toMap(WorkItem::id, w -> w, (a, b) -> a));
        Set<UUID> waiting = in.network().input().dependencies().stream().filter(d -> d.type() == DependencyType.FS)
                .filter(d -> unfinished(in, outside, d.predecessorId())).map(Dependency::successorId)
                .collect(Collectors.toSet());
        return in.network().input().items().stream().filter(i -> waiting.contains(i.id())
                && ItemStates.isOpen(in.categories(), i.id())).toList();
    }

    static Map<String, Object> item(WorkItem i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id().toString());
        out.put("key", i.key());
        out.put("title", i.title());
        return out;
    }

    private static boolean unfinished(ReportInputs in, Map<UUID, WorkItem> outside, UUID id) {
        WorkItem other = outside.get(id);
        return other != null ? other.completedAt() == null : ItemStates.isOpen(in.categories(), id);
    }
}
