package io.worklane.api.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** The real SMTP server of the tests (GreenMail), behind the gate; it can be stopped and started again (an outage). */
final class Mailbox {
    private static SmtpGate gate;
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized void open() throws Exception {
        if (gate == null) {
            gate = new SmtpGate(MailProfile.GATE_PORT, MailProfile.SMTP_PORT);
        }
        if (server == null) {
            server = new GreenMail(new ServerSetup(MailProfile.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        gate.mode(SmtpGate.Mode.OPEN);
    }

    /** An outage: the SMTP server is gone; connections are refused. */
    static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static void hang() {
        gate.mode(SmtpGate.Mode.HANG);
    }

    static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (bounded) until the condition holds; the machine may be slow, so this is no measure of time. */
    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + last);
            }
            Thread.sleep(100);
            last = probe.get();
        }
        return last;
    }
}
