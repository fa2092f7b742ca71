package io.worklane.api.rest.team;

import io.worklane.api.application.team.ShownTeam;
import io.worklane.domain.shared.Page;
import io.worklane.domain.team.Team;
import io.worklane.openapi.model.TeamList;
import io.worklane.openapi.model.TeamMember;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Teams as the REST contract shows them. */
final class TeamDtos {
    private TeamDtos() {
    }

    static io.worklane.openapi.model.Team team(ShownTeam shown) {
        Team t = shown.team();
        return new io.worklane.openapi.model.Team().id(t.id()).name(t.name()).description(t.description())
                .lead(t.leadId())
                .members(shown.members().stream().map(m -> new TeamMember().id(m.id()).displayName(m.displayName())
                        .email(m.email())).toList())
                .createdAt(time(t.createdAt())).updatedAt(time(t.updatedAt())).version(t.version());
    }

    static TeamList teams(Page<ShownTeam> page) {
        return new TeamList().items(page.items().stream().map(TeamDtos::team).toList()).nextCursor(page.nextCursor());
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
