package io.worklane.api.rest.resource;

import io.worklane.api.application.resource.SuggestionService;
import io.worklane.api.application.resource.WorkloadService;
import io.worklane.domain.resource.ResourceWorkload;
import io.worklane.domain.resource.WorkloadPeriod;
import io.worklane.openapi.model.AssignmentSuggestion;
import io.worklane.openapi.model.AssignmentSuggestions;
import io.worklane.openapi.model.ResourceRef;
import io.worklane.openapi.model.Skill;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload as maps written to JSON here, so that {@code utilization} is written as null when capacity
 * is 0 (the server's mapper leaves nulls out), and suggestions in their REST shape.
 */
final class WorkloadDtos {
    private WorkloadDtos() {
    }

    /** Written here, not by the server's mapper, which leaves null values out even of maps. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    static String json(WorkloadService.Result result) {
        try {
            return JSON.writeValueAsString(of(result));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("workload not serialisable", e);
        }
    }

    static Map<String, Object> of(WorkloadService.Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", result.range().start().toString());
        out.put("to", result.range().end().toString());
        out.put("granularity", result.range().granularity().name());
        out.put("resources", result.resources().stream().map(WorkloadDtos::of).toList());
        return out;
    }

    private static Map<String, Object> of(ResourceWorkload w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("resource", Map.of("id", w.resource().id().toString(), "name", w.resource().name()));
        out.put("periods", w.periods().stream().map(WorkloadDtos::of).toList());
        return out;
    }

    private static Map<String, Object> of(WorkloadPeriod p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", p.start().toString());
        out.put("capacityMinutes", p.capacityMinutes());
        out.put("allocatedMinutes", p.allocatedMinutes());
        out.put("assignedMinutes", p.assignedMinutes());
        out.put("loggedMinutes", p.loggedMinutes());
        out.put("utilization", p.utilization());
        out.put("overallocated", p.overallocated());
        return out;
    }

    static AssignmentSuggestions of(SuggestionService.Result r) {
        List<AssignmentSuggestion> items = r.items().stream().map(s -> new AssignmentSuggestion()
                .resource(new ResourceRef().id(s.resource().id()).name(s.resource().name())).rank(s.rank())
                .matchedSkills(s.matchedSkills()).missingSkills(s.missingSkills()).freeMinutes(s.freeMinutes())
                .reason(s.reason())).toList();
        return new AssignmentSuggestions().from(r.from()).to(r.to())
                .requiredSkills(r.required().stream().map(k -> new Skill().name(k.name()).level(k.level())).toList())
                .items(items);
    }
}
