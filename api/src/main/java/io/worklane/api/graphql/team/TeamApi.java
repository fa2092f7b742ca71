package io.worklane.api.graphql.team;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.team.TeamDraft;
import io.worklane.api.application.team.TeamPatch;
import io.worklane.api.application.team.TeamQueries;
import io.worklane.api.application.team.TeamService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.team.TeamInputs.Field;
import io.worklane.api.graphql.team.TeamTypes.Payload;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Team mutations over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class TeamApi {
    private final TeamService teams;
    private final TeamQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public TeamApi(TeamService teams, TeamQueries queries, IdempotentCreate idempotent, CurrentCaller caller) {
        this.teams = teams;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createTeam")
    @Description("Creates a team (UNKNOWN_MEMBER or DUPLICATE on members). Needs members:write.")
    public Uni<Payload> createTeam(@Name("input") @NonNull TeamInputs.CreateTeam in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            List<UUID> members = in.members == null ? List.of()
                    : in.members.stream().map(m -> uuid(m, "members")).toList();
            var draft = new TeamDraft(in.name, in.description, uuid(in.lead, "lead"), members);
            return idempotent.run(who, in.idempotencyKey, "createTeam", in,
                    () -> teams.create(who, in.workspace, draft).map(t -> new Payload(new TeamView(t))),
                    p -> p.team().getId(), id -> queries.show(who, in.workspace, id).map(t -> new Payload(new TeamView(t))));
        });
    }

    @Mutation("updateTeam")
    @Description("Changes a team's name, description or lead. Needs members:write.")
    public Uni<Payload> updateTeam(@Name("input") @NonNull TeamInputs.UpdateTeam in) {
        return Uni.createFrom().deferred(() -> {
            var patch = new TeamPatch(Changes.of(in.name),
                    Changes.of(in.description, in.clear, Field.DESCRIPTION, "description"),
                    Changes.of(in.lead, in.clear, Field.LEAD, "lead").map(l -> uuid(l, "lead")));
            return teams.update(caller.get(), in.workspace, in.id, Changes.version(in.expectedVersion), patch);
        }).map(t -> new Payload(new TeamView(t)));
    }

    @Mutation("deleteTeam")
    @Description("Deletes a team. Needs members:write.")
    public Uni<DeletePayload> deleteTeam(@Name("input") @NonNull TeamInputs.DeleteTeam in) {
        return Uni.createFrom().deferred(() -> teams.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("addTeamMember")
    @Description("Adds a member to a team (one already in: unchanged; TEAM_FULL past 200). Needs members:write.")
    public Uni<Payload> addTeamMember(@Name("input") @NonNull TeamInputs.TeamMember in) {
        return Uni.createFrom().deferred(() -> teams.add(caller.get(), in.workspace, in.team, in.member,
                Changes.version(in.expectedVersion))).map(t -> new Payload(new TeamView(t)));
    }

    @Mutation("removeTeamMember")
    @Description("Takes a member out of a team (TEAM_MEMBER_NOT_FOUND when not in). Needs members:write.")
    public Uni<Payload> removeTeamMember(@Name("input") @NonNull TeamInputs.TeamMember in) {
        return Uni.createFrom().deferred(() -> teams.remove(caller.get(), in.workspace, in.team, in.member,
                Changes.version(in.expectedVersion))).map(t -> new Payload(new TeamView(t)));
    }

    private static UUID uuid(String value, String field) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw DomainException.validation(List.of(new FieldError(field, "INVALID_FORMAT", "must be a member id")));
        }
        return id;
    }
}
