package io.worklane.api.application.form;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.Forms;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Finds a form of a workspace by id or slug, or refuses with FORM_NOT_FOUND. */
@ApplicationScoped
public class FormLookup {
    private final Forms forms;

    public FormLookup(Forms forms) {
        this.forms = forms;
    }

    public Uni<Form> in(Workspace ws, String formRef) {
        UUID id = Ids.parseOrNull(formRef);
        Uni<Optional<Form>> found = id != null ? forms.find(ws.id(), id)
                : forms.findBySlug(formRef).map(f -> f.filter(form -> form.workspaceId().equals(ws.id())));
        return found.map(f -> f.orElseThrow(() -> DomainException.notFound(ErrorCode.FORM_NOT_FOUND, "Form", formRef)));
    }

    /** The form at a public address, if the caller may open it: anything else is the same 404. */
    public Uni<Form> open(String slug, java.util.function.Predicate<Form> mayOpen) {
        return (slug == null || slug.length() > 63 ? Uni.createFrom().item(Optional.<Form>empty()) : forms.findBySlug(slug))
                .map(f -> f.filter(mayOpen).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.FORM_NOT_FOUND, "Form", slug)));
    }
}
