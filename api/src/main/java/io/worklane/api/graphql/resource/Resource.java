package io.worklane.api.graphql.resource;

import io.worklane.api.graphql.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a resource; its cost rates only for callers who may see money. */
@Description("Someone or something that does work: skills, weekly capacity, time off and (for callers holding "
        + "budgets:read) cost rates.")
public class Resource {
    @Ignore
    private final io.worklane.domain.resource.Resource resource;
    @Ignore
    private final boolean costs;

    public Resource(io.worklane.domain.resource.Resource resource, boolean costs) {
        this.resource = resource;
        this.costs = costs;
    }

    @Ignore
    public io.worklane.domain.resource.Resource domain() {
        return resource;
    }

    @Id
    @NonNull
    @Description("The resource's id (a UUID).")
    public String getId() {
        return resource.id().toString();
    }

    @NonNull
    @Description("What the resource is.")
    public ResourceTypes.Kind getKind() {
        return ResourceTypes.Kind.valueOf(resource.kind().name());
    }

    @NonNull
    @Description("The resource's display name.")
    public String getName() {
        return resource.name();
    }

    @Id
    @Description("The member this person is; null when none.")
    public String getMemberId() {
        return resource.memberId() == null ? null : resource.memberId().toString();
    }

    @NonNull
    @Description("What the resource can do, with levels.")
    public List<@NonNull Skill> getSkills() {
        return resource.skills().stream().map(s -> new Skill(s.name(), s.level())).toList();
    }

    @NonNull
    @Description("Minutes per weekday; weekdays left out are 0.")
    public List<@NonNull WeekdayCapacity> getCapacity() {
        return resource.capacity().minutes().entrySet().stream()
                .map(e -> new WeekdayCapacity(ResourceTypes.Weekday.valueOf(e.getKey().name()), e.getValue())).toList();
    }

    @NonNull
    @Description("The periods the resource is not available (capacity 0).")
    public List<@NonNull TimeOff> getTimeOff() {
        return resource.timeOff().stream().map(t -> new TimeOff(t.from(), t.to(), t.reason())).toList();
    }

    @Description("Null for callers without budgets:read.")
    public List<@NonNull CostRate> getCostRates() {
        return !costs ? null : resource.costRates().rates().stream()
                .map(r -> new CostRate(r.from(), Money.of(r.rate()), r.unit().name())).toList();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) resource.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return resource.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return resource.updatedAt();
    }

    @Description("Something a resource can do, with a level.")
    public record Skill(@Description("The skill's name, compared lower-cased, e.g. java.") @NonNull String name,
                        @Description("1 (beginner) to 5 (expert).") int level) {
    }

    @Description("A resource's working minutes on one weekday.")
    public record WeekdayCapacity(@Description("The weekday.") @NonNull ResourceTypes.Weekday day,
                                  @Description("Minutes of capacity on that day, 0 to 1440.") int minutes) {
    }

    @Description("A period a resource is not available.")
    public record TimeOff(@NonNull LocalDate from,
                          @NonNull LocalDate to,
                          @Description("Why, e.g. Holiday; null when none was given.") String reason) {
    }

    @Description("What an hour of a resource costs from a day on, until the next rate.")
    public record CostRate(@NonNull LocalDate from,
                           @Description("The price of one unit (an hour) of the resource's time.") @NonNull Money rate,
                           @Description("What rate is per: always HOUR.") @NonNull String unit) {
    }
}
