package io.worklane.api.application.goal;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResults;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Key results and their check-ins, written with {@code projects:write}, each in one transaction with its event
 * ({@code goal.key_result_created/updated/deleted}, {@code goal.checked_in}). A check-in keeps the value it set
 * and the one before, so the history is never rewritten.
 */
@ApplicationScoped
public class KeyResultService {
    private final KeyResults keyResults;
    private final GoalLookup lookup;
    private final Events events;
    private final Now now;

    public KeyResultService(KeyResults keyResults, GoalLookup lookup, Events events, Now now) {
        this.keyResults = keyResults;
        this.lookup = lookup;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<KeyResult> add(Caller caller, String wsRef, String goalRef, KeyResultDraft d) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.find(ws.id(), goalRef))
                .call(this::roomFor)
                .map(goal -> KeyResult.create(goal.workspaceId(), goal.id(), d.title(), d.kind(), d.currency(),
                        d.start(), d.target(), d.current(), now.instant()))
                .chain(keyResults::insert)
                .call(saved -> events.record("goal.key_result_created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), GoalData.of(saved), null));
    }

    @WithTransaction
    public Uni<KeyResult> update(Caller caller, String wsRef, String ref, Long expected, String title,
                                 BigDecimal start, BigDecimal target) {
        return current(caller, wsRef, ref, expected)
                .chain(current -> {
                    KeyResult changed = current.change(title, start, target, now.instant());
                    return GoalData.of(changed).equals(GoalData.of(current)) ? Uni.createFrom().item(current)
                            : keyResults.update(changed).call(saved -> events.record("goal.key_result_updated",
                                    saved.workspaceId(), saved.id(), caller, saved.updatedAt(), GoalData.of(saved),
                                    GoalData.of(current)));
                });
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expected) {
        return current(caller, wsRef, ref, expected)
                .call(kr -> keyResults.delete(kr.workspaceId(), kr.id(), kr.version()))
                .call(kr -> events.record("goal.key_result_deleted", kr.workspaceId(), kr.id(), caller, now.instant(),
                        GoalData.of(kr), null))
                .map(KeyResult::id);
    }

    /**
     * Sets the key result's current value and keeps the check-in. {@code value} is a number, or for BOOLEAN
     * true (done) or false (not done); anything else is a 400 on {@code value}.
     */
    @WithTransaction
    public Uni<CheckedIn> checkIn(Caller caller, String wsRef, String ref, Object value, String note) {
        return current(caller, wsRef, ref, null).chain(current -> {
            BigDecimal v = CheckInValue.of(current, value);
            new Validation().text(note, "note", 0, CheckIn.MAX_NOTE).orThrow();
            KeyResult changed = current.checkIn(v, now.instant());
            CheckIn entry = new CheckIn(Ids.newId(), current.workspaceId(), current.id(), v, current.current(), note,
                    caller.actorIn(current.workspaceId()), now.instant());
            return keyResults.update(changed).call(saved -> keyResults.record(entry))
                    .call(saved -> events.record("goal.checked_in", saved.workspaceId(), saved.id(), caller,
                            entry.createdAt(), GoalData.of(saved, entry), null))
                    .map(saved -> new CheckedIn(saved, entry));
        });
    }

    /** What a check-in answers: the key result as it is now and the check-in kept. */
    public record CheckedIn(KeyResult keyResult, CheckIn checkIn) {
    }

    private Uni<KeyResult> current(Caller caller, String wsRef, String ref, Long expected) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.keyResult(ws.id(), ref))
                .invoke(kr -> ExpectedVersion.check(expected, kr.version(), "Key result " + kr.title()));
    }

    private Uni<Void> roomFor(Goal goal) {
        return keyResults.ofGoals(goal.workspaceId(), List.of(goal.id())).invoke(found -> {
            if (found.getOrDefault(goal.id(), List.of()).size() >= KeyResult.MAX_PER_GOAL) {
                throw new DomainException(ErrorCode.GOAL_FULL, "Goal " + goal.title() + " has "
                        + KeyResult.MAX_PER_GOAL + " key results already: remove one, or split the goal.");
            }
        }).replaceWithVoid();
    }
}
