package io.worklane.api.graphql.workspace;

import io.worklane.api.graphql.shared.Node;
import io.worklane.domain.workspace.MemberRole;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a member. */
@Description("A person's membership of a workspace.")
public class Member implements Node {
    @Ignore
    private final io.worklane.domain.workspace.Member member;

    public Member(io.worklane.domain.workspace.Member member) {
        this.member = member;
    }

    @Ignore
    public io.worklane.domain.workspace.Member domain() {
        return member;
    }

    @Override
    @Id
    @NonNull
    @Description("The member's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return member.id().toString();
    }

    @NonNull
    @Description("The e-mail address the member was added with; a person signing in with it, verified, becomes "
            + "this member.")
    public String getEmail() {
        return member.email();
    }

    @Description("The name to show: the email when none was given at adding; null once cleared.")
    public String getDisplayName() {
        return member.displayName();
    }

    @NonNull
    @Description("What the member may do in the workspace (docs/permissions.md).")
    public MemberRole getRole() {
        return member.role();
    }

    @NonNull
    @Description("Whether a person has signed in as this member (linked by verified email, then by subject).")
    public boolean isLinked() {
        return member.subject() != null;
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) member.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return member.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return member.updatedAt();
    }
}
