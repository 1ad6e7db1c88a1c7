package org.marsad.validation;

import java.util.Objects;

/**
 * One broken rule of {@link ArticleValidation} or {@link IndexDocumentValidation}: the JSON field at fault and what is wrong with it.
 *
 * @param field the record field ({@code title}, {@code id}, ...), or {@code article} for the whole record
 * @param problem what is wrong, without the field name ({@code missing or blank})
 */
public record Violation(String field, String problem) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /** The one-line reason every stage reports and dead-letters: {@code Invalid field 'title': missing or blank}. */
    public String message() {
        return "Invalid field '" + field + "': " + problem;
    }
}
