package io.worklane.api.application.job;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workspace.MemberRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who a job acts as: the caller that asked for it, as it was then, kept in the job's input so that any
 * instance can run it later with the same permissions in the job's workspace (and no other).
 */
final class JobCallers {
    static final String FIELD = "caller";

    private JobCallers() {
    }

    static Map<String, Object> snapshot(Caller caller, UUID workspaceId) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("credentialId", caller.credentialId());
        who.put("name", caller.name());
        who.put("instanceAdmin", caller.instanceAdmin());
        who.put("kind", caller.kind().name());
        Caller.Grant grant = caller.grants().get(workspaceId);
        if (grant != null) {
            who.put("memberId", grant.memberId() == null ? null : grant.memberId().toString());
            who.put("role", grant.role() == null ? null : grant.role().name());
            who.put("scopes", grant.scopes().stream().map(Scope::value).sorted().toList());
        }
        return who;
    }

    @SuppressWarnings("unchecked")
    static Caller of(Map<String, Object> input, UUID workspaceId) {
        Map<String, Object> who = (Map<String, Object>) input.get(FIELD);
        Map<UUID, Caller.Grant> grants = Map.of();
        if (who.get("scopes") instanceof List<?> scopes) {
            Set<Scope> held = scopes.stream().map(s -> Scope.parse((String) s).orElseThrow()).collect(Collectors.toSet());
            String member = (String) who.get("memberId");
            String role = (String) who.get("role");
            grants = Map.of(workspaceId, new Caller.Grant(member == null ? null : UUID.fromString(member),
                    role == null ? null : MemberRole.valueOf(role), held));
        }
        return new Caller((String) who.get("credentialId"), (String) who.get("name"),
                Boolean.TRUE.equals(who.get("instanceAdmin")), Actor.Kind.valueOf((String) who.get("kind")), grants);
    }
}
