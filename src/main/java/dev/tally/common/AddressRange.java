package dev.tally.common;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.util.Optional;

/** One address, or a CIDR block such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
record AddressRange(byte[] network, int prefixBits) {

    /** The range written as {@code address} or {@code address/bits}; empty when it is neither. */
    static Optional<AddressRange> parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        Optional<InetAddress> address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = address.get().getAddress();
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (bits < 0 || bits > bytes.length * 8) {
                return Optional.empty();
            }
        }
        return Optional.of(new AddressRange(bytes, bits));
    }

    /** An IP address written as such; never a host name, so nothing is looked up. */
    static Optional<InetAddress> literal(String text) {
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(text.trim()));
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest);
        return (bytes[whole] & mask) == (network[whole] & mask);
    }
}
