package cn.gongguan.counter;

import cn.gongguan.certificate.CertificateAnswer;
import cn.gongguan.certificate.CertificateStates;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.outflow.sixones.SixOnes;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-stop counter (一站式服务): a person looked up by ID number — typed, or scanned from the ID card — and what
 * is due for them, gathered from the features that own it: the certificate (to issue for an outflow person, to check
 * for an inflow person), the five steps' visit and delivery, the six ones' quarterly service, and the exchange's
 * messages about them waiting for the township. Each is done with that feature's own service.
 */
@Service
public class Counter {

    /** A lookup: the ID number as read (normalised), and the person registered here with it, if any. */
    public record Lookup(IdNumber idNumber, Optional<Person> person) {
    }

    private final PersonRegistry registry;
    private final CertificateStates certificates;
    private final FiveSteps fiveSteps;
    private final SixOnes sixOnes;
    private final Exchange exchange;
    private final Today today;

    Counter(PersonRegistry registry, CertificateStates certificates, FiveSteps fiveSteps, SixOnes sixOnes,
            Exchange exchange, Today today) {
        this.registry = registry;
        this.certificates = certificates;
        this.fiveSteps = fiveSteps;
        this.sixOnes = sixOnes;
        this.exchange = exchange;
        this.today = today;
    }

    /**
     * The person of the township with the ID number typed or scanned (spaces ignored, a lower-case x accepted), if
     * registered here; a number failing GB 11643 is refused at the field {@code idNumber}.
     */
    @Transactional(readOnly = true)
    public Lookup lookup(String typed) {
        CounterAccess.user("look a person up at the counter");
        IdNumber idNumber = IdNumber.parse(typed, today.date());
        return new Lookup(idNumber, registry.find(idNumber));
    }

    /** What is due for the person today, the overdue first. */
    @Transactional(readOnly = true)
    public List<Due> due(long personId) {
        CounterAccess.user("look a person up at the counter");
        Person person = registry.find(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        LocalDate day = today.date();
        List<Due> due = new ArrayList<>();
        CertificateAnswer certificate = certificates.of(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        if (isOutflow(person)) {
            if (certificate.wantsFollowUp()) {
                due.add(Due.of(DueKind.ISSUE_CERTIFICATE, certificate));
            }
            SixOnes.Checklist sixOnes = this.sixOnes.checklist(personId);
            if (sixOnes.trip().isPresent() && sixOnes.thisQuarter().isEmpty()) {
                due.add(new Due(DueKind.HEALTH_SERVICE, sixOnes.quarter().lastDay(), sixOnes.missedLastQuarter(),
                        null, null));
            }
        } else if (person.getFlowType() != FlowType.OUTFLOW) {
            if (certificate.wantsFollowUp()) {
                due.add(Due.of(DueKind.CHECK_CERTIFICATE, certificate));
            }
            Optional<LocalDate> visit = fiveSteps.visitDue(personId);
            visit.ifPresent(on -> due.add(new Due(DueKind.VISIT, on, on.isBefore(day), null, null)));
            if (visit.isEmpty() && fiveSteps.checklist(personId).get(Step.DELIVER).isEmpty()) {
                due.add(new Due(DueKind.DELIVERY, null, false, null, null));
            }
        }
        exchange.waitingAbout(person.getIdNumber()).forEach(message -> due.add(new Due(DueKind.MESSAGE,
                message.due() == null ? null : message.due().due(), message.isOverdue(day), null, message)));
        due.sort((a, b) -> Boolean.compare(b.overdue(), a.overdue()));
        return due;
    }

    /** Whether the person is one of the township's outflow persons (registered here, living elsewhere). */
    public static boolean isOutflow(Person person) {
        return person.getFlowType() == FlowType.OUTFLOW
                && TenantContext.current().value().equals(person.getRegistrationPlace());
    }
}
