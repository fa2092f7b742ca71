package io.worklane.api.graphql.project;

import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.shared.NodeMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ProjectNodes implements NodeMapper {
    @Override
    public Optional<Node> map(Object found) {
        if (found instanceof io.worklane.domain.project.Project project) {
            return Optional.of(new Project(project));
        }
        if (found instanceof io.worklane.domain.project.CustomField field) {
            return Optional.of(new CustomField(field));
        }
        return Optional.empty();
    }
}
