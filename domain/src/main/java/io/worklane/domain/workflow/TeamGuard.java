package io.worklane.domain.workflow;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Only members of one of these teams may make the transition: {@code {"type":"TEAM","teams":["<id>"]}}.
 * Membership is read when the move is made, so people joining or leaving a team change who may. An API key,
 * the instance administrator and an automation rule are in no team, so they never pass (unlike ROLES, where an
 * administrator credential counts as ADMIN): a team names people, and a credential is no one of them. Ids
 * that are not UUIDs are kept as null so that validation can name them.
 */
public record TeamGuard(List<UUID> teams) implements Guard {

    public TeamGuard {
        teams = Copies.of(teams);
    }

    @Override
    public GuardType type() {
        return GuardType.TEAM;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        ActorTeams actor = context.teams();
        for (UUID team : teams) {
            if (team != null && actor.memberOf().contains(team)) {
                return GuardResult.pass(type(), "You are in team " + actor.name(team)
                        + ", which may make this transition.");
            }
        }
        List<String> names = teams.stream().filter(Objects::nonNull).distinct().map(actor::name).toList();
        String none = names.size() == 1 ? "you are not in it." : "you are in none of them.";
        String who = context.actorRole().isPresent() ? none
                : "only people belong to teams, and an API key, the instance administrator or an automation rule"
                        + " is not one of them.";
        return GuardResult.fail(type(), "Only members of team " + Sentences.or(names)
                + " may make this transition; " + who);
    }
}
