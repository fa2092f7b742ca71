package io.worklane.api.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP gate in front of the test's SMTP server (GreenMail), where Worklane's mailer is pointed: it forwards
 * each connection (OPEN), or accepts it and never says a word (HANG), to play an SMTP server that hangs.
 * When the SMTP server behind it is stopped, a connection is closed at once: a server that refuses.
 */
final class SmtpGate implements AutoCloseable {
    enum Mode { OPEN, HANG }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.OPEN;

    SmtpGate(int port, int upstreamPort) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        Thread accept = new Thread(this::acceptLoop, "smtp-gate");
        accept.setDaemon(true);
        accept.start();
    }

    void mode(Mode mode) {
        this.mode = mode;
        if (mode == Mode.OPEN) {
            held.forEach(SmtpGate::closeQuietly);
            held.clear();
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.HANG) {
                    held.add(client);
                    continue;
                }
                forward(client);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void forward(Socket client) {
        try {
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException refused) {
            closeQuietly(client);
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "smtp-gate-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        held.forEach(SmtpGate::closeQuietly);
    }
}
