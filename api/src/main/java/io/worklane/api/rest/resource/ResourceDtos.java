package io.worklane.api.rest.resource;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.AllocationList;
import io.worklane.openapi.model.CostRate;
import io.worklane.openapi.model.ResourceKind;
import io.worklane.openapi.model.ResourceList;
import io.worklane.openapi.model.Skill;
import io.worklane.openapi.model.TimeOff;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Resources, holidays and allocations in their REST shapes; cost rates only when {@code costs}. */
final class ResourceDtos {
    private ResourceDtos() {
    }

    static io.worklane.openapi.model.Resource of(Resource r, boolean costs) {
        Map<String, Integer> capacity = new LinkedHashMap<>();
        r.capacity().minutes().forEach((d, m) -> capacity.put(d.name(), m));
        return new io.worklane.openapi.model.Resource().id(r.id()).kind(ResourceKind.fromValue(r.kind().name()))
                .name(r.name()).memberId(r.memberId())
                .skills(r.skills().stream().map(s -> new Skill().name(s.name()).level(s.level())).toList())
                .capacity(capacity)
                .timeOff(r.timeOff().stream().map(t -> new TimeOff().from(t.from()).to(t.to()).reason(t.reason()))
                        .toList())
                .costRates(!costs ? null : r.costRates().rates().stream().map(c -> new CostRate().from(c.from())
                        .rate(money(c.rate())).unit(CostRate.UnitEnum.fromValue(c.unit().name()))).toList())
                .version(r.version()).createdAt(Dates.utc(r.createdAt())).updatedAt(Dates.utc(r.updatedAt()));
    }

    static ResourceList of(Page<Resource> page, boolean costs) {
        return new ResourceList().items(page.items().stream().map(r -> of(r, costs)).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.Money money(Money m) {
        return m == null ? null : new io.worklane.openapi.model.Money().amount(m.amount().toPlainString())
                .currency(m.currency());
    }

    static io.worklane.openapi.model.Holiday of(Holiday h) {
        return new io.worklane.openapi.model.Holiday().id(h.id()).date(h.day()).name(h.name()).version(h.version());
    }

    static io.worklane.openapi.model.Allocation of(Allocation a, Map<UUID, String> projectKeys) {
        return new io.worklane.openapi.model.Allocation().id(a.id()).resourceId(a.resourceId()).projectId(a.projectId())
                .projectKey(projectKeys.get(a.projectId())).workItemId(a.workItemId()).from(a.from()).to(a.to())
                .minutesPerWeek(a.minutesPerWeek()).percent(a.percent()).note(a.note()).version(a.version())
                .createdAt(Dates.utc(a.createdAt())).updatedAt(Dates.utc(a.updatedAt()));
    }

    static AllocationList of(Page<Allocation> page, Map<UUID, String> projectKeys) {
        return new AllocationList().items(page.items().stream().map(a -> of(a, projectKeys)).toList())
                .nextCursor(page.nextCursor());
    }
}
