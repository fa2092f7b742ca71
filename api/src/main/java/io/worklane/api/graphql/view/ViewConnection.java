package io.worklane.api.graphql.view;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of saved views, oldest first.")
public record ViewConnection(@NonNull @Description("The views of this page.") List<@NonNull ViewEdge> edges,
                             @NonNull @Description("Whether more views follow, and from where.") PageInfo pageInfo) {
    @Description("A saved view and its position in the list.")
    public record ViewEdge(@NonNull @Description("Pass as `after` to continue after this view.") String cursor,
                           @NonNull @Description("The view.") ViewType node) {
    }

    static ViewConnection of(Page<SavedView> page) {
        return Paging.connection(page, v -> Paging.cursor(SavedViews.SORT, Paging.timestamp(v.createdAt()), v.id()),
                (cursor, v) -> new ViewEdge(cursor, new ViewType(v)), ViewConnection::new);
    }
}
