package io.worklane.domain.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a Markdown text mentions: {@code @handle} (a member's handle: the part of their e-mail address
 * before the @) or {@code @ada@example.com} (their address). Not in code (fenced blocks and `spans`), not
 * after a word character or a backslash ({@code ada@example.com} alone is an address, not a mention;
 * {@code \@ada} is escaped), trailing punctuation dropped. Names are lowercased: matching ignores case.
 */
public final class MentionParser {
    static final int MAX_MENTIONS = 50;
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@\\\\/.+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*(?:@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?)");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?s:.*?)\\1");

    private MentionParser() {
    }

    public static Set<String> mentions(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return found;
        }
        boolean inFence = false;
        for (String line : markdown.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence || line.startsWith("    ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = MENTION.matcher(CODE_SPAN.matcher(line).replaceAll(" "));
            while (m.find() && found.size() < MAX_MENTIONS) {
                String name = m.group(1).replaceAll("[._+-]+$", "").toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** Whether a mentioned name is an e-mail address (else a handle). */
    public static boolean isEmail(String name) {
        return name.indexOf('@') > 0;
    }
}
