package org.statementatlas.ratelimit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.statementatlas.net.IpRange;
import org.statementatlas.operations.InvalidSettingException;

import io.netty.util.NetUtil;

/**
 * Who a request comes from, for its budget: the peer address, or, when the peer is a trusted proxy, the nearest
 * address in {@code Forwarded} (RFC 7239, preferred) or {@code X-Forwarded-For} that is not a trusted proxy itself.
 * Walking from the right matters: a client can write anything at the left of these headers, but each trusted proxy
 * appends the peer it saw. IPv6 clients are counted by their /64, the block one subscriber usually gets.
 */
final class ClientAddress {

    private final List<IpRange> trusted;

    ClientAddress(List<String> trustedProxies) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String text = entry.trim();
            if (!text.isEmpty()) {
                ranges.add(range(text));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /**
     * The client's key.
     *
     * @param peer the address of the TCP peer
     * @param forwarded the values of every {@code Forwarded} header, in order
     * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
     */
    String resolve(String peer, List<String> forwarded, List<String> forwardedFor) {
        byte[] address = parse(peer);
        if (address == null || !isTrusted(address)) {
            return key(peer, address);
        }
        List<String> hops = forwarded.isEmpty() ? split(forwardedFor) : forwardedFor(forwarded);
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            address = parse(client);
            if (address == null || !isTrusted(address)) {
                return key(client, address);
            }
        }
        return key(client, address);
    }

    private boolean isTrusted(byte[] address) {
        for (IpRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The address in canonical form (IPv6 cut to its /64); what is no address (an obfuscated name) as it came. */
    private static String key(String text, byte[] address) {
        if (address == null) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (address.length == 16) {
            byte[] prefix = address.clone();
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return NetUtil.bytesToIpAddress(prefix) + "/64";
        }
        return NetUtil.bytesToIpAddress(address);
    }

    /** The {@code for=} values of Forwarded elements, with quotes, brackets and ports taken off. */
    private static List<String> forwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase("for")) {
                        hops.add(unquote(pair.substring(equals + 1).trim()));
                    }
                }
            }
        }
        return hops;
    }

    private static List<String> split(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(unquote(hop.trim()));
                }
            }
        }
        return hops;
    }

    /** {@code "[2001:db8::1]:4711"} to {@code 2001:db8::1}; {@code 192.0.2.1:80} to {@code 192.0.2.1}. */
    private static String unquote(String value) {
        String text = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close > 0 ? text.substring(1, close) : text;
        }
        int colon = text.indexOf(':');
        return colon > 0 && colon == text.lastIndexOf(':') ? text.substring(0, colon) : text;
    }

    private static byte[] parse(String text) {
        return IpRange.literal(text);
    }

    private static IpRange range(String text) {
        try {
            return IpRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("atlas.rate-limit.trusted-proxies: " + e.getMessage());
        }
    }
}
