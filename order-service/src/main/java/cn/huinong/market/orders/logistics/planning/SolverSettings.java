package cn.huinong.market.orders.logistics.planning;

import java.time.Duration;

/**
 * How long the solver searches. The same input and seed give the same plan as long as {@code maxIterations} ends the
 * search; {@code timeLimit} is the safety net for a job that must finish before its cutoff (when it ends the search
 * first, how far it got depends on the machine).
 */
public record SolverSettings(long seed, int maxIterations, Duration timeLimit) {
}
