package io.worklane.domain.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Policy: a webhook may only reach the public internet, so a subscriber cannot make the server
 * call its own network (SSRF). Applied to the address actually connected to, after DNS, so a name
 * that resolves differently later (DNS rebinding) is caught too. {@code allowPrivate} lets every
 * address through, for development and tests.
 */
public final class TargetAddressPolicy {
    private static final List<AddressBlock> IPV4 = List.of(
            AddressBlock.of("169.254.169.254/32", "the cloud metadata service"),
            AddressBlock.of("100.100.100.200/32", "the cloud metadata service"),
            AddressBlock.of("0.0.0.0/8", "an address of this host (0.0.0.0/8), which reaches the server itself"),
            AddressBlock.of("127.0.0.0/8", "a loopback address"),
            AddressBlock.of("10.0.0.0/8", "a private address"),
            AddressBlock.of("172.16.0.0/12", "a private address"),
            AddressBlock.of("192.168.0.0/16", "a private address"),
            AddressBlock.of("100.64.0.0/10", "a carrier-grade NAT address"),
            AddressBlock.of("169.254.0.0/16", "a link-local address"),
            AddressBlock.of("224.0.0.0/4", "a multicast address"),
            AddressBlock.of("255.255.255.255/32", "the broadcast address"),
            AddressBlock.of("240.0.0.0/4", "a reserved address"));
    private static final List<AddressBlock> IPV6 = List.of(
            AddressBlock.of("fd00:ec2::254/128", "the cloud metadata service"),
            AddressBlock.of("::/128", "the unspecified address, which reaches the server itself"),
            AddressBlock.of("::1/128", "a loopback address"),
            AddressBlock.of("fe80::/10", "a link-local address"),
            AddressBlock.of("fec0::/10", "a site-local address"),
            AddressBlock.of("fc00::/7", "a private (unique local) address"),
            AddressBlock.of("ff00::/8", "a multicast address"));

    private final boolean allowPrivate;

    public TargetAddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code address} may not be called, as a sentence; empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowPrivate) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        byte[] embedded = bytes.length == 16 ? embeddedIpv4(bytes) : null;
        String reason = embedded != null ? firstMatch(IPV4, embedded)
                : firstMatch(bytes.length == 4 ? IPV4 : IPV6, bytes);
        return Optional.ofNullable(reason).map(r -> "Webhooks may not be sent to " + address.getHostAddress()
                + ": it is " + r + ". Use a public address.");
    }

    /**
     * The IPv4 address inside an IPv6 one that leads to it: IPv4-mapped (::ffff:a.b.c.d),
     * IPv4-compatible (::a.b.c.d, but not :: and ::1) and NAT64 (64:ff9b::a.b.c.d); else null.
     * Java already turns a resolved ::ffff:a.b.c.d into IPv4; an Inet6Address built from bytes is not.
     */
    private static byte[] embeddedIpv4(byte[] v6) {
        byte[] head = Arrays.copyOf(v6, 12);
        boolean mapped = Arrays.equals(head, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1});
        boolean unspecifiedOrLoopback = v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && (v6[15] == 0 || v6[15] == 1);
        boolean compatible = Arrays.equals(head, new byte[12]) && !unspecifiedOrLoopback;
        boolean nat64 = Arrays.equals(head, new byte[] {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0});
        return mapped || compatible || nat64 ? Arrays.copyOfRange(v6, 12, 16) : null;
    }

    private static String firstMatch(List<AddressBlock> blocks, byte[] bytes) {
        return blocks.stream().filter(b -> b.contains(bytes)).map(AddressBlock::reason).findFirst().orElse(null);
    }
}
