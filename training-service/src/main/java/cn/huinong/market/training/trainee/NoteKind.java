package cn.huinong.market.training.trainee;

public enum NoteKind {
    MENTORING,
    SUPPORT,
    OTHER
}
