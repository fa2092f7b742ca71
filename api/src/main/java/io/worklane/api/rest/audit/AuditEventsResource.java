package io.worklane.api.rest.audit;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.audit.AuditEvent;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.api.AuditEventsApi;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.AuditEventList;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

@Authenticated
public class AuditEventsResource implements AuditEventsApi {
    private final AuditTrail audit;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public AuditEventsResource(AuditTrail audit, CurrentCaller caller, RestResponses responses) {
        this.audit = audit;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listAuditEvents(String ws, Integer limit, String cursor) {
        return responses.list(audit.list(caller.get(), ws, Pages.of(limit, cursor, "occurredAt")),
                AuditEventsResource::of);
    }

    private static AuditEventList of(Page<AuditEvent> page) {
        return new AuditEventList().nextCursor(page.nextCursor()).items(page.items().stream().map(e ->
                new io.worklane.openapi.model.AuditEvent().id(e.id()).occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
                        .action(e.action()).targetKind(e.targetKind()).targetId(e.targetId())
                        .details(new java.util.LinkedHashMap<>(e.details()))
                        .actor(new io.worklane.openapi.model.Actor().kind(ActorKind.fromValue(e.actor().kind().name()))
                                .id(e.actor().id()).name(e.actor().name()))).toList());
    }
}
