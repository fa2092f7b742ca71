package io.worklane.api.graphql.project;

import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Description("Filters of a project list; fields left null match any project.")
@Input("ProjectFilter")
public class ProjectFilter {
    @Description("Only projects of this kind; null: both.")
    public ProjectKind kind;
    @Description("Only projects in this status; null: any.")
    public ProjectStatus status;

    static io.worklane.domain.project.ProjectFilter of(ProjectFilter f) {
        return f == null ? io.worklane.domain.project.ProjectFilter.ANY
                : new io.worklane.domain.project.ProjectFilter(f.kind, f.status);
    }
}
