package cn.gongguan.fivestep;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One archive of one person as stored: its values as JSON text, or — for a sensitive archive — only sealed
 * (encrypted), never in the clear.
 */
@Entity
@Table(name = "archive")
@IdClass(ArchiveRecord.Key.class)
class ArchiveRecord {

    record Key(long personId, Archive kind) implements Serializable {
        Key() {
            this(0, null);
        }
    }

    @Id
    private long personId;
    @Id
    @Enumerated(EnumType.STRING)
    private Archive kind;
    @Version
    private long version;
    private String content;
    private byte[] sealed;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected ArchiveRecord() {
    }

    ArchiveRecord(long personId, Archive kind) {
        this.personId = personId;
        this.kind = kind;
    }

    void store(String content, byte[] sealed, String by, Instant at) {
        this.content = content;
        this.sealed = sealed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    long personId() {
        return personId;
    }

    Archive kind() {
        return kind;
    }

    long version() {
        return version;
    }

    String content() {
        return content;
    }

    byte[] sealed() {
        return sealed;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
