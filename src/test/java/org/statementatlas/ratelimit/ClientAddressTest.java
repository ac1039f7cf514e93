package org.statementatlas.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.statementatlas.operations.InvalidSettingException;

/** Which address a request is counted against, with and without trusted proxies. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", " 192.0.2.1 ", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals("198.51.100.7", direct.resolve("198.51.100.7", List.of("for=203.0.113.9"), List.of("203.0.113.9")));
    }

    @Test
    void headersFromAnUntrustedPeerAreIgnored() {
        assertEquals("198.51.100.7", behindProxies.resolve("198.51.100.7", List.of(), List.of("203.0.113.9")));
    }

    @Test
    void theNearestUntrustedHopIsTheClientWhateverTheClientWroteBeforeIt() {
        assertEquals("203.0.113.9", behindProxies.resolve("10.1.2.3", List.of(), List.of("1.1.1.1, 203.0.113.9")));
        assertEquals("203.0.113.9",
                behindProxies.resolve("10.1.2.3", List.of(), List.of("6.6.6.6, 203.0.113.9, 10.9.9.9", "192.0.2.1")));
    }

    @Test
    void forwardedIsPreferredAndItsQuotesBracketsAndPortsAreRemoved() {
        assertEquals("203.0.113.9", behindProxies.resolve("10.1.2.3",
                List.of("for=\"203.0.113.9:4711\";proto=https;by=10.1.2.3"), List.of("198.51.100.99")));
        assertEquals("2001:db8:cafe::/64", behindProxies.resolve("fd12::1",
                List.of("for=\"[2001:db8:cafe::17]:4711\", for=10.0.0.5"), List.of()));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals(direct.resolve("2001:db8:1:2::1", List.of(), List.of()),
                direct.resolve("2001:db8:1:2:ffff::9", List.of(), List.of()));
    }

    @Test
    void anObfuscatedHopIsCountedByItsName() {
        assertEquals("_hidden", behindProxies.resolve("10.1.2.3", List.of("for=_HIDDEN"), List.of()));
    }

    @Test
    void onlyProxiesInTheChainMeansTheFarthestOneIsTheClient() {
        assertEquals("10.0.0.1", behindProxies.resolve("10.1.2.3", List.of(), List.of("10.0.0.1")));
        assertEquals("10.1.2.3", behindProxies.resolve("10.1.2.3", List.of(), List.of()));
    }

    @Test
    void aMalformedRangeStopsTheStart() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertEquals("atlas.rate-limit.trusted-proxies: '10.0.0.0/33' is not an IP address or CIDR range"
                + " (such as 10.0.0.0/8 or fd00::/8)", e.getMessage());
        assertThrows(InvalidSettingException.class, () -> new ClientAddress(List.of("proxy.internal")));
    }
}
