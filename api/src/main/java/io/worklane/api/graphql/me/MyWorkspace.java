package io.worklane.api.graphql.me;

import io.worklane.api.application.me.MeView;
import io.worklane.domain.apikey.Scope;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A workspace of the caller: the member they are there (people only), their role (people only) and scopes.")
public record MyWorkspace(@Description("The workspace's id.") @NonNull String id, @Description("The workspace's slug.") @NonNull String slug, @Description("The workspace's name.") @NonNull String name, @Description("The member the caller is there; null for an API key.") String memberId, @Description("The caller's role there; null for an API key.") String role,
                          @Description("What the caller may do there (docs/permissions.md).") @NonNull List<@NonNull String> scopes) {
    static MyWorkspace of(MeView.Place p) {
        return new MyWorkspace(p.workspaceId().toString(), p.slug(), p.name(),
                p.memberId() == null ? null : p.memberId().toString(), p.role(),
                p.scopes().stream().map(Scope::value).sorted().toList());
    }
}
