package cn.gongguan.security.audit;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Verifies the hash chains of the audit trail (platform changeset platform-020): each tenant's events, and the
 * platform's events without a tenant, are linked by the database as they are written. Verification recomputes every
 * link in the database, walking one chain in position order, and stops at the first broken one, so only that link
 * (never the chain) comes back to the application.
 */
@Service
public class AuditChains {

    /** The chain of the events without a tenant (failed logins under unknown user names). */
    public static final String PLATFORM_CHAIN = "";

    /** How a link is broken. */
    public enum Break {
        /** The event's own content no longer matches its hash: it was altered. */
        ALTERED,
        /** The event does not follow the one before it: an event before it was removed, altered or inserted. */
        LINK_BROKEN,
        /** The chain ends before its recorded head: the last events were removed. */
        END_MISSING
    }

    /** The first broken link of a chain: the event at which the break shows. */
    public record BrokenLink(long eventId, Instant at, long position, Break kind) {
    }

    /**
     * The outcome for one chain.
     *
     * @param chain  a tenant code, or {@link #PLATFORM_CHAIN}
     * @param events how many events the chain's head says it holds
     * @param head   the hash of its last event (hex), to be kept elsewhere: a chain rewritten from the start by
     *               someone who owns the database would show as a different head
     */
    public record Verdict(String chain, long events, String head, Optional<BrokenLink> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    AuditChains(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /**
     * Verifies the audit administrator's own tenant's chain (the county's also the platform's chain, whose events it
     * reads); the verification is recorded, with its outcome, after it.
     */
    @PlatformTransactional
    public List<Verdict> verifyOwn() {
        GongguanUser auditor = CurrentUser.inRole(EnumSet.of(Role.AUDIT_ADMIN), "verify the audit trail");
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(verify(auditor.tenant().value()));
        if (auditor.tenant().kind() == TenantKind.COUNTY) {
            verdicts.add(verify(PLATFORM_CHAIN));
        }
        trail.record(auditor.tenant(), auditor.getUsername(), AuditAction.AUDIT_CHAIN_VERIFIED, null,
                verdicts.stream().map(AuditChains::describe).reduce((a, b) -> a + "; " + b).orElse(""), null);
        return verdicts;
    }

    /** Every chain of the installation (the command line's verification; no user is logged in). */
    @PlatformTransactional(readOnly = true)
    public List<Verdict> verifyAll() {
        return jdbc.sql("""
                        select chain from platform.audit_chain
                        union select distinct coalesce(tenant_code, '') from platform.audit_event
                        order by 1""")
                .query(String.class).list().stream().map(this::verify).toList();
    }

    /** One chain: a tenant code or {@link #PLATFORM_CHAIN}. */
    @PlatformTransactional(readOnly = true)
    public Verdict verify(String chain) {
        Optional<Head> head = jdbc.sql("select position, last_hash from platform.audit_chain where chain = ?")
                .param(chain).query((rs, row) -> new Head(rs.getLong(1), rs.getBytes(2))).optional();
        Optional<BrokenLink> broken = firstBrokenLink(chain);
        if (broken.isEmpty()) {
            broken = missingEnd(chain, head.orElse(new Head(0, new byte[0])));
        }
        return new Verdict(chain, head.map(Head::position).orElse(0L),
                head.map(h -> HexFormat.of().formatHex(h.hash())).orElse(""), broken);
    }

    /**
     * Recomputes each event's hash and compares it with the one stored and with the next event's previous hash.
     * An index scan in position order feeds the window, and the limit stops the walk at the first broken link.
     */
    private Optional<BrokenLink> firstBrokenLink(String chain) {
        return jdbc.sql("""
                        select id, at, chain_position, kind from (
                          select id, at, chain_position,
                            case when hash is distinct from platform.audit_event_digest(previous_hash, chain_position,
                                        id, at, tenant_code, actor, action, subject, detail, remote_addr)
                                   then 'ALTERED'
                                 when chain_position <> coalesce(lag(chain_position) over links, 0) + 1
                                   or previous_hash is distinct from lag(hash) over links
                                   then 'LINK_BROKEN'
                            end as kind
                          from platform.audit_event where coalesce(tenant_code, '') = ?
                          window links as (order by chain_position)
                        ) checked
                        where kind is not null order by chain_position limit 1""")
                .param(chain)
                .query((rs, row) -> new BrokenLink(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                        Break.valueOf(rs.getString(4))))
                .optional();
    }

    /** The last event must be the head's: otherwise events after it were removed. */
    private Optional<BrokenLink> missingEnd(String chain, Head head) {
        Optional<Last> last = jdbc.sql("""
                        select id, at, chain_position, hash from platform.audit_event
                        where coalesce(tenant_code, '') = ? order by chain_position desc limit 1""")
                .param(chain)
                .query((rs, row) -> new Last(new BrokenLink(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getLong(3), Break.END_MISSING), rs.getBytes(4)))
                .optional();
        if (last.isEmpty()) {
            return head.position() == 0 ? Optional.empty()
                    : Optional.of(new BrokenLink(0, null, head.position(), Break.END_MISSING));
        }
        boolean atHead = last.get().link().position() == head.position() && Arrays.equals(last.get().hash(), head.hash());
        return atHead ? Optional.empty() : Optional.of(last.get().link());
    }

    static String describe(Verdict verdict) {
        String chain = verdict.chain().isEmpty() ? "platform" : verdict.chain();
        return verdict.broken()
                .map(b -> chain + ": " + b.kind() + " at event " + b.eventId() + " (position " + b.position() + ")")
                .orElse(chain + ": intact, " + verdict.events() + " events");
    }

    private record Head(long position, byte[] hash) {
    }

    private record Last(BrokenLink link, byte[] hash) {
    }
}
