package cn.huinong.market.gateway.client;

import java.time.LocalDate;
import java.util.UUID;

/** A training cohort as its trainer sees it. */
public record Cohort(UUID id, String name, String countyName, String track, LocalDate startDate, LocalDate endDate) {
}
