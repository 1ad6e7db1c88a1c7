package org.marsad.validation;

import java.util.Optional;

/**
 * The one schema-version rule of every wire record: a reader takes every version from 1 to the current one of
 * its build and refuses a newer one, whose fields may change what the record means in ways it cannot tell.
 */
public final class SchemaVersions {

    private SchemaVersions() {
    }

    /** The broken rule when {@code version} is outside 1..{@code current}; empty when this reader takes it. */
    public static Optional<Violation> check(int version, int current) {
        if (version >= 1 && version <= current) {
            return Optional.empty();
        }
        return Optional.of(new Violation("schemaVersion", "unsupported version " + version
                + " (readers take 1 to " + current + ")"));
    }
}
