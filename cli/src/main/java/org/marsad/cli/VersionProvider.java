package org.marsad.cli;

import org.marsad.enrich.EnricherVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the Marsad version the enricher was built as. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"marsad " + EnricherVersion.marsadVersion()};
    }
}
