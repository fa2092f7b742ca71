package io.worklane.api.graphql.form;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.Forms;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of forms, oldest first.")
public record FormConnection(@NonNull @Description("The forms of this page.") List<@NonNull FormEdge> edges,
                             @NonNull @Description("Whether more forms follow, and from where.") PageInfo pageInfo) {
    @Description("A form and its position in the list.")
    public record FormEdge(@NonNull @Description("Pass as `after` to continue after this form.") String cursor,
                           @NonNull @Description("The form.") FormType node) {
    }

    static FormConnection of(Page<Form> page) {
        return Paging.connection(page, f -> Paging.cursor(Forms.SORT, Paging.timestamp(f.createdAt()), f.id()),
                (cursor, f) -> new FormEdge(cursor, new FormType(f)), FormConnection::new);
    }
}
