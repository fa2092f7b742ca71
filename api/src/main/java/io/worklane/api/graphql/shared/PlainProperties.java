package io.worklane.api.graphql.shared;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A property of an output object (a record component, a getter) is read by SmallRye's {@code FieldDataFetcher},
 * which first fills a request context for that one field: its path as text and its selection set, twice, as
 * JSON-P arrays. Nothing reads that context for a plain property, and it was a fifth of the CPU of a board
 * query (100 items × 10 fields, issue #19). So a property that SmallRye gives to graphql-java as it is (no
 * scalar transformation such as Instant to text, no adapter, no map) is read here directly; the others still
 * go through SmallRye's fetcher. {@code PlainPropertiesTest} holds the two to the same answers (ADR 0087).
 */
final class PlainProperties implements DataFetcher<Object>, TrivialDataFetcher<Object> {
    private final DataFetcher<?> smallRye;
    private final String getter;
    private final ClassValue<Optional<Method>> accessors = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                Method method = type.getMethod(getter);
                method.setAccessible(true);
                return Optional.of(method);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }
    };

    private PlainProperties(DataFetcher<?> smallRye, String getter) {
        this.smallRye = smallRye;
        this.getter = getter;
    }

    /** The schema with every SmallRye property fetcher wrapped, and without SmallRye's no-op "default" field block. */
    static GraphQLSchema install(GraphQLSchema schema, boolean defaultVisibility) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder changed = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(at, field);
                getterOf(fetcher).ifPresent(getter -> changed.dataFetcher(at, new PlainProperties(fetcher, getter)));
            }
        }
        if (defaultVisibility) {
            changed.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        GraphQLCodeRegistry built = changed.build();
        return schema.transform(b -> b.codeRegistry(built));
    }

    /** The accessor method SmallRye's fetcher calls, when the value it reads goes out untouched. */
    private static Optional<String> getterOf(DataFetcher<?> fetcher) {
        if (!(fetcher instanceof FieldDataFetcher<?>)) {
            return Optional.empty();
        }
        try {
            Field model = FieldDataFetcher.class.getDeclaredField("field");
            model.setAccessible(true);
            io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) model.get(fetcher);
            return untouched(field) ? Optional.ofNullable(field.getMethodName()) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What SmallRye's FieldHelper neither transforms (a scalar of another Java class) nor adapts. */
    private static boolean untouched(io.smallrye.graphql.schema.model.Field field) {
        Reference reference = field.getReference();
        boolean transformed = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = reference.isAdaptingWith() || field.isAdaptingWith() || reference.isAdaptingTo()
                || field.isAdaptingTo() || field.hasWrapper() && field.getWrapper().isMap();
        return !transformed && !adapted;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        Optional<Method> accessor = source == null ? Optional.empty() : accessors.get(source.getClass());
        if (accessor.isEmpty()) {
            return smallRye.get(environment);
        }
        try {
            return accessor.get().invoke(source);
        } catch (InvocationTargetException e) {
            return smallRye.get(environment);
        }
    }
}
