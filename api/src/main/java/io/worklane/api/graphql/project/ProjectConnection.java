package io.worklane.api.graphql.project;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.project.ProjectSort;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of projects. No totalCount: the Projects port has no count yet. */
@Description("A page of the workspace's projects, in the order orderBy asks for (default: oldest first).")
public record ProjectConnection(@Description("This page.") @NonNull List<@NonNull ProjectEdge> edges,
                                @Description("Whether there are more, and the cursor to ask for them "
                                        + "with after:.")
                                @NonNull PageInfo pageInfo) {

    static ProjectConnection of(Page<io.worklane.domain.project.Project> page, ProjectSort sort) {
        boolean byKey = sort == ProjectSort.KEY_ASC || sort == ProjectSort.KEY_DESC;
        return Paging.connection(page,
                p -> Paging.cursor(sort.token(), byKey ? p.key() : Paging.timestamp(p.createdAt()), p.id()),
                (cursor, p) -> new ProjectEdge(cursor, new Project(p)), ProjectConnection::new);
    }
}
