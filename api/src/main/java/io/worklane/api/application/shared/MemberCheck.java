package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Checks that ids given as people (lead, assignees, reporter, USER fields) are members of the workspace. */
@ApplicationScoped
public class MemberCheck {
    private final Members members;

    public MemberCheck(Members members) {
        this.members = members;
    }

    public Uni<Void> exist(UUID workspaceId, String field, UUID id) {
        return id == null ? Uni.createFrom().voidItem() : exist(workspaceId, field, List.of(id));
    }

    /** One statement for all ids; refuses with every unknown id named. */
    public Uni<Void> exist(UUID workspaceId, String field, Collection<UUID> ids) {
        return exist(workspaceId, Map.of(field, ids));
    }

    /** Several fields' people at once (assignees and reporter): still one statement. */
    public Uni<Void> exist(UUID workspaceId, Map<String, ? extends Collection<UUID>> idsByField) {
        Set<UUID> all = new java.util.HashSet<>();
        idsByField.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return members.byIds(workspaceId, all).map(found -> {
            Set<UUID> known = found.stream().map(Member::id).collect(Collectors.toSet());
            List<FieldError> errors = new ArrayList<>();
            new java.util.TreeMap<>(idsByField).forEach((field, ids) -> ids.stream().filter(id -> !known.contains(id))
                    .forEach(id -> errors.add(new FieldError(field, "UNKNOWN_MEMBER",
                            "'" + id + "' is not a member of this workspace"))));
            if (!errors.isEmpty()) {
                throw DomainException.validation(errors);
            }
            return null;
        }).replaceWithVoid();
    }
}
