package io.worklane.api.graphql.team;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the team mutations. */
final class TeamInputs {
    private TeamInputs() {
    }

    @Enum("TeamField")
    @Description("The optional fields of a team that an update can clear.")
    public enum Field { DESCRIPTION, LEAD }

    @Input("CreateTeamInput")
    @Description("A new team, e.g. {workspace: \"acme\", name: \"Platform\", members: [\"…\"]}.")
    public static class CreateTeam {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id; the lead is always one of the members.")
        public String lead;
        @Description("Member ids of this workspace, each once, at most 200.")
        public List<@NonNull String> members;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateTeamInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdateTeam {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The team's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("1 to 200 characters.")
        public String name;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id (who joins the team).")
        public String lead;
        @Description("Fields to empty.")
        public List<@NonNull Field> clear;
    }

    @Input("DeleteTeamInput")
    @Description("Deletes a team (its members stay in the workspace).")
    public static class DeleteTeam {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The team's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("TeamMemberInput")
    @Description("A member to add to or take out of a team.")
    public static class TeamMember {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The team's id.")
        public String team;
        @NonNull
        @Id
        @Description("The member's id.")
        public String member;
        @Description("The team's version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}
