package io.worklane.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Ports for the servers the tests start. Chosen below the kernel's ephemeral range (32768 and up on
 * Linux): a port the kernel hands out ({@code new ServerSocket(0)}) may be handed out again, as the local
 * port of some outgoing connection (a server's own to its PostgreSQL among them), before the server binds it.
 */
public final class FreePorts {
    private static final Random RANDOM = new SecureRandom();

    private FreePorts() {
    }

    /** A port between 20000 and 32000 that nothing is bound to now. */
    public static int next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + RANDOM.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
