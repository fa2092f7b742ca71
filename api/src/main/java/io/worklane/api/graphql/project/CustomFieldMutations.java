package io.worklane.api.graphql.project;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.CustomFieldService;
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
public class CustomFieldMutations {
    private final CustomFieldService fields;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public CustomFieldMutations(CustomFieldService fields, IdempotentCreate idempotent, CurrentCaller caller) {
        this.fields = fields;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Defines a custom field on a project; its values live in WorkItem.customFields. Needs projects:write.")
    @Mutation("createCustomField")
    public Uni<CustomFieldPayload> createCustomField(@Name("input") @NonNull CreateCustomFieldInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new CustomFieldService.Draft(in.key, in.name, in.type, in.options, in.required);
            return idempotent.run(who, in.idempotencyKey, "createCustomField", in,
                    () -> fields.create(who, in.workspace, in.project, draft),
                    f -> f.id().toString(), id -> fields.get(who, in.workspace, in.project, id));
        }).map(f -> new CustomFieldPayload(new CustomField(f)));
    }

    @Description("Changes a field's name, options or required flag (key and type cannot change; options replaces "
            + "the whole list). Needs projects:write.")
    @Mutation("updateCustomField")
    public Uni<CustomFieldPayload> updateCustomField(@Name("input") @NonNull UpdateCustomFieldInput in) {
        return Uni.createFrom().deferred(() -> fields.update(caller.get(), in.workspace, in.project, in.id,
                        Changes.version(in.expectedVersion), new CustomFieldService.Patch(
                                Changes.of(in.name), Changes.of(in.options), Changes.of(in.required))))
                .map(f -> new CustomFieldPayload(new CustomField(f)));
    }

    @Description("Removes a custom field from its project; its values disappear from the project's work items. "
            + "Needs projects:write.")
    @Mutation("deleteCustomField")
    public Uni<DeletePayload> deleteCustomField(@Name("input") @NonNull DeleteCustomFieldInput in) {
        return Uni.createFrom().deferred(() -> fields.delete(caller.get(), in.workspace, in.project, in.id,
                        Changes.version(in.expectedVersion)))
                .replaceWith(new DeletePayload(in.id));
    }
}
