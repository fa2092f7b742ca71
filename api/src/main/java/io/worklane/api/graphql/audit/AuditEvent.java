package io.worklane.api.graphql.audit;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.workitem.Actor;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A security-relevant fact: a key created, rotated or revoked, a member added, removed or given "
        + "another role, a failed authentication.")
public class AuditEvent {
    private final io.worklane.domain.audit.AuditEvent event;

    AuditEvent(io.worklane.domain.audit.AuditEvent event) {
        this.event = event;
    }

    @Id
    @NonNull
    @Description("The audit event's id (a UUID).")
    public String getId() {
        return event.id().toString();
    }

    @NonNull
    public OffsetDateTime getOccurredAt() {
        return event.occurredAt().atOffset(ZoneOffset.UTC);
    }

    @NonNull
    @Description("member.added, member.removed, member.role_changed, api_key.created, api_key.rotated, "
            + "api_key.revoked or authentication.failed.")
    public String getAction() {
        return event.action();
    }

    @NonNull
    @Description("Who did it.")
    public Actor getActor() {
        return Actor.of(event.actor());
    }

    @NonNull
    @Description("What the fact is about, e.g. member or api_key.")
    public String getTargetKind() {
        return event.targetKind();
    }

    @NonNull
    @Description("The id of what the fact is about (a member id, an API key id, …).")
    public String getTargetId() {
        return event.targetId();
    }

    @NonNull
    @Description("Facts of the action as a JSON object, e.g. {\"email\": \"ada@example.com\", \"from\": \"MEMBER\", \"to\": "
            + "\"ADMIN\"}.")
    public JsonObject getDetails() {
        return JsonValues.toJson(event.details());
    }
}
