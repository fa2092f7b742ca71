package io.worklane.api.application.webhook.delivery;

import java.util.List;
import java.util.Map;

/**
 * What one attempt got back: a response (status, headers, the start of its body) or, when there was
 * none, why not.
 *
 * @param status 0 when there was no response
 * @param error  null when there was a response
 */
record SendResult(int status, Map<String, List<String>> headers, String body, String error, int latencyMs) {

    static SendResult response(int status, Map<String, List<String>> headers, String body, int latencyMs) {
        return new SendResult(status, headers, body, null, latencyMs);
    }

    static SendResult failed(String error, int latencyMs) {
        return new SendResult(0, Map.of(), null, error, latencyMs);
    }

    boolean answered() {
        return error == null;
    }
}
