package io.worklane.api.rest.shared;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Binds every list's {@code nextCursor} to the list that issued it (its operation), so that a cursor
 * of another list is refused with 400 INVALID_CURSOR as the contract promises, instead of being read as
 * a position in this one (two lists sorted by createdAt share the keyset format). The cursor leaves as
 * {@code <keyset cursor>.<tag>}; when it comes back, the tag must be this operation's. Every operation
 * with a {@code cursor} query parameter and a {@code nextCursor} in its answer is covered as it is added.
 */
public class ListCursors {
    private static final String PARAMETER = "cursor";
    private static final ClassValue<Optional<Method[]>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method[]> computeValue(Class<?> type) {
            try {
                return Optional.of(new Method[]{type.getMethod("getNextCursor"), type.getMethod("setNextCursor", String.class)});
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    @ServerRequestFilter
    public Response checkCursor(ContainerRequestContext request, SimpleResourceInfo resource) {
        String cursor = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        if (cursor == null || cursor.isEmpty() || resource == null) {
            return null;
        }
        try {
            unbound(resource.getMethodName(), cursor);
            return null;
        } catch (DomainException refusal) {
            return Problems.response(refusal.code(), refusal.getMessage(), List.of(), request.getUriInfo().getPath());
        }
    }

    @ServerResponseFilter
    public void bindCursor(ContainerResponseContext response, SimpleResourceInfo resource) {
        Object entity = response.getEntity();
        if (entity == null || resource == null) {
            return;
        }
        ACCESSORS.get(entity.getClass()).ifPresent(accessors -> {
            try {
                Object next = accessors[0].invoke(entity);
                if (next instanceof String cursor && !cursor.isEmpty()) {
                    accessors[1].invoke(entity, bound(resource.getMethodName(), cursor));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("nextCursor of " + entity.getClass() + " not accessible", e);
            }
        });
    }

    /** The cursor as a client sees it: the keyset cursor and the tag of the list that issued it. */
    static String bound(String operation, String cursor) {
        return cursor + "." + tag(operation, cursor);
    }

    /** The keyset cursor inside a client's cursor; refused when another list issued it, or nobody. */
    static String unbound(String operation, String cursor) {
        int dot = cursor.lastIndexOf('.');
        if (dot < 0 || !cursor.substring(dot + 1).equals(tag(operation, cursor.substring(0, dot)))) {
            throw new DomainException(ErrorCode.INVALID_CURSOR, "The cursor was not issued by this list. Use the "
                    + "nextCursor of this list's previous page as it is, with the same filters and sort.");
        }
        return cursor.substring(0, dot);
    }

    /** What {@link Pages} decodes: the keyset part (the tag was checked by the request filter). */
    static String keysetPart(String cursor) {
        if (cursor == null) {
            return null;
        }
        int dot = cursor.lastIndexOf('.');
        return dot < 0 ? cursor : cursor.substring(0, dot);
    }

    private static String tag(String operation, String cursor) {
        CRC32 crc = new CRC32();
        crc.update((operation + "\n" + cursor).getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }
}
