package dev.rlvr.sandbox.exec;

import java.time.Duration;

/**
 * What the host saw of a run: the captured output and how the host ended it, before rlvr-init's
 * report is read.
 *
 * @param stdout standard output, cut at the cap
 * @param stderr standard error, cut at the cap
 * @param outputOverflow whether either stream passed the cap (the run was killed for it)
 * @param hostTimeout whether the host's wall-clock timer killed the run
 * @param wall real time as measured on the host
 * @param launchError why the process could not start, or null
 */
public record HostRun(byte[] stdout, byte[] stderr, boolean outputOverflow, boolean hostTimeout, Duration wall,
    String launchError) {
}
