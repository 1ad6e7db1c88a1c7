package org.marsad.replay;

/** Receives a replay's progress while it runs and its summary at the end. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(ReplayProgress progress) {
        }

        @Override
        public void finished(ReplaySummary summary) {
        }
    };

    /** Called about twice a second while a phase runs. */
    void progress(ReplayProgress progress);

    /** Called once when the replay (and, with waiting, the sink) is done. */
    void finished(ReplaySummary summary);
}
