package org.marsad.ingest;

/**
 * Which failures stay in their unit of work (a file, a line, a feed poll) and which end the process.
 * A {@link StackOverflowError} has unwound by the time it is caught and left the JVM sound: it is one hostile
 * input's failure, reported like any other. Any other {@link VirtualMachineError} (out of memory, an internal
 * error) leaves no guarantee that the process still works, so it is logged and the process exits non-zero
 * for its supervisor to restart it; unacknowledged input is then read again, since nothing was reported
 * accepted that the broker did not hold.
 */
public final class Failures {

    /** The exit status after a fatal error (EX_SOFTWARE). */
    public static final int FATAL_EXIT_STATUS = 70;

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    private Failures() {
    }

    /** True for a failure the process must not survive. */
    public static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /**
     * Ends the process when {@code failure} is fatal, else returns. Halts rather than exits: shutdown hooks
     * would flush and close with a JVM that may no longer work, and could hang the restart.
     */
    public static void haltIfFatal(Throwable failure, String where) {
        if (isFatal(failure)) {
            LOG.log(System.Logger.Level.ERROR, "Fatal error in " + where + ", exiting with status "
                    + FATAL_EXIT_STATUS, failure);
            Runtime.getRuntime().halt(FATAL_EXIT_STATUS);
        }
    }
}
