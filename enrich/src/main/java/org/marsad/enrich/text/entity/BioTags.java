package org.marsad.enrich.text.entity;

import org.marsad.enrich.text.EntityType;

/**
 * The BIO tags the tagger's list and rule features carry ({@code B-ORG}, {@code I-PERSON~}), one shared string
 * each: built per token they cost a concatenation and a fresh hash at every feature look-up, which the
 * English tagger's profile showed.
 */
final class BioTags {

    /** By type, then doubtful (ambiguous listing or weak rule, marked {@code ~}), then first token of the name. */
    private static final String[][][] TAGS = new String[EntityType.values().length][2][2];

    static {
        for (EntityType type : EntityType.values()) {
            for (int doubtful = 0; doubtful < 2; doubtful++) {
                String name = type.name() + (doubtful == 1 ? "~" : "");
                TAGS[type.ordinal()][doubtful][1] = "B-" + name;
                TAGS[type.ordinal()][doubtful][0] = "I-" + name;
            }
        }
    }

    private BioTags() {
    }

    static String of(EntityType type, boolean doubtful, boolean first) {
        return TAGS[type.ordinal()][doubtful ? 1 : 0][first ? 1 : 0];
    }
}
