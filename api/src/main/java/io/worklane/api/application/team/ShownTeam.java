package io.worklane.api.application.team;

import io.worklane.domain.team.Team;
import io.worklane.domain.workspace.Member;
import java.util.List;

/** A team with its members resolved (name, email), in the order they joined. */
public record ShownTeam(Team team, List<Member> members) {
}
