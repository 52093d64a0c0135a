package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.Viewer;
import java.util.UUID;

/**
 * Fired (synchronously, in the withdrawal's transaction) when a trainee's consent is withdrawn, so what rested on
 * it ends with it: incubation removes the shop link.
 */
public record ConsentWithdrawn(UUID traineeId, Viewer viewer) {
}
