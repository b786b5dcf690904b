package cn.gongguan.cooperation;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of regional cooperation in {@code platform.coop_file}: a signed agreement, a bulletin's attachment. Stored
 * in the database beside the records (the application keeps no files of its own on disk, so replicas share them), read
 * by whoever reads the record; every download is audited.
 */
@Service
public class CooperationFiles {

    /** A file as downloaded. */
    public record Download(String name, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CooperationFiles(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores a file of the unit, refused at the field when it is empty, too large or not a PDF or an image. */
    @Transactional(propagation = Propagation.MANDATORY)
    long store(String field, SignedFile file, GongguanUser user) {
        String type = file.checkedType(field);
        return jdbc.sql("""
                insert into platform.coop_file (owner_code, name, content_type, size, data, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.current().value(), file.storedName(), type, file.bytes().length, file.bytes(),
                        user.getUsername())
                .query(Long.class).single();
    }

    /** Removes a file no record refers to any more (an agreement's replaced signed file). */
    @Transactional(propagation = Propagation.MANDATORY)
    void remove(long id) {
        jdbc.sql("delete from platform.coop_file where id = ?").param(id).update();
    }

    /**
     * A file of a record the user reads (the unit's own, or a township's for the county), recorded in the unit's
     * audit trail with the record it belongs to.
     */
    @Transactional
    public Download download(long id) {
        GongguanUser user = CooperationAccess.reader();
        Download file = jdbc.sql("select name, content_type, data from platform.coop_file where id = ?").param(id)
                .query((rs, row) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new AccessDeniedException("No cooperation file " + id));
        audit.record(user.tenant(), user.getUsername(), AuditAction.COOPERATION_FILE_DOWNLOADED, "coop_file:" + id,
                file.name(), null);
        return file;
    }
}
