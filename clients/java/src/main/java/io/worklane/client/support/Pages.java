package io.worklane.client.support;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list operation, page after page, following {@code nextCursor} until it is absent or null.
 * Pages are fetched lazily as the stream is consumed.
 *
 * <pre>{@code
 * Stream<WorkItem> all = Pages.stream(
 *         cursor -> items.listWorkItems("acme", "ENG", null, null, null, null, null, null, null, null, 200, cursor, null),
 *         WorkItemList::getItems, WorkItemList::getNextCursor);
 * }</pre>
 */
public final class Pages {
    private Pages() {
    }

    /** A page fetch that may throw the generated client's checked ApiException. */
    @FunctionalInterface
    public interface Fetch<P> {
        P page(String cursor) throws Exception;
    }

    public static <P, T> Stream<T> stream(Fetch<P> fetch, Function<P, List<T>> items, Function<P, String> nextCursor) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                iterator(fetch, items, nextCursor), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public static <P, T> Iterator<T> iterator(Fetch<P> fetch, Function<P, List<T>> items, Function<P, String> nextCursor) {
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private String cursor;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    P page = fetch(cursor);
                    List<T> found = items.apply(page);
                    current = found == null ? List.<T>of().iterator() : found.iterator();
                    cursor = nextCursor.apply(page);
                    last = cursor == null || cursor.isEmpty();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            private P fetch(String cursor) {
                try {
                    return fetch.page(cursor);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new PageFetchFailed(e);
                }
            }
        };
    }

    /** A page could not be fetched; the cause is the client's exception (an ApiException with the problem). */
    public static final class PageFetchFailed extends RuntimeException {
        PageFetchFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
