package cn.huinong.market.catalog.rest;

import java.time.OffsetDateTime;

public record TransitionView(String from, String to, String actor, String reason, OffsetDateTime at) {
}
