package cn.huinong.market.training.repository;

public enum NoteKind {
    MENTORING,
    SUPPORT,
    OTHER
}
