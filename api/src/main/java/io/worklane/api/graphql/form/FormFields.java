package io.worklane.api.graphql.form;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.form.FormService;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.form.Forms;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.forms and Workspace.form(id:): the same reads as REST, for workspace admins. */
@GraphQLApi
@Authenticated
public class FormFields {
    private final FormService forms;
    private final CurrentCaller caller;

    public FormFields(FormService forms, CurrentCaller caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @NonNull
    @Name("forms")
    @Description("The workspace's request intake forms, oldest first. Needs admin.")
    public Uni<FormConnection> forms(@Source Workspace workspace, @Name("first") @DefaultValue("50") Integer first,
                                     @Name("after") String after) {
        return Uni.createFrom().deferred(() -> forms.listIn(caller.get(), workspace.domain().id(),
                Paging.request(first, after, Forms.SORT))).map(FormConnection::of);
    }

    @Name("form")
    @Description("A form of the workspace by its id (or its slug); another workspace's is the error FORM_NOT_FOUND. "
            + "Needs admin.")
    public Uni<FormType> form(@Source Workspace workspace, @Name("id") @NonNull @Id String id) {
        return Uni.createFrom().deferred(() -> forms.get(caller.get(), workspace.domain().id().toString(), id))
                .map(FormType::new);
    }
}
