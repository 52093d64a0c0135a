package cn.huinong.market.training.trainee;

/**
 * What a consent extends to. {@code PROGRAMME} (the training record, protected fields for support and outcome
 * statistics) is part of every consent; {@code SHOP_SALES} also allows linking the trainee's catalog shop and
 * counting its sales from the order feed in milestones, income and outcome reports.
 */
public enum ConsentPurpose {
    PROGRAMME,
    SHOP_SALES
}
