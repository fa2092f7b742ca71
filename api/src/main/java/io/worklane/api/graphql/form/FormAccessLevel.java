package io.worklane.api.graphql.form;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("FormAccess")
@Description("PUBLIC: anyone with the link opens and submits the form; MEMBERS: the workspace's members and keys only.")
public enum FormAccessLevel {
    PUBLIC, MEMBERS;

    io.worklane.domain.form.FormAccess domain() {
        return io.worklane.domain.form.FormAccess.valueOf(name());
    }

    static FormAccessLevel of(io.worklane.domain.form.FormAccess access) {
        return valueOf(access.name());
    }
}
