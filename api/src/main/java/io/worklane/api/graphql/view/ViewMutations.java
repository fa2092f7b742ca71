package io.worklane.api.graphql.view;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.view.ViewQueries;
import io.worklane.api.application.view.ViewService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.view.ViewDefinition;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Saved views' mutations: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class ViewMutations {
    private final ViewService views;
    private final ViewQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ViewMutations(ViewService views, ViewQueries queries, IdempotentCreate idempotent, CurrentCaller caller) {
        this.views = views;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** The payload of createView and updateView. */
    @Description("The view as saved.")
    public record ViewPayload(@NonNull @Description("The view as saved.") ViewType view) {
    }

    @Mutation("createView")
    @Description("Saves a view owned by the caller (filter and sort checked now). Needs work_items:write.")
    public Uni<ViewPayload> createView(@Name("input") @NonNull ViewInputs.CreateView in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var definition = new ViewDefinition(in.name, io.worklane.domain.view.ViewSharing.valueOf(in.shared.name()),
                    in.filter, in.sort, in.columns, in.grouping,
                    io.worklane.domain.view.ViewLayout.valueOf(in.layout.name()));
            return idempotent.run(who, in.idempotencyKey, "createView", in,
                    () -> views.create(who, in.workspace, definition).map(v -> new ViewPayload(new ViewType(v))),
                    p -> p.view().getId(), id -> queries.get(who, in.workspace, id)
                            .map(v -> new ViewPayload(new ViewType(v))));
        });
    }

    @Mutation("updateView")
    @Description("Changes a view (a private one: its owner only). Needs work_items:write.")
    public Uni<ViewPayload> updateView(@Name("input") @NonNull ViewInputs.UpdateView in) {
        return Uni.createFrom().deferred(() -> {
            List<ViewInputs.ViewField> clear = in.clear == null ? List.of() : in.clear;
            var filter = Changes.of(in.filter, clear, ViewInputs.ViewField.FILTER, "filter");
            var sort = Changes.of(in.sort, clear, ViewInputs.ViewField.SORT, "sort");
            var grouping = Changes.of(in.grouping, clear, ViewInputs.ViewField.GROUPING, "grouping");
            return views.update(caller.get(), in.workspace, in.id, Changes.version(in.expectedVersion),
                    d -> new ViewDefinition(in.name == null ? d.name() : in.name, in.shared == null ? d.sharing()
                            : io.worklane.domain.view.ViewSharing.valueOf(in.shared.name()), filter.or(d.filter()),
                            sort.or(d.sort()), in.columns == null ? d.columns() : in.columns, grouping.or(d.grouping()),
                            in.layout == null ? d.layout() : io.worklane.domain.view.ViewLayout.valueOf(in.layout.name())));
        }).map(v -> new ViewPayload(new ViewType(v)));
    }

    @Mutation("deleteView")
    @Description("Deletes a view (a private one: its owner only). Needs work_items:write.")
    public Uni<DeletePayload> deleteView(@Name("input") @NonNull ViewInputs.DeleteView in) {
        return Uni.createFrom().deferred(() -> views.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }
}
