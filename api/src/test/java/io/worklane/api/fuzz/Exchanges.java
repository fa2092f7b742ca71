package io.worklane.api.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a target's requests one by one and collects what went wrong: the verdict on each answer, a
 * refused write that changed the database, and anything the server logged as an error meanwhile.
 */
final class Exchanges {
    private final DatabaseDigest digest;
    private final ErrorLog log;
    private final List<String> failures = new ArrayList<>();
    private String state;

    Exchanges(DatabaseDigest digest, ErrorLog log) {
        this.digest = digest;
        this.log = log;
    }

    /** One exchange. {@code send} answers the verdict's problems and whether the request was refused. */
    void run(String request, boolean writes, Exchange send) {
        if (writes && state == null) {
            state = digest.take();
        }
        int logged = log.size();
        List<String> problems = new ArrayList<>();
        boolean refused;
        String answer;
        try {
            Outcome outcome = send.exchange();
            problems.addAll(outcome.problems());
            refused = outcome.refused();
            answer = outcome.answer();
        } catch (Exception e) {
            problems.add("no answer: " + e);
            refused = true;
            answer = "(none)";
        }
        if (writes) {
            String now = digest.take();
            if (refused && !now.equals(state)) {
                problems.add("a refused write changed the database");
            }
            state = now;
        }
        List<String> records = log.records();
        if (records.size() > logged) {
            problems.add("the server logged: " + String.join(" | ", records.subList(logged, records.size())));
        }
        if (!problems.isEmpty()) {
            failures.add(request + "\n    answer: " + answer + "\n    problems: " + problems);
        }
    }

    List<String> failures() {
        return failures;
    }

    record Outcome(List<String> problems, boolean refused, String answer) {
    }

    @FunctionalInterface
    interface Exchange {
        Outcome exchange() throws Exception;
    }
}
