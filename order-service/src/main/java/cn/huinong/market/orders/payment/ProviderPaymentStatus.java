package cn.huinong.market.orders.payment;

public enum ProviderPaymentStatus { WAITING, PAID, CLOSED }
