package io.worklane.domain.workflow;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What TEAM guards look at: the teams (among those the workflow's guards name) the actor is in, and the
 * names of the named teams, so that a refusal names them rather than showing ids.
 *
 * @param memberOf the named teams the actor is a member of (none for an API key, the instance admin or a rule)
 * @param names    the named teams' names by id (a team that no longer exists is absent)
 */
public record ActorTeams(Set<UUID> memberOf, Map<UUID, String> names) {
    public static final ActorTeams NONE = new ActorTeams(Set.of(), Map.of());

    public ActorTeams {
        memberOf = memberOf == null ? Set.of() : Set.copyOf(memberOf);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** The team's name, or its id when it is unknown. */
    public String name(UUID team) {
        return names.getOrDefault(team, String.valueOf(team));
    }
}
