package io.worklane.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/architecture.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "io.worklane", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses().that().resideInAPackage("io.worklane.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                    "io.vertx..", "com.fasterxml..", "io.smallrye.graphql..", "org.eclipse.microprofile..")
            .because("the domain is plain Java (Mutiny only in port signatures)");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("io.worklane.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.worklane.persistence..", "io.worklane.api..",
                    "io.worklane.openapi..");

    @ArchTest
    static final ArchRule persistenceKnowsOnlyTheDomain = noClasses().that()
            .resideInAPackage("io.worklane.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("io.worklane.api..", "io.worklane.openapi..");

    @ArchTest
    static final ArchRule restCallsTheApplicationNeverPersistence = noClasses().that()
            .resideInAnyPackage("io.worklane.api.rest..", "io.worklane.api.graphql..")
            .should().dependOnClassesThat().resideInAPackage("io.worklane.persistence..")
            .because("REST and GraphQL only translate; use cases live in application/");

    @ArchTest
    static final ArchRule restAndGraphqlDoNotKnowEachOther = noClasses().that()
            .resideInAPackage("io.worklane.api.rest..")
            .should().dependOnClassesThat().resideInAPackage("io.worklane.api.graphql..");

    @ArchTest
    static final ArchRule graphqlDoesNotUseRest = noClasses().that()
            .resideInAPackage("io.worklane.api.graphql..")
            .should().dependOnClassesThat().resideInAPackage("io.worklane.api.rest..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheApis = noClasses().that()
            .resideInAPackage("io.worklane.api.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.worklane.api.rest..", "io.worklane.api.graphql..",
                    "io.worklane.openapi..", "jakarta.ws.rs..", "io.worklane.persistence..")
            .because("use cases speak the domain's language and reach data through its ports");

    @ArchTest
    static final ArchRule entitiesStayInPersistence = classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().resideInAPackage("io.worklane.persistence..");
}
