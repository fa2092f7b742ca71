package io.worklane.persistence.resource;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.resource.CostRate;
import io.worklane.domain.resource.CostRates;
import io.worklane.domain.resource.RateUnit;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.ResourceKind;
import io.worklane.domain.resource.Skill;
import io.worklane.domain.resource.TimeOff;
import io.worklane.domain.resource.WeeklyCapacity;
import io.worklane.domain.shared.Money;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resource ↔ entity and row → resource; the jsonb documents spelled out field by field. */
final class ResourceMapping {
    static final String COLUMNS = "id, workspace_id, kind, name, member_id, skills::text AS skills,"
            + " capacity::text AS capacity, time_off::text AS time_off, cost_rates::text AS cost_rates, version,"
            + " created_at, updated_at";

    private ResourceMapping() {
    }

    static Resource fromRow(Row r) {
        return read(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("kind"), r.getString("name"),
                r.getUUID("member_id"), r.getString("skills"), r.getString("capacity"), r.getString("time_off"),
                r.getString("cost_rates"), r.getLong("version"), Rows.instant(r, "created_at"),
                Rows.instant(r, "updated_at"));
    }

    static Resource fromEntity(ResourceEntity e) {
        return read(e.id, e.workspaceId, e.kind, e.name, e.memberId, e.skills, e.capacity, e.timeOff, e.costRates,
                e.version, e.createdAt, e.updatedAt);
    }

    static ResourceEntity copy(Resource r, ResourceEntity e) {
        e.id = r.id();
        e.workspaceId = r.workspaceId();
        e.kind = r.kind().name();
        e.name = r.name();
        e.memberId = r.memberId();
        e.skills = Json.write(r.skills().stream().map(s -> Map.of("name", s.name(), "level", s.level())).toList());
        Map<String, Integer> capacity = new LinkedHashMap<>();
        r.capacity().minutes().forEach((d, m) -> capacity.put(d.name(), m));
        e.capacity = Json.write(capacity);
        e.timeOff = Json.write(r.timeOff().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", t.from().toString());
            m.put("to", t.to().toString());
            m.put("reason", t.reason());
            return m;
        }).toList());
        e.costRates = Json.write(r.costRates().rates().stream().map(c -> Map.of("from", c.from().toString(),
                "amount", c.rate().amount().toPlainString(), "currency", c.rate().currency(),
                "unit", c.unit().name())).toList());
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
        return e;
    }

    private static Resource read(UUID id, UUID ws, String kind, String name, UUID memberId, String skills,
                                 String capacity, String timeOff, String rates, long version, Instant createdAt,
                                 Instant updatedAt) {
        List<Skill> skillList = Json.objects(skills).stream()
                .map(m -> new Skill((String) m.get("name"), ((Number) m.get("level")).intValue())).toList();
        Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        Json.map(capacity).forEach((d, m) -> minutes.put(DayOfWeek.valueOf(d), ((Number) m).intValue()));
        List<TimeOff> off = Json.objects(timeOff).stream().map(m -> new TimeOff(LocalDate.parse((String) m.get("from")),
                LocalDate.parse((String) m.get("to")), (String) m.get("reason"))).toList();
        List<CostRate> costRates = Json.objects(rates).stream().map(m -> new CostRate(
                LocalDate.parse((String) m.get("from")), money((String) m.get("amount"), (String) m.get("currency")),
                RateUnit.valueOf((String) m.get("unit")))).toList();
        return new Resource(id, ws, ResourceKind.valueOf(kind), name, memberId, skillList, new WeeklyCapacity(minutes),
                off, new CostRates(costRates), version, createdAt, updatedAt);
    }

    private static Money money(String amount, String currency) {
        int digits = Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return new Money(new BigDecimal(amount).setScale(digits), currency);
    }
}
