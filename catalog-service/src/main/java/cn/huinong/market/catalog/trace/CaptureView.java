package cn.huinong.market.catalog.trace;

import java.util.List;

/** What a capture stored: each event's id and hash in document order, and how many were new (not retries). */
public record CaptureView(int created, List<CapturedEvent> events) {

    static CaptureView of(List<CapturedEvent> events) {
        return new CaptureView((int) events.stream().filter(CapturedEvent::created).count(), events);
    }
}
