package cn.huinong.market.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Incubation: reading the order feed and catalog's shop openings. */
@ConfigMapping(prefix = "huinong.training.incubation")
public interface IncubationConfig {

    /** Interval of the scheduled sync (feed + catalog openings), e.g. 60s; "off" disables it. */
    @WithDefault("60s")
    String pollEvery();

    /** Delay of the first scheduled sync after start. */
    @WithDefault("15s")
    String pollDelay();

    /** Events asked for per feed page (1..500). */
    @WithDefault("200")
    int pageSize();

    /** Pages applied per sync at most; the next sync goes on from the stored cursor. */
    @WithDefault("50")
    int maxPagesPerSync();
}
