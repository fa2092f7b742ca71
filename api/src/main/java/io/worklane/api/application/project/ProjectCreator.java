package io.worklane.api.application.project;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectMember;
import io.worklane.domain.project.ProjectMembers;
import io.worklane.domain.project.ProjectRole;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The person who creates a PRIVATE project becomes its MANAGER (ADR 0084): else a MEMBER would lock themself out
 * of the project they just made. Keys, rules and the instance administrator are no members and join nothing.
 */
@ApplicationScoped
public class ProjectCreator {
    private final ProjectMembers members;
    private final Events events;

    public ProjectCreator(ProjectMembers members, Events events) {
        this.members = members;
        this.events = events;
    }

    Uni<Void> joins(Caller caller, Project p) {
        var member = caller.memberIn(p.workspaceId());
        if (!p.isPrivate() || member.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return members.insert(ProjectMember.create(p.workspaceId(), p.id(), member.get(), null, ProjectRole.MANAGER,
                        p.createdAt()))
                .call(saved -> events.record("project.member_added", p.workspaceId(), saved.id(), caller,
                        saved.createdAt(), ProjectMemberData.of(p, saved), null))
                .replaceWithVoid();
    }
}
