package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.shared.NodeMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class WorkItemNodes implements NodeMapper {
    @Override
    public Optional<Node> map(Object found) {
        if (found instanceof io.worklane.domain.workitem.WorkItem item) {
            return Optional.of(new WorkItem(item));
        }
        if (found instanceof io.worklane.domain.workitem.Comment comment) {
            return Optional.of(new Comment(comment));
        }
        return Optional.empty();
    }
}
