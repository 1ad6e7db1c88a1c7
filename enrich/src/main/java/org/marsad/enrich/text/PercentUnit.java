package org.marsad.enrich.text;

/** What a percentage's value counts. */
public enum PercentUnit {
    /** {@code 5%}, {@code 5 في المئة}. */
    PERCENT,
    /** A change of a rate: {@code 2 percentage points}, {@code 2 نقطة مئوية}. */
    PERCENTAGE_POINT,
    /** A hundredth of a point: {@code 25 basis points}, {@code 25 نقطة أساس}. */
    BASIS_POINT
}
