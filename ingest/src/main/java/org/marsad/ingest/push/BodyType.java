package org.marsad.ingest.push;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * What a {@code POST /articles} body is, from its {@code Content-Type}: JSON ({@code application/json},
 * {@code application/x-ndjson}, UTF-8 only, as RFC 8259 requires) or one scraped-format article
 * ({@code text/plain}, in its {@code charset}; null when none is given, then {@code TextCharset} decides). Anything else is refused, so an
 * XML or form body is never read as JSON.
 */
record BodyType(boolean json, Charset charset) {

    /** A media type or charset the endpoint does not take; the message names it (answered 415). */
    static final class UnsupportedException extends RuntimeException {
        UnsupportedException(String message) {
            super(message);
        }
    }

    static BodyType of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new UnsupportedException("no Content-Type; use application/json, application/x-ndjson or text/plain");
        }
        String[] parts = contentType.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                charset = parameter[1].strip().replace("\"", "");
            }
        }
        return switch (media) {
            case "application/json", "application/x-ndjson" -> json(media, charset);
            case "text/plain" -> new BodyType(false, charset == null ? null : charset(charset));
            default -> throw new UnsupportedException("Content-Type " + media
                    + " is not taken; use application/json, application/x-ndjson or text/plain");
        };
    }

    private static BodyType json(String media, String charset) {
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new UnsupportedException(media + " is taken in UTF-8 only, not " + charset);
        }
        return new BodyType(true, StandardCharsets.UTF_8);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedException("unknown charset '" + name + "'");
        }
    }
}
