package io.worklane.domain.automation;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleChainTest {
    private static final UUID RULE = UUID.fromString("0195a2b0-0000-7000-8000-0000000000a1");
    private static final UUID ITEM = UUID.fromString("0195a2b0-0000-7000-8000-0000000000b1");

    @Test
    void a_chain_starts_at_the_change_a_person_made_and_deepens_by_one_per_rule() {
        RuleChain start = RuleChain.start();

        assertThat(start.depth()).isZero();
        assertThat(start.next().depth()).isEqualTo(1);
        assertThat(start.next().next().depth()).isEqualTo(2);
    }

    @Test
    void five_rules_may_follow_one_another_but_not_six() {
        RuleChain chain = RuleChain.start();
        for (int i = 1; i <= RuleChain.MAX_DEPTH; i++) {
            chain = chain.next();
            assertThat(chain.exceeded()).as("depth %d", i).isFalse();
        }

        RuleChain sixth = chain.next();

        assertThat(sixth.depth()).isEqualTo(6);
        assertThat(sixth.exceeded()).isTrue();
    }

    @Test
    void going_on_past_an_exceeded_chain_is_a_bug() {
        RuleChain sixth = new RuleChain(RuleChain.MAX_DEPTH + 1);

        assertThatThrownBy(sixth::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RuleChain(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stopped_run_is_logged_with_its_depth_and_why() {
        RuleRun run = RuleRun.stoppedAtDepth(RULE, ITEM, new RuleChain(6), NOW);

        assertThat(run.status()).isEqualTo(RuleRun.Status.STOPPED_AT_DEPTH);
        assertThat(run.depth()).isEqualTo(6);
        assertThat(run.ruleId()).isEqualTo(RULE);
        assertThat(run.workItemId()).isEqualTo(ITEM);
        assertThat(run.message()).isEqualTo("Not run: it would be rule 6 in a chain of rules triggering rules; "
                + "at most 5 may follow one another, so look for rules that trigger each other");
        assertThat(run.startedAt()).isEqualTo(NOW).isEqualTo(run.finishedAt());
    }

    @Test
    void runs_record_success_failure_and_skips() {
        RuleChain first = RuleChain.start().next();

        assertThat(RuleRun.succeeded(RULE, ITEM, first, NOW, LATER))
                .isEqualTo(new RuleRun(RULE, ITEM, RuleRun.Status.SUCCEEDED, null, 1, NOW, LATER));
        assertThat(RuleRun.failed(RULE, null, first, "Transition to 'done' is not allowed", NOW, LATER).status())
                .isEqualTo(RuleRun.Status.FAILED);
        assertThat(RuleRun.skipped(RULE, ITEM, first, "The item was deleted", NOW).message())
                .isEqualTo("The item was deleted");
    }

    @Test
    void a_long_message_is_cut_to_keep_log_rows_small() {
        RuleRun run = RuleRun.failed(RULE, ITEM, RuleChain.start().next(), "e".repeat(5_000), NOW, LATER);

        assertThat(run.message()).hasSize(RuleRun.MAX_MESSAGE).endsWith("e…");
    }
}
