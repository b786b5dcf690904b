package cn.gongguan.enterprise;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A task the unit gave an enterprise's family-planning contact: due on a day, done on a day with a note. */
@Entity
@Table(name = "enterprise_task")
public class EnterpriseTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long enterpriseId;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private TaskKind kind;
    @Column(length = EnterpriseLimits.TITLE_LENGTH)
    private String title;
    private LocalDate dueOn;
    private LocalDate doneOn;
    @Column(length = EnterpriseLimits.NOTE_LENGTH)
    private String doneNote;
    /** The staff the task is about (their employments' ids). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_task_staff", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "staff_id")
    private Set<Long> staffIds = new HashSet<>();
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected EnterpriseTask() {
    }

    EnterpriseTask(long enterpriseId, TaskKind kind, String title, LocalDate dueOn, Set<Long> staffIds, String by,
                   Instant at) {
        this.enterpriseId = enterpriseId;
        this.kind = kind;
        this.title = title;
        this.dueOn = dueOn;
        this.staffIds = new HashSet<>(staffIds);
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Adds staff to an open task (a later list's newcomers whose certificates are to be collected too). */
    void include(Set<Long> more, String by, Instant at) {
        staffIds.addAll(more);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void done(LocalDate day, String note, String by, Instant at) {
        this.doneOn = day;
        this.doneNote = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isOpen() {
        return doneOn == null;
    }

    /** Not done and its day passed. */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public Set<Long> getStaffIds() {
        return Set.copyOf(staffIds);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
