package dev.tally.common;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is on the other end of a request, for the limits that count per client. It is the connection's address; only
 * when that is a configured trusted proxy ({@code tally.http.trusted-proxies}) is X-Forwarded-For read, from the right,
 * skipping further trusted proxies, up to the first address a trusted proxy vouches for. A client's own
 * X-Forwarded-For is therefore never believed.
 */
@Singleton
public class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    ClientAddresses(HttpSettings settings) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : settings.trustedProxies() == null ? List.<String>of() : settings.trustedProxies()) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    ranges.add(AddressRange.parse(part).orElseThrow(() -> new ConfigurationException(
                            "tally.http.trusted-proxies (TALLY_TRUSTED_PROXIES): '" + part.trim() + "' is not an IP address or CIDR block.")));
                }
            }
        }
        this.trustedProxies = List.copyOf(ranges);
    }

    /**
     * The client as the limits count it: an IPv4 address, or an IPv6 client by its /64, since one host or household
     * is handed a whole /64 and could otherwise take a fresh address for every request.
     */
    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress client = remote == null ? null : remote.getAddress();
        if (client == null) {
            return "unknown";
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> hop = AddressRange.literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return key(client);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> forwardedFor(HttpRequest<?> request) {
        return request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim)
                .toList();
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} name the address before the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.indexOf(']') > 0) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static String key(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
