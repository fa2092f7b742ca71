package io.worklane.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionParserTest {

    @Test
    void handlesAndAddressesAreMentionsLowercased() {
        assertThat(MentionParser.mentions("Thanks @Ada, and @grace.hopper@Navy.example: see below."))
                .containsExactly("ada", "grace.hopper@navy.example");
    }

    @Test
    void anAddressAloneIsNotAMentionNorIsAnEscapedOne() {
        assertThat(MentionParser.mentions("Write to ada@example.com or \\@grace")).isEmpty();
    }

    @Test
    void codeIsNotScanned() {
        String markdown = """
                Ping @ada
                `@grace` in a span
                ```
                @linus in a block
                ```
                    @ken indented
                after the block @dennis.""";
        assertThat(MentionParser.mentions(markdown)).containsExactly("ada", "dennis");
    }

    @Test
    void eachNameOnceAndABoundedNumber() {
        assertThat(MentionParser.mentions("@ada @ada @ADA")).containsExactly("ada");
        assertThat(MentionParser.mentions("@x".repeat(0) + "@a1 ".repeat(1) + "@a2 @a3")).hasSize(3);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            many.append("@person").append(i).append(' ');
        }
        assertThat(MentionParser.mentions(many.toString())).hasSize(MentionParser.MAX_MENTIONS);
        assertThat(MentionParser.mentions(null)).isEmpty();
    }
}
