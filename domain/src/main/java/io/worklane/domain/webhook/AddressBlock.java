package io.worklane.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block of addresses with the reason it is refused. Built from literals only, so no DNS. */
record AddressBlock(byte[] prefix, int bits, String reason) {

    static AddressBlock of(String cidr, String reason) {
        int slash = cidr.indexOf('/');
        try {
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new AddressBlock(prefix, Integer.parseInt(cidr.substring(slash + 1)), reason);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + cidr, e);
        }
    }

    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
