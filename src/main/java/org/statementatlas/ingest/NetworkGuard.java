package org.statementatlas.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.statementatlas.net.IpRange;
import org.statementatlas.operations.InvalidSettingException;

/**
 * The request-forgery guard of fetching by URL: which URLs may be fetched (http or https, no credentials, a host
 * name or a canonical address) and which addresses may be connected to (public ones, and those in the configured
 * allowed networks). Loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 with the cloud metadata
 * address, fe80::/10), unspecified, multicast, CGNAT (100.64/10), documentation, benchmarking and reserved ranges
 * are refused, also when they hide in an IPv6 form (IPv4-mapped, IPv4-compatible, NAT64, 6to4). Thread-safe.
 */
public final class NetworkGuard {

    /** Addresses that are not public: IANA special-purpose blocks that are not globally reachable. */
    private static final List<IpRange> REFUSED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "100::/64",
            "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8").stream().map(IpRange::parse).toList();

    /** IPv6 blocks that carry an IPv4 address in their last four bytes (mapped, compatible, NAT64). */
    private static final List<IpRange> MAPPED = List.of(IpRange.parse("::ffff:0:0/96"), IpRange.parse("::/96"),
            IpRange.parse("64:ff9b::/96"));
    private static final IpRange SIX_TO_FOUR = IpRange.parse("2002::/16");

    /** Host names made only of numbers, the forms an IP address can hide in (2130706433, 0x7f.1, 0177.0.0.1). */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern CANONICAL_IPV4 = Pattern
            .compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final int MAX_URL_LENGTH = 2048;

    private final List<IpRange> allowed;

    /** @param allowedNetworks CIDR blocks that may be reached although they are not public */
    public NetworkGuard(List<String> allowedNetworks) {
        try {
            this.allowed = allowedNetworks.stream().filter(s -> !s.isBlank()).map(IpRange::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("atlas.ingest.fetch.allowed-networks: " + e.getMessage());
        }
    }

    /** The URL, parsed, when it may be fetched; else a {@link RefusedUrlException} saying why. */
    public URI checkUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new RefusedUrlException("The URL is empty or longer than " + MAX_URL_LENGTH + " characters.",
                    RefusedUrlException.INVALID_URL);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("The URL does not parse: " + e.getReason() + ".", RefusedUrlException.INVALID_URL);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new RefusedUrlException("Only http and https URLs are fetched, not " + (scheme == null
                    ? "a relative URL"
                    : scheme + ":") + ".", RefusedUrlException.SCHEME);
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new RefusedUrlException("URLs with credentials (user:password@) are not fetched.",
                    RefusedUrlException.CREDENTIALS);
        }
        // java.net.URI gives no host for some numeric forms (127.1, 0x7f.0.0.1): read them from the authority.
        String host = uri.getHost() != null
                ? uri.getHost()
                : uri.getRawAuthority() == null ? null : uri.getRawAuthority().replaceFirst(":[0-9]*$", "");
        if (host != null && NUMERIC_HOST.matcher(host).matches() && !CANONICAL_IPV4.matcher(host).matches()) {
            throw new RefusedUrlException("The host " + host + " is an IP address in a non-standard form (decimal,"
                    + " octal, hexadecimal or shortened); write it as four decimal numbers.", RefusedUrlException.ADDRESS);
        }
        if (uri.getHost() == null || host.isBlank()) {
            throw new RefusedUrlException("The URL names no valid host.", RefusedUrlException.INVALID_URL);
        }
        if (host.startsWith("[")) {
            checkAddress(parseLiteral(host.substring(1, host.length() - 1), host));
        } else if (CANONICAL_IPV4.matcher(host).matches()) {
            checkAddress(parseLiteral(host, host));
        }
        // The fragment is not sent; dropping it keeps it out of redirects and logs. The first '#' starts it.
        String raw = uri.toString();
        int fragment = raw.indexOf('#');
        return (fragment < 0 ? uri : URI.create(raw.substring(0, fragment))).normalize();
    }

    /** Resolves a host name and checks every address it has: one refused address refuses the host. */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (!isAllowed(address)) {
                // The address itself stays out of the message: it would map internal names for the caller.
                throw new RefusedAddress(refusal("An address of the host " + host));
            }
        }
        return addresses;
    }

    /** Throws {@link RefusedUrlException} when the address may not be connected to. */
    public void checkAddress(InetAddress address) {
        if (!isAllowed(address)) {
            throw new RefusedUrlException(refusal("The address " + address.getHostAddress()), RefusedUrlException.ADDRESS);
        }
    }

    /** Public, or inside an allowed network. */
    public boolean isAllowed(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(address);
        for (IpRange block : allowed) {
            if (block.contains(bytes) || (embedded != null && block.contains(embedded))) {
                return true;
            }
        }
        if (embedded != null && !isPublic(embedded)) {
            return false;
        }
        return isPublic(bytes);
    }

    private static boolean isPublic(byte[] address) {
        return REFUSED.stream().noneMatch(block -> block.contains(address));
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), or null. */
    private static byte[] embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] bytes = address.getAddress();
        if (MAPPED.stream().anyMatch(block -> block.contains(bytes))) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return Arrays.copyOfRange(bytes, 2, 6);
        }
        return null;
    }

    private static String refusal(String subject) {
        return subject + " is not public (loopback, private, link-local or reserved); it is fetched only when"
                + " atlas.ingest.fetch.allowed-networks lists its network.";
    }

    private static InetAddress parseLiteral(String literal, String host) {
        byte[] bytes = IpRange.literal(literal);
        if (bytes == null) {
            throw new RefusedUrlException("The host " + host + " is not a valid IP address.", RefusedUrlException.INVALID_URL);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("The host " + host + " is not a valid IP address.", RefusedUrlException.INVALID_URL);
        }
    }

    /** A refused address met while resolving, carried through the HTTP client as the lookup failure it is. */
    static final class RefusedAddress extends UnknownHostException {

        RefusedAddress(String message) {
            super(message);
        }
    }
}
