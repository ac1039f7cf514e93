package org.statementatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.operations.InvalidSettingException;

/** The request-forgery guard on its own: which URLs and addresses it refuses, and what the allowed networks open. */
class NetworkGuardTest {

    private static final NetworkGuard DEFAULT = new NetworkGuard(List.of());

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1/, ADDRESS", "http://127.8.9.10:8080/x, ADDRESS", "http://[::1]/, ADDRESS",
            "http://[0:0:0:0:0:0:0:1]/, ADDRESS", "http://[::ffff:127.0.0.1]/, ADDRESS", "http://[::ffff:7f00:1]/, ADDRESS",
            "http://[::ffff:10.0.0.1]/, ADDRESS", "http://[::ffff:169.254.169.254]/, ADDRESS",
            "http://[::127.0.0.1]/, ADDRESS", "http://[64:ff9b::a9fe:a9fe]/, ADDRESS", "http://[2002:7f00:1::]/, ADDRESS",
            "http://10.0.0.1/, ADDRESS", "http://10.255.255.255/, ADDRESS", "http://172.16.0.1/, ADDRESS",
            "http://172.31.255.255/, ADDRESS", "http://192.168.1.1/, ADDRESS",
            "http://169.254.169.254/latest/meta-data/, ADDRESS", "http://169.254.0.1/, ADDRESS",
            "http://100.64.0.1/, ADDRESS", "http://100.127.255.255/, ADDRESS", "http://0.0.0.0/, ADDRESS",
            "http://[::]/, ADDRESS", "http://224.0.0.1/, ADDRESS", "http://255.255.255.255/, ADDRESS",
            "http://[fe80::1]/, ADDRESS", "http://[fc00::1]/, ADDRESS", "http://[fd12:3456::1]/, ADDRESS",
            "http://[ff02::1]/, ADDRESS", "http://2130706433/, ADDRESS", "http://0x7f000001/, ADDRESS",
            "http://0177.0.0.1/, ADDRESS", "http://0x7f.0.0.1/, ADDRESS", "http://127.1/, ADDRESS",
            "http://127.0.0.1./, ADDRESS", "http://017700000001/, ADDRESS", "ftp://example.org/a, SCHEME",
            "file:///etc/passwd, SCHEME", "javascript:alert(1), SCHEME", "gopher://example.org/, SCHEME",
            "/relative/path, SCHEME", "http://user:secret@example.org/, CREDENTIALS", "http://user@example.org/, CREDENTIALS",
            "http://exa mple.org/, INVALID_URL", "http:///nohost, INVALID_URL", "http://[::1/, INVALID_URL",
            "http://[zz::1]/, INVALID_URL"})
    void refusesUrlsAndAddressesThatAreNotPublic(String url, String reason) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> DEFAULT.checkUrl(url));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals("input.url", refused.extensions().get("field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.org/news/1?x=1", "http://93.184.215.14/", "http://[2606:4700::1111]/",
            "http://[::ffff:8.8.8.8]/", "http://100.63.255.255/", "http://100.128.0.1/", "http://172.32.0.1/",
            "HTTPS://Example.ORG/Path", "http://1.2.3.4.example.org/"})
    void letsPublicUrlsThrough(String url) {
        assertEquals(url.startsWith("HTTPS") ? "HTTPS" : url.substring(0, url.indexOf(':')),
                DEFAULT.checkUrl(url).getScheme());
    }

    @Test
    void dropsTheFragment() {
        assertEquals("https://example.org/a?b=c", DEFAULT.checkUrl("https://example.org/a?b=c#top").toString());
    }

    @Test
    void hostNamesAreCheckedOnEveryAddressTheyResolveTo() throws UnknownHostException {
        assertThrows(NetworkGuard.RefusedAddress.class, () -> DEFAULT.resolve("localhost"));
        NetworkGuard loopback = new NetworkGuard(List.of("127.0.0.0/8", "::1"));
        for (InetAddress address : loopback.resolve("localhost")) {
            assertTrue(address.isLoopbackAddress());
        }
    }

    @Test
    void allowedNetworksOpenExactlyTheirBlocks() throws UnknownHostException {
        NetworkGuard intranet = new NetworkGuard(List.of(" 10.20.0.0/16 ", "fd00:1::/32", ""));
        assertTrue(intranet.isAllowed(InetAddress.getByName("10.20.3.4")));
        assertTrue(intranet.isAllowed(InetAddress.getByName("::ffff:10.20.3.4")));
        assertTrue(intranet.isAllowed(InetAddress.getByName("fd00:1::5")));
        assertFalse(intranet.isAllowed(InetAddress.getByName("10.21.0.1")));
        assertFalse(intranet.isAllowed(InetAddress.getByName("127.0.0.1")));
        assertFalse(intranet.isAllowed(InetAddress.getByName("169.254.169.254")));
        assertFalse(intranet.isAllowed(InetAddress.getByName("fd00:2::5")));
        assertTrue(intranet.isAllowed(InetAddress.getByName("8.8.8.8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "intranet", "10.0.0.0/x", "::1/129", "2130706433"})
    void aMalformedAllowedNetworkStopsTheStart(String network) {
        InvalidSettingException failure = assertThrows(InvalidSettingException.class,
                () -> new NetworkGuard(List.of(network)));
        assertTrue(failure.getMessage().startsWith("atlas.ingest.fetch.allowed-networks: "), failure.getMessage());
    }
}
