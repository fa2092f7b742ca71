package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;

import io.worklane.domain.project.ProjectSort;

/** Orders of a project list. */
@Description("The order of a project list: by creation time or by key, ascending or descending.")
public enum ProjectOrder {
    KEY_ASC(ProjectSort.KEY_ASC), KEY_DESC(ProjectSort.KEY_DESC),
    CREATED_AT_ASC(ProjectSort.CREATED_ASC), CREATED_AT_DESC(ProjectSort.CREATED_DESC);

    private final ProjectSort sort;

    ProjectOrder(ProjectSort sort) {
        this.sort = sort;
    }

    public ProjectSort sort() {
        return sort;
    }

    static ProjectSort of(ProjectOrder order) {
        return order == null ? ProjectSort.CREATED_ASC : order.sort;
    }
}
