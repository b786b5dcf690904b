package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * The governance group's implementation plan (实施方案) for one year. Every save keeps the former text in the
 * history, and the version counts the saves: the first save is version 1 as people count them.
 */
@Entity
@Table(name = "governance_plan")
public class GovernancePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private int year;
    private String text;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected GovernancePlan() {
    }

    GovernancePlan(int year) {
        this.year = year;
    }

    void apply(String text, String by, Instant at) {
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Map<String, String> snapshot() {
        return Map.of("text", text);
    }

    /** The version as people count them: 1 after the first save, 2 after the first correction... */
    public long number() {
        return version + 1;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
