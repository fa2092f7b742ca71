package io.worklane.api.graphql.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.AllocationDraft;
import io.worklane.api.application.resource.AllocationPatch;
import io.worklane.api.application.resource.AllocationService;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.resource.ResourceDraft;
import io.worklane.api.application.resource.ResourcePatch;
import io.worklane.api.application.resource.ResourceService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.resource.NewResource;
import io.worklane.domain.shared.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Resource and allocation mutations: the same use cases as REST, the same refusals. */
@GraphQLApi
@Authenticated
public class ResourceMutations {
    private final ResourceService resources;
    private final AllocationService allocations;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ResourceMutations(ResourceService resources, AllocationService allocations, IdempotentCreate idempotent,
                             CurrentCaller caller) {
        this.resources = resources;
        this.allocations = allocations;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createResource")
    @Description("Creates a person, equipment, room or other resource. Needs resources:write.")
    public Uni<ResourceTypes.ResourcePayload> createResource(@Name("input") @NonNull ResourceInputs.Create in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            ResourceDraft draft = new ResourceDraft(in.kind.name(), in.name, in.member, skills(in.skills),
                    capacity(in.capacity), timeOff(in.timeOff), rates(in.costRates));
            return idempotent.run(who, in.idempotencyKey, "createResource", in,
                    () -> resources.create(who, in.workspace, draft).map(r -> payload(who, r)),
                    p -> p.resource().getId(), id -> resources.get(who, in.workspace, id).map(r -> payload(who, r)));
        });
    }

    @Mutation("updateResource")
    @Description("Changes a resource; a change of cost rates re-prices its unlocked time entries. Needs "
            + "resources:write.")
    public Uni<ResourceTypes.ResourcePayload> updateResource(@Name("input") @NonNull ResourceInputs.Update in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            ResourcePatch patch = new ResourcePatch(Changes.of(in.kind == null ? null : in.kind.name()),
                    Changes.of(in.name),
                    Changes.of(in.member, in.clear, ResourceTypes.ResourceField.MEMBER, "member"),
                    in.skills == null ? Change.absent() : Change.to(skills(in.skills)),
                    in.capacity == null ? Change.absent() : Change.to(capacity(in.capacity)),
                    in.timeOff == null ? Change.absent() : Change.to(timeOff(in.timeOff)),
                    in.costRates == null ? Change.absent() : Change.to(rates(in.costRates)));
            return resources.update(who, in.workspace, in.id, Changes.version(in.expectedVersion), patch)
                    .map(r -> payload(who, r));
        });
    }

    @Mutation("deleteResource")
    @Description("Archives a resource: its allocations and timer go, its time entries stay. Needs resources:write.")
    public Uni<DeletePayload> deleteResource(@Name("input") @NonNull ResourceInputs.Delete in) {
        return Uni.createFrom().deferred(() -> resources.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    @Mutation("createAllocation")
    @Description("Reserves a resource for a project or work item; over capacity is allowed and reported "
            + "(allocation.overallocated). Needs resources:write.")
    public Uni<ResourceTypes.AllocationPayload> createAllocation(
            @Name("input") @NonNull ResourceInputs.CreateAllocation in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            AllocationDraft draft = new AllocationDraft(in.resource, in.project, in.workItem, in.from.toString(),
                    in.to.toString(), in.minutesPerWeek, in.percent, in.note);
            return idempotent.run(who, in.idempotencyKey, "createAllocation", in,
                    () -> allocations.create(who, in.workspace, draft).map(ResourceMutations::payload),
                    p -> p.allocation().id(), id -> allocations.get(who, in.workspace, id)
                            .map(ResourceMutations::payload));
        });
    }

    @Mutation("updateAllocation")
    @Description("Changes an allocation's dates, amount or note. Needs resources:write.")
    public Uni<ResourceTypes.AllocationPayload> updateAllocation(
            @Name("input") @NonNull ResourceInputs.UpdateAllocation in) {
        return Uni.createFrom().deferred(() -> allocations.update(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion), new AllocationPatch(
                        Changes.of(in.from == null ? null : in.from.toString()),
                        Changes.of(in.to == null ? null : in.to.toString()), Changes.of(in.minutesPerWeek),
                        Changes.of(in.percent), Changes.of(in.note)))).map(ResourceMutations::payload);
    }

    @Mutation("deleteAllocation")
    @Description("Deletes an allocation. Needs resources:write.")
    public Uni<DeletePayload> deleteAllocation(@Name("input") @NonNull ResourceInputs.DeleteAllocation in) {
        return Uni.createFrom().deferred(() -> allocations.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    private static ResourceTypes.ResourcePayload payload(Caller who, io.worklane.domain.resource.Resource r) {
        return new ResourceTypes.ResourcePayload(new Resource(r, CostVisibility.showsCosts(who, r.workspaceId())));
    }

    private static ResourceTypes.AllocationPayload payload(io.worklane.domain.resource.Allocation a) {
        return new ResourceTypes.AllocationPayload(ResourceTypes.Allocation.of(a));
    }

    private static List<NewResource.SkillInput> skills(List<ResourceInputs.Skill> in) {
        return in == null ? List.of() : in.stream().map(s -> new NewResource.SkillInput(s.name, s.level)).toList();
    }

    private static Map<String, Integer> capacity(List<ResourceInputs.WeekdayCapacity> in) {
        if (in == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        in.forEach(c -> out.put(c.day.name(), c.minutes));
        return out;
    }

    private static List<NewResource.TimeOffInput> timeOff(List<ResourceInputs.TimeOff> in) {
        return in == null ? List.of() : in.stream().map(t -> new NewResource.TimeOffInput(t.from.toString(),
                t.to == null ? null : t.to.toString(), t.reason)).toList();
    }

    private static List<NewResource.RateInput> rates(List<ResourceInputs.CostRate> in) {
        return in == null ? List.of() : in.stream().map(r -> new NewResource.RateInput(r.from.toString(), r.amount,
                r.currency, "HOUR")).toList();
    }
}
