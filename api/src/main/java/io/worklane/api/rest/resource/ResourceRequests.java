package io.worklane.api.rest.resource;

import io.worklane.api.application.resource.AllocationDraft;
import io.worklane.api.application.resource.AllocationPatch;
import io.worklane.api.application.resource.ResourceDraft;
import io.worklane.api.application.resource.ResourcePatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.resource.NewResource;
import io.worklane.domain.shared.Change;
import io.worklane.openapi.model.AllocationCreate;
import io.worklane.openapi.model.CostRate;
import io.worklane.openapi.model.ResourceCreate;
import io.worklane.openapi.model.Skill;
import io.worklane.openapi.model.TimeOff;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** REST bodies → resource and allocation drafts and patches; values pass as written, the domain judges them. */
final class ResourceRequests {
    static final Set<String> RESOURCE_FIELDS = Set.of("kind", "name", "member", "skills", "capacity", "timeOff",
            "costRates");
    static final Set<String> ALLOCATION_FIELDS = Set.of("from", "to", "minutesPerWeek", "percent", "note");

    private ResourceRequests() {
    }

    static ResourceDraft draft(ResourceCreate b) {
        return new ResourceDraft(b.getKind() == null ? null : b.getKind().name(), b.getName(), b.getMember(),
                skills(b.getSkills()), b.getCapacity(), timeOff(b.getTimeOff()), rates(b.getCostRates()));
    }

    static AllocationDraft draft(AllocationCreate b) {
        return new AllocationDraft(b.getResource(), b.getProject(), b.getWorkItem(), text(b.getFrom()), text(b.getTo()),
                b.getMinutesPerWeek(), b.getPercent(), b.getNote());
    }

    static ResourcePatch resourcePatch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, RESOURCE_FIELDS);
        ResourcePatch patch = new ResourcePatch(p.requiredText("kind"), p.requiredText("name"), p.text("member"),
                p.objects("skills").map(l -> l == null ? List.<NewResource.SkillInput>of() : l.stream()
                        .map(m -> new NewResource.SkillInput(str(m.get("name")), integer(m.get("level")))).toList()),
                p.object("capacity").map(ResourceRequests::capacity),
                p.objects("timeOff").map(l -> l == null ? List.<NewResource.TimeOffInput>of() : l.stream()
                        .map(m -> new NewResource.TimeOffInput(str(m.get("from")), str(m.get("to")),
                                str(m.get("reason")))).toList()),
                p.objects("costRates").map(l -> l == null ? List.<NewResource.RateInput>of() : l.stream()
                        .map(ResourceRequests::rate).toList()));
        p.check();
        return patch;
    }

    static AllocationPatch allocationPatch(Map<?, ?> body) {
        Map<?, ?> raw = body;
        MergePatch p = MergePatch.of(body, ALLOCATION_FIELDS);
        Change<Long> minutes = p.integer("minutesPerWeek");
        Object pct = raw == null ? null : raw.get("percent");
        Change<BigDecimal> percent = raw == null || !raw.containsKey("percent") ? Change.absent()
                : Change.to(pct instanceof Number n ? new BigDecimal(n.toString()) : null);
        AllocationPatch patch = new AllocationPatch(p.requiredText("from"), p.requiredText("to"),
                minutes.map(v -> v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v))),
                percent, p.text("note"));
        p.check();
        return patch;
    }

    private static Map<String, Integer> capacity(Map<String, Object> in) {
        if (in == null) {
            return null;
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, integer(v)));
        return out;
    }

    private static NewResource.RateInput rate(Map<String, Object> m) {
        Object rate = m.get("rate");
        Map<?, ?> money = rate instanceof Map<?, ?> r ? r : Map.of();
        return new NewResource.RateInput(str(m.get("from")), str(money.get("amount")), str(money.get("currency")),
                str(m.get("unit")));
    }

    private static List<NewResource.SkillInput> skills(List<Skill> in) {
        return in == null ? List.of() : in.stream().map(s -> new NewResource.SkillInput(s.getName(), s.getLevel()))
                .toList();
    }

    private static List<NewResource.TimeOffInput> timeOff(List<TimeOff> in) {
        return in == null ? List.of() : in.stream().map(t -> new NewResource.TimeOffInput(text(t.getFrom()),
                text(t.getTo()), t.getReason())).toList();
    }

    private static List<NewResource.RateInput> rates(List<CostRate> in) {
        return in == null ? List.of() : in.stream().map(r -> new NewResource.RateInput(text(r.getFrom()),
                r.getRate() == null ? null : r.getRate().getAmount(), r.getRate() == null ? null
                : r.getRate().getCurrency(), r.getUnit() == null ? null : r.getUnit().value())).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    /** An integer as written; a number out of range becomes one the domain refuses; anything else null (missing). */
    private static Integer integer(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && Math.abs(l) < Integer.MAX_VALUE) {
            return Integer.valueOf((int) (long) l);
        }
        // beware the conditional operator here: with an int branch it unboxes a null and throws
        return value instanceof Number ? Integer.valueOf(Integer.MIN_VALUE) : null;
    }
}
