package org.marsad.enrich.text.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses non-overlapping candidates in one field: weak guesses last, then the longest, then the strongest. */
final class Overlaps {

    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparing((Candidate c) -> c.tier() == Candidate.WEAK)
            .thenComparing(c -> c.stop() - c.start(), Comparator.reverseOrder())
            .thenComparing(Candidate::tier, Comparator.reverseOrder())
            .thenComparingInt(Candidate::start);

    private Overlaps() {
    }

    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        // A stable sort keeps the finder's order on ties, so an earlier rule wins over a later one.
        sorted.sort(PREFERENCE);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.stop() > c.start() && chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }
}
