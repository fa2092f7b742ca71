package io.worklane.api.application.resource;

import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.WorkloadPeriod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of resource and allocation events. Events carry no money (cost rates): the change feed is
 * read with {@code webhooks:read}, which does not imply seeing costs; `costRatesChanged` says they changed.
 */
public final class ResourceData {
    private ResourceData() {
    }

    public static Map<String, Object> of(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("kind", r.kind().name());
        m.put("name", r.name());
        m.put("memberId", r.memberId() == null ? null : r.memberId().toString());
        m.put("skills", r.skills().stream().map(s -> Map.of("name", s.name(), "level", s.level())).toList());
        Map<String, Integer> capacity = new LinkedHashMap<>();
        r.capacity().minutes().forEach((d, v) -> capacity.put(d.name(), v));
        m.put("capacity", capacity);
        m.put("timeOff", r.timeOff().stream().map(t -> Map.of("from", t.from().toString(), "to", t.to().toString()))
                .toList());
        m.put("version", r.version());
        return m;
    }

    public static Map<String, Object> of(Allocation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("resourceId", a.resourceId().toString());
        m.put("projectId", a.projectId().toString());
        m.put("workItemId", a.workItemId() == null ? null : a.workItemId().toString());
        m.put("from", a.from().toString());
        m.put("to", a.to().toString());
        m.put("minutesPerWeek", a.minutesPerWeek());
        m.put("percent", a.percent() == null ? null : a.percent().toPlainString());
        m.put("version", a.version());
        return m;
    }

    /** allocation.overallocated: which resource, because of which allocation, in which periods. */
    public static Map<String, Object> overallocated(Resource r, Allocation cause, List<WorkloadPeriod> periods) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resource", Map.of("id", r.id().toString(), "name", r.name()));
        m.put("allocationId", cause.id().toString());
        m.put("periods", periods.stream().map(p -> Map.of("start", p.start().toString(), "capacityMinutes",
                p.capacityMinutes(), "allocatedMinutes", p.allocatedMinutes())).toList());
        return m;
    }
}
