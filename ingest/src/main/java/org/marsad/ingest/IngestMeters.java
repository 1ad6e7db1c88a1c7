package org.marsad.ingest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The meters of file imports (docs/OPERATIONS.md): files read and records (JSON lines or whole files) rejected,
 * read from the import's {@link ImportProgress}; no file name is ever a tag.
 */
final class IngestMeters {

    static final String FILES = "marsad.ingest.files";
    static final String FILE_REJECTIONS = "marsad.ingest.file.rejections";

    private IngestMeters() {
    }

    static void bindFiles(MeterRegistry registry, ImportProgress progress) {
        FunctionCounter.builder(FILES, progress, p -> p.snapshot().files())
                .description("Files read by imports")
                .register(registry);
        FunctionCounter.builder(FILE_REJECTIONS, progress, p -> p.snapshot().rejected())
                .description("Records of imported files rejected: JSON lines, or whole files that could not be read")
                .register(registry);
    }
}
