package com.solvent.chain.rpc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An RPC endpoint URL that may embed an API key (in the path, the query or user info, as Infura,
 * Alchemy and QuickNode URLs do). Its {@link #toString()} is the only form that may reach a log
 * line, an error message or the UI: scheme, host and port are kept, user info, every query value
 * and every path segment that looks like a secret are replaced by {@value #MASK}.
 */
public final class RedactedUrl {
    static final String MASK = "***";
    /** Path segments at least this long, or with digits and letters mixed beyond a version tag, are treated as keys. */
    private static final Pattern HARMLESS_SEGMENT = Pattern.compile("(?i)v\\d{1,2}|[a-z-]{1,12}|\\d{1,6}");

    private final URI uri;
    private final String redacted;

    private RedactedUrl(URI uri) {
        this.uri = uri;
        this.redacted = redact(uri);
    }

    /** Parses {@code url}; fails with a message that never repeats the URL itself. */
    public static RedactedUrl of(String url) {
        Objects.requireNonNull(url, "rpc url is required");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("rpc url is not a valid URL (at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("rpc url must start with http://, https://, ws:// or wss://, was "
                    + (scheme.isEmpty() ? "no scheme" : scheme + "://"));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("rpc url has no host");
        }
        return new RedactedUrl(uri);
    }

    /** True for ws:// and wss:// endpoints, which can push new heads and logs. */
    public boolean isWebSocket() {
        return uri.getScheme().toLowerCase(Locale.ROOT).startsWith("ws");
    }

    /** True for https:// and wss:// endpoints, which need TLS. */
    public boolean isTls() {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("wss");
    }

    /** The full URL including any key. Only for opening the connection; never log it. */
    public String unredacted() {
        return uri.toString();
    }

    /**
     * Replaces every occurrence of this URL, or of one of its secret parts, in {@code message}
     * (for example an exception text from the HTTP client) by its redacted form.
     */
    public String scrub(String message) {
        if (message == null) {
            return "";
        }
        String out = message.replace(uri.toString(), redacted);
        if (uri.getRawUserInfo() != null) {
            out = out.replace(uri.getRawUserInfo(), MASK);
        }
        if (uri.getRawQuery() != null) {
            out = out.replace(uri.getRawQuery(), MASK);
        }
        if (uri.getRawPath() != null) {
            for (String segment : uri.getRawPath().split("/")) {
                if (!segment.isEmpty() && !HARMLESS_SEGMENT.matcher(segment).matches()) {
                    out = out.replace(segment, MASK);
                }
            }
        }
        return out;
    }

    private static String redact(URI uri) {
        StringBuilder sb = new StringBuilder();
        sb.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://");
        if (uri.getRawUserInfo() != null) {
            sb.append(MASK).append('@');
        }
        sb.append(uri.getHost());
        if (uri.getPort() >= 0) {
            sb.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty()) {
            String[] segments = path.split("/", -1);
            for (int i = 1; i < segments.length; i++) {
                String s = segments[i];
                sb.append('/').append(s.isEmpty() || HARMLESS_SEGMENT.matcher(s).matches() ? s : MASK);
            }
        }
        String query = uri.getRawQuery();
        if (query != null) {
            sb.append('?');
            String[] pairs = query.split("&");
            for (int i = 0; i < pairs.length; i++) {
                int eq = pairs[i].indexOf('=');
                sb.append(i == 0 ? "" : "&").append(eq < 0 ? MASK : pairs[i].substring(0, eq) + "=" + MASK);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return redacted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactedUrl other && uri.equals(other.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }
}
