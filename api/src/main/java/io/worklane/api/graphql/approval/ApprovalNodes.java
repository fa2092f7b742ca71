package io.worklane.api.graphql.approval;

import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.shared.NodeMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ApprovalNodes implements NodeMapper {
    @Override
    public Optional<Node> map(Object found) {
        if (found instanceof io.worklane.domain.workflow.approval.Approval approval) {
            return Optional.of(new Approval(approval));
        }
        return Optional.empty();
    }
}
