package cn.huinong.market.training.placement;

/** How a placement is known: confirmed by the employer, or only reported by the trainee. */
public enum PlacementVerification {
    EMPLOYER_CONFIRMED,
    SELF_REPORTED
}
