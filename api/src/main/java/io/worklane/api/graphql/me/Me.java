package io.worklane.api.graphql.me;

import io.worklane.api.application.me.MeView;
import io.worklane.api.graphql.workitem.ActorKind;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who is calling (a person or an API key), their workspaces, and their work and inbox across them.")
public class Me {
    @Ignore
    private final MeView view;

    public Me(MeView view) {
        this.view = view;
    }

    @NonNull
    @Description("MEMBER for a person signed in with OIDC, API_KEY for a key.")
    public ActorKind getKind() {
        return ActorKind.valueOf(view.kind().name());
    }

    @NonNull
    @Description("oidc:<subject> for a person, the key's id for an API key.")
    public String getId() {
        return view.id();
    }

    @Description("The person's name, or the API key's.")
    @NonNull
    public String getName() {
        return view.name();
    }

    @Description("The instance administrator's key: sees every workspace without belonging to one.")
    public boolean isInstanceAdministrator() {
        return view.instanceAdministrator();
    }

    @NonNull
    @Description("Each workspace the caller belongs to, with the member it is there, its role and scopes.")
    public List<@NonNull MyWorkspace> getWorkspaces() {
        return view.workspaces().stream().map(MyWorkspace::of).toList();
    }
}
