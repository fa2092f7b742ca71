package io.worklane.api.application.team;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who joined or left a team, in the audit trail: a team can approve and make guarded transitions. */
@ApplicationScoped
class TeamMembershipAudit {
    private final AuditTrail audit;

    TeamMembershipAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** One audit entry per member who joined or left the team, written one after the other. */
    Uni<Void> record(Caller caller, Team team, List<UUID> before, List<UUID> after) {
        List<Uni<Void>> writes = new ArrayList<>();
        after.stream().filter(m -> !before.contains(m)).forEach(m -> writes.add(audit.record(caller,
                team.workspaceId(), "team.member_added", "team", team.id(), Map.of("member", m.toString()))));
        before.stream().filter(m -> !after.contains(m)).forEach(m -> writes.add(audit.record(caller,
                team.workspaceId(), "team.member_removed", "team", team.id(), Map.of("member", m.toString()))));
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Uni<Void> w : writes) {
            all = all.chain(() -> w);
        }
        return all;
    }
}
