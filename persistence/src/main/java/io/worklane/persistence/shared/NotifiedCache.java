package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A read-through cache of rows that rarely change and are read on every request, kept exact by
 * PostgreSQL (ADR 0043). A trigger NOTIFYs {@code worklane_cache} when a change of such a row commits,
 * on whichever instance it was made, and {@link CacheNotices} drops the row here. A write on this
 * instance marks the row first ({@link #writing}), so it is read from the database, never from here,
 * until its notice arrives: this instance never answers from a value older than a commit it made.
 * While notices cannot arrive (the listening connection is down), nothing is served from here.
 */
public final class NotifiedCache<V> {
    private static final long MAX_AGE = Duration.ofSeconds(60).toNanos();
    private static final long PENDING_AT_MOST = Duration.ofSeconds(10).toNanos();
    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Long> pending = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Function<V, UUID> rowOf;
    private volatile boolean live;

    private record Entry<V>(V value, UUID row, long loadedAt) {
    }

    NotifiedCache(Function<V, UUID> rowOf) {
        this.rowOf = rowOf;
    }

    /** The value cached under {@code key}, else what {@code load} finds (kept only if it is found). */
    public Uni<Optional<V>> get(String key, Supplier<Uni<Optional<V>>> load) {
        Entry<V> hit = live ? entries.get(key) : null;
        if (hit != null && System.nanoTime() - hit.loadedAt() < MAX_AGE && !isPending(hit.row())) {
            return Uni.createFrom().item(Optional.of(hit.value()));
        }
        long before = generation.get();
        return load.get().invoke(found -> found.ifPresent(value -> keep(key, value, before)));
    }

    /** A write of this row is under way: read it from the database until its notice arrives. */
    public void writing(UUID row) {
        pending.put(row, System.nanoTime() + PENDING_AT_MOST);
        changed(row);
    }

    /** Every row may have changed (a bulk write): start empty. */
    public void writingAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    void noticed(UUID row) {
        changed(row);
        pending.remove(row);
    }

    void listening(boolean now) {
        live = now;
        writingAll();
    }

    private void changed(UUID row) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.row().equals(row));
    }

    /** Kept after the load, then dropped again if a change arrived meanwhile (it may predate the load's read). */
    private void keep(String key, V value, long generationAtLoad) {
        UUID row = rowOf.apply(value);
        if (!live || isPending(row)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, row, System.nanoTime()));
        if (generation.get() != generationAtLoad) {
            entries.remove(key);
        }
    }

    private boolean isPending(UUID row) {
        Long until = pending.get(row);
        if (until == null) {
            return false;
        }
        if (System.nanoTime() - until < 0) {
            return true;
        }
        pending.remove(row, until);
        return false;
    }
}
