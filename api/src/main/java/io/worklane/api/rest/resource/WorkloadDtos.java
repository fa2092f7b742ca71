package io.worklane.api.rest.resource;

import io.worklane.api.application.resource.SuggestionService;
import io.worklane.api.application.resource.WorkloadService;
import io.worklane.domain.resource.ResourceWorkload;
import io.worklane.domain.resource.WorkloadPeriod;
import io.worklane.openapi.model.AssignmentSuggestion;
import io.worklane.openapi.model.AssignmentSuggestions;
import io.worklane.openapi.model.ResourceRef;
import io.worklane.openapi.model.Skill;
import java.util.List;

/**
 * The workload written to JSON here, so that {@code utilization} is written as null when capacity is 0
 * (the server's mapper leaves nulls out), and suggestions in their REST shape.
 */
final class WorkloadDtos {
    private WorkloadDtos() {
    }

    /** Written here, not by the server's mapper, which leaves null values out. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Bytes, streamed by a generator: 500 resources × 26 weeks are 13,000 periods and 2 MB, not worth
     * building as maps first.
     */
    static byte[] json(WorkloadService.Result result) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + 160 * periods(result));
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("from", result.range().start().toString());
            g.writeStringField("to", result.range().end().toString());
            g.writeStringField("granularity", result.range().granularity().name());
            g.writeArrayFieldStart("resources");
            for (ResourceWorkload w : result.resources()) {
                write(g, w);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("workload not serialisable", e);
        }
        return bytes.toByteArray();
    }

    private static int periods(WorkloadService.Result result) {
        return result.resources().stream().mapToInt(w -> w.periods().size()).sum();
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator g, ResourceWorkload w) throws java.io.IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("resource");
        g.writeStringField("id", w.resource().id().toString());
        g.writeStringField("name", w.resource().name());
        g.writeEndObject();
        g.writeArrayFieldStart("periods");
        for (WorkloadPeriod p : w.periods()) {
            g.writeStartObject();
            g.writeStringField("start", p.start().toString());
            g.writeNumberField("capacityMinutes", p.capacityMinutes());
            g.writeNumberField("allocatedMinutes", p.allocatedMinutes());
            g.writeNumberField("assignedMinutes", p.assignedMinutes());
            g.writeNumberField("loggedMinutes", p.loggedMinutes());
            if (p.utilization() == null) {
                g.writeNullField("utilization"); // capacity 0: no ratio, said explicitly
            } else {
                g.writeNumberField("utilization", p.utilization());
            }
            g.writeBooleanField("overallocated", p.overallocated());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
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
