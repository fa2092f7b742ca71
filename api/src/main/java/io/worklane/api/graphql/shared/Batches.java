package io.worklane.api.graphql.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Helpers of batch resolvers: the parents of one level may come from several workspaces, and every
 * read is scoped to one, so keys are grouped by workspace and loaded with one call per workspace.
 */
public final class Batches {
    private Batches() {
    }

    /** Collects the keys every source needs, per workspace, loads them and merges the results. */
    public static <S, K, V> Uni<Map<K, V>> load(List<S> sources, Function<S, UUID> workspaceOf,
                                                 Function<S, Collection<K>> keysOf,
                                                 BiFunction<UUID, Set<K>, Uni<Map<K, V>>> loader) {
        Map<UUID, Set<K>> keys = new LinkedHashMap<>();
        for (S source : sources) {
            Collection<K> needed = keysOf.apply(source);
            if (!needed.isEmpty()) {
                keys.computeIfAbsent(workspaceOf.apply(source), ws -> new LinkedHashSet<>()).addAll(needed);
            }
        }
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map<K, V>>> loads = keys.entrySet().stream().map(e -> loader.apply(e.getKey(), e.getValue())).toList();
        return Uni.join().all(loads).andFailFast().map(maps -> {
            Map<K, V> merged = new HashMap<>();
            maps.forEach(merged::putAll);
            return merged;
        });
    }

    /**
     * One answer per source, for fields whose key is the source's own id (a project's risk matrix): the values are
     * loaded per workspace, a source without one gets {@code absent}, and {@code shape} makes the field's value.
     */
    public static <S, V, R> Uni<List<R>> bySource(List<S> sources, Function<S, UUID> workspaceOf,
                                                  Function<S, UUID> idOf,
                                                  BiFunction<UUID, Set<UUID>, Uni<Map<UUID, V>>> loader, V absent,
                                                  Function<V, R> shape) {
        return load(sources, workspaceOf, s -> List.of(idOf.apply(s)), loader)
                .map(found -> sources.stream().map(s -> shape.apply(found.getOrDefault(idOf.apply(s), absent))).toList());
    }

    /**
     * A connection per source below a list (the risks of each project of a level): one keyset page per source from
     * one load per workspace; a source with no rows gets an empty page.
     */
    public static <S, T, C> Uni<List<C>> pages(List<S> sources, Function<S, UUID> workspaceOf, Function<S, UUID> idOf,
                                               BiFunction<UUID, Set<UUID>, Uni<Map<UUID, Page<T>>>> loader,
                                               Function<Page<T>, C> connectionOf) {
        return bySource(sources, workspaceOf, idOf, loader, Page.empty(), connectionOf);
    }

    /** Indexes loaded objects by their id. */
    public static <V> Map<UUID, V> byId(List<V> values, Function<V, UUID> idOf) {
        Map<UUID, V> map = new HashMap<>();
        values.forEach(v -> map.put(idOf.apply(v), v));
        return map;
    }

    /**
     * One load per source, run concurrently, results in the order of the sources. For lists that
     * have no batch port method yet (a workspace's projects): one statement per parent.
     */
    public static <S, R> Uni<List<R>> each(List<S> sources, Function<S, Uni<R>> loader) {
        if (sources.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<R>> loads = sources.stream().map(loader).toList();
        return Uni.join().all(loads).andFailFast();
    }
}
