package org.marsad.enrich.text;

/** Entity types; {@link #MISC} is any other proper name: events, products, projects, laws. */
public enum EntityType {
    PERSON, ORG, LOC, MISC
}
