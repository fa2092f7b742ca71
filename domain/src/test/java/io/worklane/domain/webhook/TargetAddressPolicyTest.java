package io.worklane.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are literals, so nothing here asks DNS. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetAddressPolicyTest {
    private final TargetAddressPolicy strict = new TargetAddressPolicy(false);

    private static InetAddress at(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** ::ffff:a.b.c.d kept as an Inet6Address, as a resolver or a socket may hand it over. */
    private static InetAddress mapped(String ipv4) throws UnknownHostException {
        byte[] v4 = at(ipv4).getAddress();
        byte[] v6 = new byte[16];
        v6[10] = -1;
        v6[11] = -1;
        System.arraycopy(v4, 0, v6, 12, 4);
        return Inet6Address.getByAddress(null, v6, -1);
    }

    @Nested
    class Ipv4 {
        @ParameterizedTest
        @CsvSource({
                "0.0.0.0,         an address of this host",
                "0.1.2.3,         an address of this host",
                "127.0.0.1,       a loopback address",
                "127.255.255.254, a loopback address",
                "10.0.0.1,        a private address",
                "10.255.255.255,  a private address",
                "172.16.0.1,      a private address",
                "172.31.255.255,  a private address",
                "192.168.0.1,     a private address",
                "192.168.255.255, a private address",
                "100.64.0.1,      a carrier-grade NAT address",
                "100.127.255.255, a carrier-grade NAT address",
                "169.254.0.1,     a link-local address",
                "169.254.255.255, a link-local address",
                "169.254.169.254, the cloud metadata service",
                "100.100.100.200, the cloud metadata service",
                "224.0.0.1,       a multicast address",
                "239.255.255.250, a multicast address",
                "255.255.255.255, the broadcast address",
                "240.0.0.1,       a reserved address"})
        void internal_addresses_are_refused_with_the_reason(String address, String reason) {
            assertThat(strict.refusal(at(address))).hasValueSatisfying(r -> assertThat(r)
                    .startsWith("Webhooks may not be sent to " + address + ": it is " + reason)
                    .endsWith(". Use a public address."));
        }

        @Test
        void the_reason_is_a_sentence_naming_the_address_and_what_it_is() {
            assertThat(strict.refusal(at("0.0.0.0"))).contains("Webhooks may not be sent to 0.0.0.0: it is an address"
                    + " of this host (0.0.0.0/8), which reaches the server itself. Use a public address.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "9.255.255.255", "11.0.0.0", "172.15.255.255",
                "172.32.0.0", "192.167.255.255", "192.169.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255",
                "169.255.0.0", "223.255.255.255", "126.255.255.255", "128.0.0.0"})
        void public_addresses_including_the_neighbours_of_each_block_are_allowed(String address) {
            assertThat(strict.refusal(at(address))).isEmpty();
        }
    }

    @Nested
    class Ipv6 {
        @ParameterizedTest
        @CsvSource({
                "::,                 the unspecified address",
                "::1,                a loopback address",
                "fe80::1,            a link-local address",
                "febf:ffff::1,       a link-local address",
                "fec0::1,            a site-local address",
                "fc00::1,            a private (unique local) address",
                "fd12:3456:789a::1,  a private (unique local) address",
                "fd00:ec2::254,      the cloud metadata service",
                "ff02::1,            a multicast address",
                "ff0e::101,          a multicast address"})
        void internal_addresses_are_refused_with_the_reason(String address, String reason) {
            assertThat(strict.refusal(at(address))).hasValueSatisfying(r -> assertThat(r).contains("it is " + reason));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2606:4700:4700::1111", "2001:4860:4860::8888", "fe00::1", "fbff::1",
                "64:ff9b::808:808"})
        void addresses_outside_the_blocks_including_their_neighbours_are_allowed(String address) {
            assertThat(strict.refusal(at(address))).isEmpty();
        }
    }

    @Nested
    class Ipv4_inside_ipv6 {
        @ParameterizedTest
        @CsvSource({
                "127.0.0.1,       a loopback address",
                "10.1.2.3,        a private address",
                "172.20.0.1,      a private address",
                "192.168.1.1,     a private address",
                "100.64.0.1,      a carrier-grade NAT address",
                "169.254.1.1,     a link-local address",
                "169.254.169.254, the cloud metadata service",
                "100.100.100.200, the cloud metadata service",
                "224.0.0.1,       a multicast address",
                "255.255.255.255, the broadcast address",
                "0.0.0.0,         an address of this host"})
        void mapped_forms_are_judged_by_their_ipv4_address(String ipv4, String reason) throws Exception {
            assertThat(mapped(ipv4)).isInstanceOf(Inet6Address.class);
            assertThat(strict.refusal(mapped(ipv4))).hasValueSatisfying(r -> assertThat(r).contains("it is " + reason));
            // the textual form ::ffff:a.b.c.d, which Java reads as IPv4 itself
            assertThat(strict.refusal(at("::ffff:" + ipv4))).hasValueSatisfying(r -> assertThat(r).contains(reason));
        }

        @Test
        void compatible_and_nat64_forms_are_judged_by_their_ipv4_address() {
            assertThat(strict.refusal(at("::10.0.0.1"))).hasValueSatisfying(r -> assertThat(r).contains("a private address"));
            assertThat(strict.refusal(at("::a9fe:a9fe"))).hasValueSatisfying(r -> assertThat(r).contains("metadata"));
            assertThat(strict.refusal(at("64:ff9b::a9fe:a9fe"))).hasValueSatisfying(r -> assertThat(r).contains("metadata"));
            assertThat(strict.refusal(at("64:ff9b::7f00:1"))).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        }

        @Test
        void a_mapped_public_address_is_allowed() throws Exception {
            assertThat(strict.refusal(mapped("8.8.8.8"))).isEmpty();
            assertThat(strict.refusal(at("::ffff:93.184.216.34"))).isEmpty();
        }
    }

    @Test
    void allowing_private_targets_lets_every_address_through() throws Exception {
        TargetAddressPolicy open = new TargetAddressPolicy(true);

        for (String address : new String[] {"127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fd00:ec2::254", "ff02::1"}) {
            assertThat(open.refusal(at(address))).as(address).isEmpty();
        }
        assertThat(open.refusal(mapped("127.0.0.1"))).isEmpty();
    }
}
