package org.marsad.search;

/** A search parameter that cannot be used; the message names the parameter, the value and the reason. */
public final class BadParameterException extends IllegalArgumentException {

    private final String parameter;

    public BadParameterException(String parameter, String value, String reason) {
        super("parameter " + parameter + "=" + value + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
