package io.worklane.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A dependency that would close a loop is refused, naming the loop; anything else passes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DependencyCyclesTest {
    private final Map<String, UUID> ids = new HashMap<>();
    private final Map<UUID, String> keys = new HashMap<>();

    private UUID id(String key) {
        return ids.computeIfAbsent(key, k -> {
            UUID id = UUID.randomUUID();
            keys.put(id, k);
            return id;
        });
    }

    private DependencyCycles.Edge edge(String from, String to) {
        return new DependencyCycles.Edge(id(from), id(to));
    }

    @Test
    void the_issue_example_names_the_two_item_loop_from_the_successor_back_to_it() {
        // ENG-4 waits for ENG-1; now ENG-1 would wait for ENG-4
        List<DependencyCycles.Edge> edges = List.of(edge("ENG-1", "ENG-4"));
        assertThatThrownBy(() -> DependencyCycles.ensureNone(id("ENG-4"), id("ENG-1"), edges, keys::get))
                .isInstanceOfSatisfying(DependencyCycles.Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
                    assertThat(r.cycle()).containsExactly("ENG-1", "ENG-4", "ENG-1");
                    assertThat(r.getMessage()).contains("ENG-1 → ENG-4 → ENG-1");
                });
    }

    @Test
    void a_long_loop_is_named_by_its_shortest_way_round() {
        List<DependencyCycles.Edge> edges = List.of(edge("A-1", "A-2"), edge("A-2", "A-3"), edge("A-3", "A-4"),
                edge("A-1", "A-5"), edge("A-5", "A-4"), edge("A-4", "A-6"));
        assertThatThrownBy(() -> DependencyCycles.ensureNone(id("A-6"), id("A-1"), edges, keys::get))
                .isInstanceOfSatisfying(DependencyCycles.Refusal.class,
                        r -> assertThat(r.cycle()).containsExactly("A-1", "A-5", "A-4", "A-6", "A-1"));
    }

    @Test
    void a_diamond_or_a_parallel_path_is_no_cycle() {
        List<DependencyCycles.Edge> edges = List.of(edge("A-1", "A-2"), edge("A-1", "A-3"), edge("A-2", "A-4"),
                edge("A-3", "A-4"));
        DependencyCycles.ensureNone(id("A-1"), id("A-4"), edges, keys::get);
        DependencyCycles.ensureNone(id("A-2"), id("A-3"), edges, keys::get);
        assertThat(DependencyCycles.pathBetween(id("A-4"), id("A-1"), edges)).isEmpty();
    }

    @Test
    void an_item_cannot_depend_on_itself_and_lags_stay_within_ten_years() {
        UUID a = id("A-1");
        assertThatThrownBy(() -> Dependency.create(UUID.randomUUID(), a, a, DependencyType.FS, 0, "A-1", Instant.EPOCH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DEPENDENCY_SELF));
        assertThatThrownBy(() -> Dependency.create(UUID.randomUUID(), a, id("A-2"), DependencyType.SS, -3651, "A-2",
                Instant.EPOCH)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("lagDays"));
        assertThat(Dependency.create(UUID.randomUUID(), a, id("A-2"), null, null, "A-2", Instant.EPOCH))
                .satisfies(d -> {
                    assertThat(d.type()).isEqualTo(DependencyType.FS);
                    assertThat(d.lagDays()).isZero();
                });
        assertThat(Dependency.create(UUID.randomUUID(), a, id("A-2"), DependencyType.FF, -3650, "A-2", Instant.EPOCH)
                .lagDays()).isEqualTo(-3650);
    }
}
