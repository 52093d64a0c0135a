package cn.huinong.market.training.incubation;

/**
 * What one incubation sync did: feed events received and newly stored (replays store nothing), the cursor after it,
 * whether the feed has more right now, and shops whose catalog opening was checked / newly found.
 */
public record SyncView(int eventsReceived, int eventsStored, long cursor, boolean moreAvailable, int shopsChecked,
        int shopsOpened) {
}
