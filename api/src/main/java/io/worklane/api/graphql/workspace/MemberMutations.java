package io.worklane.api.graphql.workspace;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workspace.MemberService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class MemberMutations {
    private final MemberService members;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public MemberMutations(MemberService members, IdempotentCreate idempotent, CurrentCaller caller) {
        this.members = members;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Adds a person, by e-mail address, to the workspace with a role (an address that is already "
            + "a member is refused as a conflict). Needs members:write; only an OWNER may add an OWNER.")
    @Mutation("addMember")
    public Uni<MemberPayload> addMember(@Name("input") @NonNull AddMemberInput input) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, input.idempotencyKey, "addMember", input,
                    () -> members.add(who, input.workspace, input.email, input.displayName, input.role),
                    m -> m.id().toString(), id -> members.get(who, input.workspace, id));
        }).map(m -> new MemberPayload(new Member(m)));
    }

    @Description("Changes a member's display name or role. Needs members:write; only an OWNER may grant or take "
            + "away OWNER.")
    @Mutation("updateMember")
    public Uni<MemberPayload> updateMember(@Name("input") @NonNull UpdateMemberInput input) {
        return Uni.createFrom().deferred(() -> members.update(caller.get(), input.workspace, input.id,
                        Changes.version(input.expectedVersion), new MemberService.Patch(
                                Changes.of(input.displayName, input.clear, MemberField.DISPLAY_NAME, "displayName"),
                                Changes.of(input.role))))
                .map(m -> new MemberPayload(new Member(m)));
    }

    @Description("Ends a membership: the person loses access to the workspace; their past work keeps referring to "
            + "them. Needs members:write; only an OWNER may remove an OWNER.")
    @Mutation("removeMember")
    public Uni<DeletePayload> removeMember(@Name("input") @NonNull RemoveMemberInput input) {
        return Uni.createFrom().deferred(() -> members.remove(caller.get(), input.workspace, input.id,
                        Changes.version(input.expectedVersion)))
                .replaceWith(new DeletePayload(input.id));
    }
}
