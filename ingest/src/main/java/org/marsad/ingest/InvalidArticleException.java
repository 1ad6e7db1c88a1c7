package org.marsad.ingest;

/** An input record that cannot become an article; the message names the field and the reason. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String reason) {
        super("Invalid field '" + field + "': " + reason);
        this.field = field;
    }

    public InvalidArticleException(String field, String reason, Throwable cause) {
        super("Invalid field '" + field + "': " + reason, cause);
        this.field = field;
    }

    /** The JSON field at fault, or {@code article} for the whole record. */
    public String field() {
        return field;
    }
}
