package cn.gongguan.platform.history;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One edit of a record as stored: its changes in the clear, or — for sensitive records — only sealed. */
@Entity
@Table(name = "record_revision")
class RevisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(length = HistoryLimits.SUBJECT_LENGTH)
    private String subject;
    private long version;
    private String changes;
    private byte[] sealed;
    @Column(length = TextLimit.ACTOR)
    private String revisedBy;
    private Instant revisedAt;

    protected RevisionRecord() {
    }

    RevisionRecord(String subject, long version, String changes, byte[] sealed, String revisedBy, Instant revisedAt) {
        this.subject = subject;
        this.version = version;
        this.changes = changes;
        this.sealed = sealed;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    String subject() {
        return subject;
    }

    long version() {
        return version;
    }

    String changes() {
        return changes;
    }

    byte[] sealed() {
        return sealed;
    }

    String revisedBy() {
        return revisedBy;
    }

    Instant revisedAt() {
        return revisedAt;
    }
}
