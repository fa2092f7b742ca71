package io.worklane.domain.project;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.FRIDAY;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.MONDAY;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aCancelledProject;
import static io.worklane.domain.Fixtures.aClosedProject;
import static io.worklane.domain.Fixtures.aProcessBoard;
import static io.worklane.domain.Fixtures.aProject;
import static io.worklane.domain.Fixtures.aProjectChange;
import static io.worklane.domain.Fixtures.aProjectIn;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectTest {

    private static Project withKey(String key) {
        return Project.create(WORKSPACE_ID, key, "Engineering", null, null, null, null, null, null, NOW);
    }

    @Test
    void a_new_project_is_an_active_temporary_initiative_unless_told_otherwise() {
        Project project = withKey("ENG");

        assertThat(project.kind()).isEqualTo(ProjectKind.PROJECT);
        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(project.workspaceId()).isEqualTo(WORKSPACE_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENG", "E2", "OPS", "ABCDEFGHIJ", "Q4PLAN"})
    void a_key_is_2_to_10_capitals_or_digits_starting_with_a_letter(String key) {
        assertThat(withKey(key).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eng", "E", "ENGINEERING1", "ABCDEFGHIJK", "1ENG", "EN-G", "EN G", "Eng", ""})
    void any_other_key_is_refused(String key) {
        assertThatThrownBy(() -> withKey(key))
                .isInstanceOfSatisfying(DomainException.class, invalid("key"));
    }

    @Test
    void a_name_is_required() {
        assertThatThrownBy(() -> Project.create(WORKSPACE_ID, "ENG", " ", null, null, null, null, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }

    @Test
    void a_process_is_ongoing_and_has_no_target_date() {
        assertThatCode(() -> aProcessBoard()).doesNotThrowAnyException();
        assertThatThrownBy(() -> Project.create(WORKSPACE_ID, "OPS", "Operations", null, ProjectKind.PROCESS,
                null, null, MONDAY, FRIDAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("targetDate", "NOT_ALLOWED"));
    }

    @Test
    void a_target_date_may_be_the_start_date_but_not_before_it() {
        assertThatCode(() -> Project.create(WORKSPACE_ID, "ENG", "Engineering", null, null, null, null,
                MONDAY, MONDAY, NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Project.create(WORKSPACE_ID, "ENG", "Engineering", null, null, null, null,
                FRIDAY, MONDAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("targetDate", "BEFORE_START"));
    }

    @Test
    void a_completed_project_refuses_new_work() {
        assertThatThrownBy(() -> aClosedProject().ensureOpenForNewWork())
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PROJECT_CLOSED))
                .hasMessageContaining("ENG");
    }

    @Test
    void a_cancelled_project_refuses_new_work() {
        assertThatThrownBy(() -> aCancelledProject().ensureOpenForNewWork())
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PROJECT_CLOSED));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"PROPOSED", "ACTIVE", "ON_HOLD"})
    void a_project_that_is_not_closed_takes_new_work(ProjectStatus status) {
        assertThatCode(() -> aProjectIn(status).ensureOpenForNewWork()).doesNotThrowAnyException();
    }

    @Test
    void a_reopened_project_takes_new_work_again() {
        Project reopened = aClosedProject().change(aProjectChange().status(ProjectStatus.ACTIVE).build(), LATER);

        assertThatCode(reopened::ensureOpenForNewWork).doesNotThrowAnyException();
    }

    @Test
    void a_change_keeps_the_key_and_the_kind() {
        Project before = aProject();

        Project after = before.change(aProjectChange().name("Platform").description(null).lead(GRACE)
                .status(ProjectStatus.ON_HOLD).build(), LATER);

        assertThat(after.key()).isEqualTo("ENG");
        assertThat(after.kind()).isEqualTo(ProjectKind.PROJECT);
        assertThat(after.name()).isEqualTo("Platform");
        assertThat(after.description()).isNull();
        assertThat(after.leadId()).isEqualTo(GRACE);
        assertThat(after.status()).isEqualTo(ProjectStatus.ON_HOLD);
        assertThat(after.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_of_nothing_keeps_everything_but_the_update_time() {
        Project before = aProject();

        Project after = before.change(aProjectChange().build(), LATER);

        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
        assertThat(before.leadId()).isEqualTo(ADA);
    }

    @Test
    void a_change_is_checked_like_a_new_project() {
        Project project = aProject();

        assertThatThrownBy(() -> project.change(aProjectChange().targetDate(MONDAY.minusDays(1)).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("targetDate", "BEFORE_START"));
        assertThatThrownBy(() -> project.change(aProjectChange().status(null).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("status", "REQUIRED"));
        assertThatThrownBy(() -> aProcessBoard().change(aProjectChange().targetDate(FRIDAY).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("targetDate", "NOT_ALLOWED"));
    }
}
