package org.marsad.ingest.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request headers one feed asks for (an API key, basic auth, a User-Agent the publisher wants), from
 * {@code header=NAME:VALUE} in the feed list (#17). A value may name environment variables ({@code ${NEWS_API_KEY}}),
 * expanded once when the list is read, so the secret need not sit in the file. Values are never logged:
 * {@link #toString()} shows the names only. They are sent to the feed's own host only, never to a host a
 * redirect leads to.
 *
 * @param values header name to value, in the order listed
 */
public record FeedHeaders(Map<String, String> values) {

    public static final FeedHeaders NONE = new FeedHeaders(Map.of());

    /** RFC 9110 token characters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public FeedHeaders {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * {@code this} plus the header of one {@code NAME:VALUE} option, its variables looked up in {@code env};
     * fails naming the header (never its value) when the name is no token, a variable is unset or the value
     * holds a line break.
     */
    public FeedHeaders with(String option, UnaryOperator<String> env) {
        int colon = option.indexOf(':');
        String name = colon < 0 ? option : option.substring(0, colon);
        if (colon <= 0 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("header '" + name + "' must be NAME:VALUE with NAME an HTTP token");
        }
        Matcher m = VARIABLE.matcher(option.substring(colon + 1));
        StringBuilder value = new StringBuilder();
        while (m.find()) {
            String found = env.apply(m.group(1));
            if (found == null) {
                throw new IllegalArgumentException("header '" + name + "' uses ${" + m.group(1)
                        + "}, which is not set in the environment");
            }
            m.appendReplacement(value, Matcher.quoteReplacement(found));
        }
        m.appendTail(value);
        String text = value.toString().strip();
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("header '" + name + "' has a line break in its value");
        }
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, text);
        return new FeedHeaders(more);
    }

    /** The header names only: values may be secrets. */
    @Override
    public String toString() {
        return "FeedHeaders" + values.keySet() + " (values hidden)";
    }
}
