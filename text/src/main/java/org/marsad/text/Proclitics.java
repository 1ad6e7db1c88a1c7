package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic proclitics that may be glued to a name, as data: which prefix to strip, how many chars of it
 * stay outside the reported span, and what to put back in front of the stem.
 *
 * <p>A stripped form is only a candidate: it is kept when the rest is a known name or a trigger, so
 * {@code لبنان} is never read as {@code ل + بنان} unless {@code بنان} is listed and {@code لبنان} is not.
 */
public final class Proclitics {

    /**
     * One row of the table.
     *
     * @param prefix normalised prefix as it stands in the text
     * @param skip chars of the prefix left outside the span
     * @param restore what the stem regains (the alef of the article that {@code لل} swallows)
     * @param minStem shortest stem this prefix may leave, so short words are not eaten
     */
    public record Proclitic(String prefix, int skip, String restore, int minStem) {
    }

    /**
     * A form of a token to look up.
     *
     * @param key the form
     * @param skip chars at its front outside the span
     */
    public record Variant(String key, int skip) {
    }

    private static final String ARTICLE = "\u0627\u0644";
    private static final int MIN_DEFINITE_STEM = 3;

    /** Conjunctions, prepositions and the article, each with the reason it may precede a name. */
    public static final List<Proclitic> TABLE = List.of(
            new Proclitic("\u0648", 1, "", 2),                  // wa: "and"
            new Proclitic("\u0641", 1, "", 2),                  // fa: "so, then"
            new Proclitic("\u0628", 1, "", 2),                  // bi: "by, with, in"
            new Proclitic("\u0644", 1, "", 2),                  // li: "for, to"
            new Proclitic("\u0643", 1, "", 2),                  // ka: "like"
            new Proclitic("\u0644\u0644", 1, ARTICLE, 2),       // li + al: the article's alef is elided
            new Proclitic("\u0648\u0644\u0644", 2, ARTICLE, 2), // wa + li + al
            new Proclitic("\u0641\u0644\u0644", 2, ARTICLE, 2), // fa + li + al
            new Proclitic("\u0648\u0628", 2, "", 2),            // wa + bi
            new Proclitic("\u0648\u0644", 2, "", 2),            // wa + li
            new Proclitic("\u0641\u0628", 2, "", 2),            // fa + bi
            new Proclitic("\u0641\u0644", 2, "", 2),            // fa + li
            new Proclitic("\u0648\u0643", 2, "", 2));           // wa + ka
    // No row drops the article: a name listed without it (مالي, تركيا) written with it is almost always
    // another word (المالي "financial", التركية "Turkish"). Names that take the article are listed with it, and
    // the rows above strip what stands before it (بالعراق, بالبيت الأبيض, للأمم المتحدة).

    private Proclitics() {
    }

    /** The token itself, then every clitic-stripped form, in table order. */
    public static List<Variant> variants(String key) {
        List<Variant> out = new ArrayList<>(3);
        out.add(new Variant(key, 0));
        for (Proclitic p : TABLE) {
            // The first-char test is the cheap filter: most words start with none of the table's letters.
            if (key.charAt(0) == p.prefix().charAt(0) && key.startsWith(p.prefix())
                    && key.length() - p.prefix().length() >= p.minStem()) {
                out.add(new Variant(p.restore() + key.substring(p.prefix().length()), p.skip()));
            }
        }
        return List.copyOf(out);
    }

    public static boolean hasArticle(String key) {
        return key.startsWith(ARTICLE) && key.length() > ARTICLE.length() + 1;
    }

    /**
     * True for a one-letter preposition or conjunction glued to the article ({@code بالقرار}, {@code والشركة}),
     * with at least {@value #MIN_DEFINITE_STEM} letters after the article, so {@code فالح} and {@code بالي} stay words.
     */
    public static boolean hasArticleBehindClitic(String key) {
        for (Proclitic p : TABLE) {
            if (p.restore().isEmpty() && key.startsWith(ARTICLE, p.prefix().length()) && key.startsWith(p.prefix())
                    && key.length() - p.prefix().length() - ARTICLE.length() >= MIN_DEFINITE_STEM) {
                return true;
            }
        }
        return false;
    }

    /** True for a definite word behind a preposition or conjunction ({@code للشركة}, {@code بالوزارة}). */
    public static boolean hasGluedArticle(String key) {
        for (Proclitic p : TABLE) {
            boolean definite = !p.restore().isEmpty() || (p.skip() > 0 && p.prefix().endsWith(ARTICLE));
            if (definite && key.startsWith(p.prefix()) && key.length() - p.prefix().length() >= p.minStem()) {
                return true;
            }
        }
        return false;
    }
}
