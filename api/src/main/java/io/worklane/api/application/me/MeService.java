package io.worklane.api.application.me;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.MeAccess;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.me.AwaitedApproval;
import io.worklane.domain.me.Membership;
import io.worklane.domain.me.MyWork;
import io.worklane.domain.me.MyWorkItem;
import io.worklane.domain.me.WorkView;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * "Me": who is calling and their work across workspaces — open items assigned to them, due soon, overdue,
 * and approvals waiting for their decision — in the workspaces where they may read work items. An API key
 * is assigned nothing and decides no approval: its lists are empty.
 */
@ApplicationScoped
public class MeService {
    public static final int MAX_DAYS = 90;
    private final MyWork work;
    private final Workspaces workspaces;
    private final MeAccess access;

    public MeService(MyWork work, Workspaces workspaces, MeAccess access) {
        this.work = work;
        this.workspaces = workspaces;
        this.access = access;
    }

    public Uni<MeView> me(Caller caller) {
        access.require(caller);
        return Multi.createFrom().iterable(caller.grants().entrySet()).onItem().transformToUniAndConcatenate(g ->
                        workspaces.find(g.getKey().toString()).map(ws -> ws.map(w -> new MeView.Place(w.id(), w.slug(),
                                w.name(), g.getValue().memberId(), g.getValue().role() == null ? null
                                : g.getValue().role().name(), caller.scopesIn(w.id())))))
                .collect().asList()
                .map(places -> new MeView(caller.kind(), caller.credentialId(), caller.name(), caller.instanceAdmin(),
                        places.stream().flatMap(Optional::stream).toList()));
    }

    public Uni<Page<MyWorkItem>> items(Caller caller, WorkView view, Integer days, PageRequest page) {
        int within = days == null ? 7 : days;
        if (within < 0 || within > MAX_DAYS) {
            throw DomainException.validation(List.of(new FieldError("days", "OUT_OF_RANGE",
                    "must be between 0 and " + MAX_DAYS)));
        }
        List<Membership> mine = memberships(caller);
        return mine.isEmpty() ? Uni.createFrom().item(new Page<>(List.of(), null))
                : work.items(mine, view == null ? WorkView.ASSIGNED : view, within, page);
    }

    public Uni<Page<AwaitedApproval>> approvals(Caller caller, PageRequest page) {
        List<Membership> mine = memberships(caller);
        return mine.isEmpty() ? Uni.createFrom().item(new Page<>(List.of(), null)) : work.approvals(mine, page);
    }

    private List<Membership> memberships(Caller caller) {
        access.require(caller);
        return caller.grants().entrySet().stream()
                .filter(g -> g.getValue().memberId() != null && caller.holds(g.getKey(), Scope.WORK_ITEMS_READ))
                .map(g -> new Membership(g.getKey(), g.getValue().memberId(), g.getValue().role().name())).toList();
    }
}
