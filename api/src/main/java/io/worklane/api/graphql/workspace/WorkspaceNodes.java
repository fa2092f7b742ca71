package io.worklane.api.graphql.workspace;

import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.shared.NodeMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class WorkspaceNodes implements NodeMapper {
    @Override
    public Optional<Node> map(Object found) {
        if (found instanceof io.worklane.domain.workspace.Workspace ws) {
            return Optional.of(new Workspace(ws));
        }
        if (found instanceof io.worklane.domain.workspace.Member member) {
            return Optional.of(new Member(member));
        }
        return Optional.empty();
    }
}
