package io.worklane.domain.resource;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone or something that does work: its skills, the minutes it works per weekday, its time off
 * and its cost rates. The version is for optimistic locking: it starts at 0 and persistence bumps it.
 *
 * @param memberId the workspace member this person is, or null
 */
public record Resource(UUID id, UUID workspaceId, ResourceKind kind, String name, UUID memberId, List<Skill> skills,
                       WeeklyCapacity capacity, List<TimeOff> timeOff, CostRates costRates, long version,
                       Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME = 200;

    public Resource {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(kind, "kind");
        skills = List.copyOf(skills);
        timeOff = List.copyOf(timeOff);
    }

    /** A new resource; refused (VALIDATION_FAILED) with every problem at once. */
    public static Resource create(UUID workspaceId, NewResource n, Instant now) {
        return read(Ids.newId(), workspaceId, n, 0, now, now);
    }

    /** Replaces everything a client may set; id, workspace, version and creation stay. */
    public Resource change(NewResource n, Instant now) {
        return read(id, workspaceId, n, version, createdAt, now);
    }

    /** Minutes this resource can work on {@code day}: none on its time off or a workspace holiday. */
    public int capacityOn(LocalDate day, java.util.Set<LocalDate> holidays) {
        if (holidays.contains(day) || timeOff.stream().anyMatch(t -> t.covers(day))) {
            return 0;
        }
        return capacity.on(day.getDayOfWeek());
    }

    public java.util.Optional<Skill> skill(String name) {
        return skills.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The client's view of it, for a patch to change. */
    public NewResource toNew() {
        var cap = new java.util.LinkedHashMap<String, Integer>();
        capacity.minutes().forEach((d, m) -> cap.put(d.name(), m));
        return new NewResource(kind.name(), name, memberId,
                skills.stream().map(s -> new NewResource.SkillInput(s.name(), s.level())).toList(), cap,
                timeOff.stream().map(t -> new NewResource.TimeOffInput(t.from().toString(), t.to().toString(),
                        t.reason())).toList(),
                costRates.rates().stream().map(r -> new NewResource.RateInput(r.from().toString(),
                        r.rate().amount().toPlainString(), r.rate().currency(), r.unit().name())).toList());
    }

    private static Resource read(UUID id, UUID workspaceId, NewResource n, long version, Instant createdAt,
                                 Instant now) {
        Validation v = new Validation();
        ResourceKind kind = null;
        for (ResourceKind k : ResourceKind.values()) {
            if (k.name().equals(n.kind())) {
                kind = k;
            }
        }
        v.require(kind != null, "kind", n.kind() == null ? "REQUIRED" : "INVALID_VALUE",
                "must be PERSON, EQUIPMENT, ROOM or OTHER");
        String name = n.name() == null ? null : n.name().strip();
        v.text(name, "name", 1, MAX_NAME);
        if (n.memberId() != null && kind != null && kind != ResourceKind.PERSON) {
            v.add(new FieldError("member", "MEMBER_ONLY_FOR_PERSON", "only a PERSON resource can be a member"));
        }
        check(v, n);
        List<Skill> skills = ResourceInputs.skills(n.skills(), v);
        WeeklyCapacity capacity = ResourceInputs.capacity(n.capacity(), v);
        List<TimeOff> timeOff = ResourceInputs.timeOff(n.timeOff(), v);
        CostRates rates = ResourceInputs.rates(n.costRates(), v);
        v.orThrow();
        return new Resource(id, workspaceId, kind, name, n.memberId(), skills, capacity, timeOff, rates, version,
                createdAt, now);
    }

    private static void check(Validation v, NewResource n) {
        int max = ResourceInputs.MAX_ITEMS;
        v.require(n.skills() == null || n.skills().size() <= max, "skills", "TOO_MANY", "at most " + max);
        v.require(n.timeOff() == null || n.timeOff().size() <= max, "timeOff", "TOO_MANY", "at most " + max);
        v.require(n.costRates() == null || n.costRates().size() <= max, "costRates", "TOO_MANY", "at most " + max);
    }
}
