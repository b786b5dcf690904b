package cn.gongguan.fivestep;

import static cn.gongguan.fivestep.FollowUpKind.KEY_GROUP;
import static cn.gongguan.fivestep.FollowUpKind.PUBLICITY;
import static cn.gongguan.fivestep.FollowUpKind.SERVICE;

import cn.gongguan.platform.Labelled;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a follow-up (三跟踪) came to, chosen from a list and kept in clear — what a village officer may know. Details
 * (a pregnancy, a contraceptive method) go only into the follow-up's sealed note.
 */
public enum FollowUpOutcome implements Labelled {
    /** 已落实避孕措施: a contraceptive measure is in place (the 六个一's "a contraceptive measure"). */
    CONTRACEPTION_IN_PLACE(EnumSet.of(KEY_GROUP, SERVICE)),
    /** 已做孕情检查: the pregnancy check was done. */
    PREGNANCY_CHECK_DONE(EnumSet.of(KEY_GROUP, SERVICE)),
    /** 已接受服务: the service was received. */
    SERVICE_RECEIVED(EnumSet.of(SERVICE)),
    /** 已转介服务机构: referred to a family-planning or health service. */
    REFERRED(EnumSet.of(KEY_GROUP, SERVICE)),
    /** 已宣传讲解: the services and knowledge were explained. */
    INFORMED(EnumSet.of(KEY_GROUP, PUBLICITY)),
    /** 未见到本人: not found at the address. */
    NOT_FOUND(EnumSet.allOf(FollowUpKind.class)),
    /** 已迁离: moved away. */
    MOVED_AWAY(EnumSet.allOf(FollowUpKind.class)),
    /** 其他: said in the note, which is then required. */
    OTHER(EnumSet.allOf(FollowUpKind.class));

    private final Set<FollowUpKind> kinds;

    FollowUpOutcome(Set<FollowUpKind> kinds) {
        this.kinds = kinds;
    }

    /** The outcomes a follow-up of the kind may come to, in the order a form offers them. */
    public static List<FollowUpOutcome> of(FollowUpKind kind) {
        return Arrays.stream(values()).filter(o -> o.kinds.contains(kind)).toList();
    }

    @Override
    public String labelKey() {
        return "followUp.outcome." + name();
    }
}
