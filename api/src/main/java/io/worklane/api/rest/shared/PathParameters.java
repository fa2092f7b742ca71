package io.worklane.api.rest.shared;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Tells a path id of the wrong format (a 404: no object has it, as the contract says) from a query value
 * of the wrong type (a 400), when Quarkus REST could not convert a parameter. The path parameters are
 * declared on the interfaces generated from openapi.yaml, so their annotations are read there.
 */
final class PathParameters {
    private PathParameters() {
    }

    /** Whether one of the matched method's UUID path parameters holds something that is not a UUID. */
    static boolean hasMalformedId(SimpleResourceInfo resource, UriInfo uri) {
        if (resource == null || resource.getResourceClass() == null) {
            return false;
        }
        Method method = declared(resource);
        if (method == null) {
            return false;
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam path && types[i] == UUID.class
                        && !isUuid(uri.getPathParameters().getFirst(path.value()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Method declared(SimpleResourceInfo resource) {
        for (Class<?> type = resource.getResourceClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> candidate : withInterfaces(type)) {
                try {
                    Method method = candidate.getDeclaredMethod(resource.getMethodName(), resource.parameterTypes());
                    for (Annotation[] parameter : method.getParameterAnnotations()) {
                        for (Annotation annotation : parameter) {
                            if (annotation instanceof PathParam) {
                                return method;
                            }
                        }
                    }
                } catch (NoSuchMethodException notHere) {
                    // look further up
                }
            }
        }
        return null;
    }

    private static java.util.List<Class<?>> withInterfaces(Class<?> type) {
        java.util.List<Class<?>> all = new java.util.ArrayList<>(java.util.List.of(type));
        all.addAll(java.util.List.of(type.getInterfaces()));
        return all;
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
