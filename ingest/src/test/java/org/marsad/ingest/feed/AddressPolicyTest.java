package org.marsad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1,loopback", "::1,loopback", "10.0.0.1,private", "172.16.5.4,private", "192.168.1.1,private",
            "169.254.169.254,link-local", "fe80::1,link-local", "224.0.0.1,multicast", "ff02::1,multicast",
            "0.0.0.0,unspecified", "0.1.2.3,unspecified", "100.64.0.1,shared (carrier-grade NAT)",
            "255.255.255.255,reserved or broadcast", "fd00::1,unique-local (private)", "::ffff:10.0.0.1,private"})
    void shouldNameTheKindWhenAddressIsInternal(String address, String kind) throws Exception {
        assertEquals(kind, AddressPolicy.internalKind(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "8.8.8.8", "100.128.0.1", "2001:db8::1", "172.32.0.1"})
    void shouldFindNothingWhenAddressIsPublic(String address) throws Exception {
        assertNull(AddressPolicy.internalKind(InetAddress.getByName(address)));
    }

    @Test
    void shouldAllowTheFeedsOwnInternalHostButNotItsLinkLocalOneWhenUntrusted() throws Exception {
        AddressPolicy.Scope scope = AddressPolicy.Scope.of(URI.create("http://Feeds.Example:8080/rss"), false);
        assertNull(scope.refusal("feeds.example", InetAddress.getByName("10.0.0.9")));
        assertEquals("loopback", scope.refusal("other.example", InetAddress.getByName("127.0.0.1")));
        assertEquals("link-local", scope.refusal("feeds.example", InetAddress.getByName("169.254.169.254")));
        assertNull(AddressPolicy.Scope.of(URI.create("http://feeds.example/"), true)
                .refusal("other.example", InetAddress.getByName("169.254.169.254")));
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrHttpDateAndCapIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T20:00:00Z"), ZoneOffset.UTC);
        Duration cap = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("90", clock, cap));
        assertEquals(Duration.ofMinutes(5), RetryAfter.parse("Wed, 02 Dec 2026 20:05:00 GMT", clock, cap));
        assertEquals(cap, RetryAfter.parse("86400", clock, cap));
        assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 02 Dec 2026 19:00:00 GMT", clock, cap));
        assertNull(RetryAfter.parse("soon", clock, cap));
        assertNull(RetryAfter.parse(null, clock, cap));
    }
}
