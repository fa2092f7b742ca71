package io.worklane.api.application.project;

import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectMember;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project membership as events carry it. */
final class ProjectMemberData {
    private ProjectMemberData() {
    }

    static Map<String, Object> of(Project p, ProjectMember m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", m.id().toString());
        data.put("projectId", p.id().toString());
        data.put("projectKey", p.key());
        data.put("member", m.memberId() == null ? null : m.memberId().toString());
        data.put("team", m.teamId() == null ? null : m.teamId().toString());
        data.put("projectRole", m.role().name());
        data.put("version", m.version());
        return data;
    }
}
