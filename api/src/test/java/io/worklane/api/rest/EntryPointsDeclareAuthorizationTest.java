package io.worklane.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every REST resource and GraphQL API class declares who may call it; a new one without fails here. */
class EntryPointsDeclareAuthorizationTest {
    private static final List<Class<? extends java.lang.annotation.Annotation>> DECLARATIONS =
            List.of(Authenticated.class, RolesAllowed.class, PermitAll.class);

    @Test
    void everyEntryPointDeclaresItsAuthorization() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.worklane.api");
        List<JavaClass> entryPoints = classes.stream()
                .filter(c -> c.getInterfaces().stream().anyMatch(i -> i.toErasure().getPackageName()
                        .equals("io.worklane.openapi.api"))
                        || c.isAnnotatedWith(org.eclipse.microprofile.graphql.GraphQLApi.class))
                .toList();
        assertThat(entryPoints).as("REST resources and GraphQL APIs found").hasSizeGreaterThanOrEqualTo(6);
        assertThat(entryPoints).allSatisfy(c -> assertThat(DECLARATIONS.stream().anyMatch(c::isAnnotatedWith))
                .as(c.getName() + " declares @Authenticated, @RolesAllowed or @PermitAll").isTrue());
    }
}
