package io.worklane.api.graphql.team;

import io.worklane.api.application.team.ShownTeam;
import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.workspace.Member;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Team")
@Description("A team of workspace members with an optional lead (REST: …/teams).")
public class TeamView implements Node {
    @Ignore
    private final ShownTeam shown;

    public TeamView(ShownTeam shown) {
        this.shown = shown;
    }

    @Id
    @NonNull
    @Description("The team's id.")
    public String getId() {
        return shown.team().id().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getName() {
        return shown.team().name();
    }

    @Description("What the team does.")
    public String getDescription() {
        return shown.team().description();
    }

    @Id
    @Description("The member who leads it (always one of its members).")
    public String getLead() {
        return shown.team().leadId() == null ? null : shown.team().leadId().toString();
    }

    @NonNull
    @Description("Its members in the order they joined: at most 200, so a plain list.")
    public List<@NonNull Member> getMembers() {
        return shown.members().stream().map(Member::new).toList();
    }

    @Description("Its version, for expectedVersion.")
    public int getVersion() {
        return (int) shown.team().version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return shown.team().createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return shown.team().updatedAt();
    }
}
