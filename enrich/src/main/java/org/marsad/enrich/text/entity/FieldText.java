package org.marsad.enrich.text.entity;

import org.marsad.enrich.text.Field;

/**
 * One field of a document, tokenised once and shared by every rule.
 *
 * @param field title, body or keywords
 * @param index keyword position for {@link Field#KEYWORDS}, else null
 * @param tokens the field's tokens
 */
record FieldText(Field field, Integer index, TokenizedText tokens) {

    /** Identity equality: two fields are the same only if they are the same field of the same document. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
