package io.worklane.api.graphql.form;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.form.FormDraft;
import io.worklane.api.application.form.FormService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.form.FormDefinition;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Forms' mutations, for workspace admins: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class FormMutations {
    private final FormService forms;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public FormMutations(FormService forms, IdempotentCreate idempotent, CurrentCaller caller) {
        this.forms = forms;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** The payload of createForm and updateForm. */
    @Description("The form as saved.")
    public record FormPayload(@NonNull @Description("The form as saved.") FormType form) {
    }

    @Mutation("createForm")
    @Description("Creates a request intake form of a PROCESS project. Needs admin.")
    public Uni<FormPayload> createForm(@Name("input") @NonNull FormInputs.CreateForm in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new FormDraft(in.project, new FormDefinition(in.slug, in.title, in.description, in.itemType,
                    in.access == null ? null : in.access.domain(), in.confirmation, FormInputs.Field.domain(in.fields)));
            return idempotent.run(who, in.idempotencyKey, "createForm", in,
                    () -> forms.create(who, in.workspace, draft).map(f -> new FormPayload(new FormType(f))),
                    p -> p.form().getId(), id -> forms.get(who, in.workspace, id)
                            .map(f -> new FormPayload(new FormType(f))));
        });
    }

    @Mutation("updateForm")
    @Description("Changes a form, checked as on creation. Needs admin.")
    public Uni<FormPayload> updateForm(@Name("input") @NonNull FormInputs.UpdateForm in) {
        return Uni.createFrom().deferred(() -> {
            List<FormInputs.FormClearable> clear = in.clear == null ? List.of() : in.clear;
            var description = Changes.of(in.description, clear, FormInputs.FormClearable.DESCRIPTION, "description");
            var confirmation = Changes.of(in.confirmation, clear, FormInputs.FormClearable.CONFIRMATION, "confirmation");
            var fields = FormInputs.Field.domain(in.fields);
            return forms.update(caller.get(), in.workspace, in.id, Changes.version(in.expectedVersion), draft -> {
                FormDefinition d = draft.definition();
                return new FormDraft(in.project == null ? draft.project() : in.project, new FormDefinition(
                        in.slug == null ? d.slug() : in.slug, in.title == null ? d.title() : in.title,
                        description.or(d.description()), in.itemType == null ? d.itemType() : in.itemType,
                        in.access == null ? d.access() : in.access.domain(), confirmation.or(d.confirmation()),
                        fields == null ? d.fields() : fields));
            });
        }).map(f -> new FormPayload(new FormType(f)));
    }

    @Mutation("deleteForm")
    @Description("Deletes a form: its address and tracking links answer 404 from now on; its items stay. Needs admin.")
    public Uni<DeletePayload> deleteForm(@Name("input") @NonNull FormInputs.DeleteForm in) {
        return Uni.createFrom().deferred(() -> forms.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }
}
