package cn.gongguan.platform.history;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The earlier versions of a tenant's records (a person, an archive): each edit keeps who made it, when, and each
 * field's value before and after, newest first. The features check who may see a record before they ask for its
 * history. The edits of a sensitive record are kept sealed like the record itself and opened only by
 * {@link #openSealed}, which the feature calls behind the same reasoned, audited opening as the record.
 */
@Component
public class History {

    private final RevisionRepository revisions;
    private final Sealer sealer;

    History(RevisionRepository revisions, Sealer sealer) {
        this.revisions = revisions;
        this.sealer = sealer;
    }

    /** Keeps an edit of the record {@code subject} that replaced its {@code version}; an edit changing nothing is not kept. */
    public void keep(String subject, long version, List<Change> changes, String by, Instant at) {
        if (!changes.isEmpty()) {
            revisions.save(new RevisionRecord(subject, version, Change.encode(changes), null, by, at));
        }
    }

    /** As {@link #keep}, the changes sealed: never stored in the clear. */
    public void keepSealed(String subject, long version, List<Change> changes, String by, Instant at) {
        if (!changes.isEmpty()) {
            byte[] sealed = sealer.seal(Change.encode(changes), sealingContext(subject, version));
            revisions.save(new RevisionRecord(subject, version, null, sealed, by, at));
        }
    }

    /** The edits of a record kept in the clear, newest first. */
    public List<Revision> of(String subject) {
        return revisions.findBySubjectOrderByIdDesc(subject).stream()
                .map(r -> revision(r, r.changes() == null ? List.of() : Change.decode(r.changes())))
                .toList();
    }

    /** The edits of a sensitive record, opened: only for a caller that has checked the role and audited the reason. */
    public List<Revision> openSealed(String subject) {
        return revisions.findBySubjectOrderByIdDesc(subject).stream()
                .map(r -> revision(r, r.sealed() == null ? List.of()
                        : Change.decode(sealer.open(r.sealed(), sealingContext(r.subject(), r.version())))))
                .toList();
    }

    /**
     * What a sealed edit is bound to: its tenant, record and the version it replaced, all from its own row
     * ({@code record_revision.subject}, {@code .version}), so a re-seal can recompute it and a copy elsewhere does not
     * open.
     */
    static String sealingContext(String subject, long version) {
        return TenantContext.current().value() + "/" + subject + "/revision:" + version;
    }

    private static Revision revision(RevisionRecord record, List<Change> changes) {
        return new Revision(record.version(), record.revisedBy(), record.revisedAt(), changes);
    }
}
