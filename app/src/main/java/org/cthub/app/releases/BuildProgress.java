package org.cthub.app.releases;

/** What a release build is doing, for a page that shows a long build's progress. */
interface BuildProgress {

    /** The steps of a build, in order. */
    enum Step { READING, PROTECTING, AGGREGATES, FIGURES, WRITING, RECORDING }

    BuildProgress NONE = new BuildProgress() {
        @Override
        public void step(Step step) {
        }

        @Override
        public void casesRead(long cases) {
        }
    };

    void step(Step step);

    /** Called every so many cases while they are read; reading is most of a large build. */
    void casesRead(long cases);
}
