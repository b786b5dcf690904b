package cn.gongguan.glass;

import cn.gongguan.fivestep.Delivery;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.Step;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's record as a county user reads it under a break-the-glass access: the registry's fields in clear, the
 * five steps done and the follow-ups scheduled — never an archive, a note or anything sealed.
 */
public record GlassRecord(GlassAccess access, Registered person, List<StepDone> steps, List<FollowUpDue> followUps) {

    /** The person's registry fields, as the unit keeps them in clear. */
    public record Registered(String name, String idNumber, Sex sex, LocalDate birthDate, String phone,
                             String registrationPlace, String orgUnitName, String address, LocalDate arrivalDate,
                             FlowType flowType, MaritalStatus maritalStatus, int children, String employer,
                             String certificateNumber, String certificatePlace, LocalDate certificateValidUntil,
                             boolean certificateChecked, Instant updatedAt, String updatedBy) {
    }

    /** A step of the five-step method done: when and by whom, and for the delivery what was delivered. */
    public record StepDone(Step step, LocalDate doneOn, String recordedBy, Delivery delivered) {
    }

    /**
     * A follow-up scheduled: its kind, due day, assignee and the day it was done — not its outcome, which may name a
     * contraceptive measure or a pregnancy check.
     */
    public record FollowUpDue(FollowUpKind kind, LocalDate dueOn, String assignee, LocalDate doneOn) {
    }
}
