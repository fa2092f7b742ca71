package io.worklane.api.rest.planning;

import io.worklane.api.application.planning.Related;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.openapi.model.DependencyLists;
import io.worklane.openapi.model.DependencyType;
import io.worklane.openapi.model.ItemRef;
import io.worklane.openapi.model.LinkType;
import io.worklane.openapi.model.WorkItemLink;
import io.worklane.openapi.model.WorkItemLinkList;
import java.util.List;

/** Domain → REST models of dependencies and links. */
final class PlanningDtos {
    private PlanningDtos() {
    }

    static io.worklane.openapi.model.Dependency of(Related.Shown s) {
        return of(s.dependency(), s.predecessor(), s.successor());
    }

    static DependencyLists of(Related.Dependencies d) {
        return new DependencyLists()
                .predecessors(d.predecessors().stream().map(x -> of(x.dependency(), x.other(), d.item())).toList())
                .successors(d.successors().stream().map(x -> of(x.dependency(), d.item(), x.other())).toList());
    }

    static WorkItemLink of(Related.Linked l) {
        return new WorkItemLink().id(l.link().id()).type(LinkType.fromValue(l.link().type().name()))
                .direction(l.outgoing() ? WorkItemLink.DirectionEnum.OUTGOING : WorkItemLink.DirectionEnum.INCOMING)
                .item(ref(l.other())).createdAt(Dates.utc(l.link().createdAt()));
    }

    static WorkItemLinkList links(List<Related.Linked> links) {
        return new WorkItemLinkList().items(links.stream().map(PlanningDtos::of).toList());
    }

    static ItemRef ref(WorkItem w) {
        return new ItemRef().id(w.id()).key(w.key()).title(w.title()).status(w.status());
    }

    private static io.worklane.openapi.model.Dependency of(Dependency d, WorkItem predecessor, WorkItem successor) {
        return new io.worklane.openapi.model.Dependency().id(d.id()).type(DependencyType.fromValue(d.type().name()))
                .lagDays(d.lagDays()).predecessor(ref(predecessor)).successor(ref(successor))
                .createdAt(Dates.utc(d.createdAt()));
    }
}
