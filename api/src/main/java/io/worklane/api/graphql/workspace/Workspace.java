package io.worklane.api.graphql.workspace;

import io.worklane.api.graphql.shared.Node;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a workspace; its lists (projects, members, work items) are resolved in batches. */
@Description("A tenant: an organisation. Everything else belongs to exactly one workspace.")
public class Workspace implements Node {
    @Ignore
    private final io.worklane.domain.workspace.Workspace ws;

    public Workspace(io.worklane.domain.workspace.Workspace ws) {
        this.ws = ws;
    }

    @Ignore
    public io.worklane.domain.workspace.Workspace domain() {
        return ws;
    }

    @Override
    @Id
    @NonNull
    @Description("The workspace's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return ws.id().toString();
    }

    @NonNull
    @Description("Unique, lowercase; usable wherever a workspace id is.")
    public String getSlug() {
        return ws.slug();
    }

    @NonNull
    @Description("The workspace's display name.")
    public String getName() {
        return ws.name();
    }

    @NonNull
    @Description("ISO 4217 code, e.g. EUR.")
    public String getDefaultCurrency() {
        return ws.defaultCurrency();
    }

    @NonNull
    @Description("IANA time zone, e.g. Europe/Paris.")
    public String getTimeZone() {
        return ws.timeZone();
    }

    @NonNull
    @Description("The text search configuration its search reads text with: simple (the default) or a language's.")
    public String getSearchConfig() {
        return ws.searchConfig();
    }

    @Description("Increases with every change; pass it as expectedVersion to update safely.")
    public int getVersion() {
        return (int) ws.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return ws.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return ws.updatedAt();
    }
}
