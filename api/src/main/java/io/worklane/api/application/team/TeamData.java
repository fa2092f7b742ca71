package io.worklane.api.application.team;

import io.worklane.domain.team.Team;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A team as events carry it: its fields and its members' ids. */
final class TeamData {
    private TeamData() {
    }

    static Map<String, Object> of(Team t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().toString());
        m.put("name", t.name());
        m.put("description", t.description());
        m.put("lead", t.leadId() == null ? null : t.leadId().toString());
        m.put("members", t.memberIds().stream().map(UUID::toString).toList());
        m.put("version", t.version());
        return m;
    }
}
