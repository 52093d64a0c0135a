package cn.huinong.market.training.trainee;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Case notes: readable and writable only by the trainee's assigned trainers and admins. */
@ApplicationScoped
public class CaseNoteService {

    @Inject CaseNoteRepository notes;

    @Inject Clock clock;

    @Inject TraineeAccess access;

    @Transactional
    public NoteView add(UUID traineeId, NoteRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        CaseNote n = new CaseNote(traineeId, request, viewer.sub(), OffsetDateTime.now(clock));
        notes.persistAndFlush(n);
        return NoteView.of(n);
    }

    public Page<NoteView> list(UUID traineeId, Viewer viewer, String after, int limit) {
        access.trainee(traineeId, viewer);
        return Page.of(notes.page(traineeId, after, limit), limit, NoteView::of,
                n -> new TimeKey(n.createdAt, n.id).cursor());
    }
}
