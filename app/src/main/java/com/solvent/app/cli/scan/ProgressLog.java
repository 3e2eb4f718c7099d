package com.solvent.app.cli.scan;

import com.solvent.chain.scan.ScanPhase;
import com.solvent.chain.scan.ScanProgress;

import com.solvent.model.task.TaskMonitor;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Progress of a discovery and a full read as a few lines on standard error (a log, not a
 * terminal animation: the commands run from cron too): a line when a phase starts, at each quarter,
 * and when it ends.
 */
final class ProgressLog implements Consumer<ScanProgress> {
    private final PrintWriter err;
    private ScanPhase phase;
    private int quarter = -1;

    ProgressLog(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(ScanProgress p) {
        if (p.phase() != phase) {
            phase = p.phase();
            quarter = -1;
        }
        double done = switch (p.phase()) {
            case DISCOVERING -> p.blocksTotal() == 0 ? 1.0 : (double) p.blocksScanned() / p.blocksTotal();
            case READING -> p.accountsToRead() == 0 ? 1.0 : (double) p.accountsRead() / p.accountsToRead();
            default -> 1.0;
        };
        int q = (int) Math.floor(done * 4);
        if (q == quarter) {
            return;
        }
        quarter = q;
        switch (p.phase()) {
            case DISCOVERING -> err.printf("discovering accounts: blocks %,d of %,d (%d..%d), %,d found%n",
                    p.blocksScanned(), p.blocksTotal(), p.deploymentBlock(), p.targetBlock(), p.accountsFound());
            case READING -> err.printf("reading accounts: %,d of %,d%n", p.accountsRead(), p.accountsToRead());
            default -> { }
        }
        err.flush();
    }

    /** A monitor printing a replay's progress the same way: at each quarter of the blocks. */
    TaskMonitor replay() {
        return new TaskMonitor() {
            private int printed = -1;

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(long done, long total) {
                int q = total == 0 ? 4 : (int) (4 * done / total);
                if (q != printed) {
                    printed = q;
                    err.printf("replaying: %,d of %,d blocks%n", done, total);
                    err.flush();
                }
            }
        };
    }
}
