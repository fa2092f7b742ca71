package io.worklane.api.graphql.audit;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** A workspace's audit trail, for its administrators (scope admin). */
@GraphQLApi
@Authenticated
public class AuditQueries {
    private final AuditTrail audit;
    private final CurrentCaller caller;

    public AuditQueries(AuditTrail audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @NonNull
    @Description("Security-relevant facts of the workspace, oldest first. Needs the admin scope.")
    public Uni<AuditEventConnection> auditEvents(@Source Workspace workspace,
                                                 @Name("first") @DefaultValue("50") Integer first,
                                                 @Name("after") String after) {
        return Uni.createFrom().deferred(() -> audit.list(caller.get(), workspace.domain().id().toString(),
                Paging.request(first, after, AuditEventConnection.SORT))).map(AuditEventConnection::of);
    }
}
