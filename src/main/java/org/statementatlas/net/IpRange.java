package org.statementatlas.net;

import io.netty.util.NetUtil;

/**
 * A block of IP addresses in CIDR notation (10.0.0.0/8, fd00::/8; a bare address is a block of one), and IP
 * literals read into bytes without any name lookup. An IPv4-mapped IPv6 literal (::ffff:a.b.c.d) stays 16 bytes.
 */
public record IpRange(byte[] network, int prefix) {

    /** Parses a block; an {@link IllegalArgumentException} says why one is not. */
    public static IpRange parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        byte[] network = literal(slash < 0 ? value : value.substring(0, slash));
        int prefix = -1;
        if (network != null) {
            try {
                prefix = slash < 0 ? network.length * 8 : Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
        }
        if (network == null || prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an IP address or CIDR range (such as 10.0.0.0/8 or fd00::/8)");
        }
        return new IpRange(network, prefix);
    }

    /** The bytes (4 or 16) of an IP literal, or null when the text is none; never a DNS lookup. */
    public static byte[] literal(String text) {
        return text == null ? null : NetUtil.createByteArrayFromIpAddressString(text.strip());
    }

    /** Whether the address (of the same family) lies in the block. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        return rest == 0 || ((address[full] ^ network[full]) & (0xff << (8 - rest)) & 0xff) == 0;
    }
}
