package org.marsad.ingest.file;

import java.util.List;
import org.marsad.ingest.ArticleIntake;
import org.marsad.ingest.ImportProgress;

/**
 * Writes prepared results in input order and caps the dead letters of one file: past
 * {@code marsad.ingest.file.max.dead.letters}, a rejected record is still reported and counted but its bytes
 * stay out of the dead-letter topic, and one line per file says how many were left out, so a file of a
 * million bad lines cannot flood the topic. Used from the one thread that consumes {@link InOrder}.
 */
final class DeadLetterCap {

    private final ArticleIntake intake;
    private final int maxPerFile;
    private final ImportProgress progress;
    private String file;
    private int written;
    private int withheld;

    DeadLetterCap(ArticleIntake intake, int maxPerFile, ImportProgress progress) {
        this.intake = intake;
        this.maxPerFile = maxPerFile;
        this.progress = progress;
    }

    void write(List<Prepared> results) {
        for (Prepared result : results) {
            if (!result.file().equals(file)) {
                endOfFile();
                file = result.file();
            }
            if (result.isNote()) {
                intake.note(result.source(), result.error());
            } else if (result.error() == null) {
                intake.write(result.articles(), result.source());
            } else if (result.original() == null || written < maxPerFile) {
                progress.rejected(1);
                written += result.original() == null ? 0 : 1;
                intake.reject(result.source(), result.error(), result.original(), result.cause());
            } else {
                withheld++;
                progress.rejected(1);
                intake.reject(result.source(), result.error(), null, result.cause());
            }
        }
    }

    /** Reports the file just finished, if it passed the cap, and starts counting afresh. */
    void endOfFile() {
        if (withheld > 0) {
            intake.note(file, withheld + " more rejected records not dead-lettered, over the limit of " + maxPerFile
                    + " per file (marsad.ingest.file.max.dead.letters)");
        }
        file = null;
        written = 0;
        withheld = 0;
    }
}
