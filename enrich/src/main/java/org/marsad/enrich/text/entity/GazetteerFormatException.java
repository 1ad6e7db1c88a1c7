package org.marsad.enrich.text.entity;

/** A gazetteer file that cannot be read as the documented TSV format; the message names file, line and reason. */
public final class GazetteerFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GazetteerFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
