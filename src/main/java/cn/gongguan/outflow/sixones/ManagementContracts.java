package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.registry.Person;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 六个一 ③: the management contracts (管理合同) of outflow persons with their village's family-planning association,
 * recorded by the township once signed and printable for both parties' signatures.
 */
@Service
public class ManagementContracts {

    private final ManagementContractRepository contracts;
    private final FpAssociationRepository associations;
    private final SixOnesAccess access;
    private final SixOnesFigures figures;
    private final StaleEdits staleEdits;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    ManagementContracts(ManagementContractRepository contracts, FpAssociationRepository associations,
                        SixOnesAccess access, SixOnesFigures figures, StaleEdits staleEdits, AuditTrail audit,
                        Clock clock, Today today) {
        this.contracts = contracts;
        this.associations = associations;
        this.access = access;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** The person's contracts, latest signed first. */
    @Transactional(readOnly = true)
    public List<ManagementContract> of(long personId) {
        SixOnesAccess.reader();
        access.outflowPerson(personId);
        return contracts.findByPersonIdOrderBySignedOnDesc(personId);
    }

    /** A contract, for a user who may see its person. */
    @Transactional(readOnly = true)
    public Optional<ManagementContract> find(long contractId) {
        SixOnesAccess.reader();
        return contracts.findById(contractId).filter(c -> {
            access.outflowPerson(c.getPersonId());
            return true;
        });
    }

    /**
     * Records a contract signed ({@code contractId} null) or corrects one read at {@code version}; refused at the
     * field that is wrong — among them another village's association (the contract is with the person's own village's)
     * and a day signed before the association was founded — or when someone saved it meanwhile.
     */
    @Transactional
    public ManagementContract save(long personId, Long contractId, long version, ContractDetails details) {
        String by = SixOnesAccess.township().getUsername();
        Person person = access.outflowPerson(personId);
        ManagementContract contract = contractId == null ? new ManagementContract(person.getId())
                : contracts.findById(contractId).filter(c -> c.getPersonId() == personId)
                .orElseThrow(() -> new InvalidInputException(null, "sixOnes.gone"));
        if (contractId != null) {
            StaleEdits.check(version, contract.getVersion(), contract.getUpdatedBy(), contract.getUpdatedAt());
        }
        FpAssociation association = Optional.ofNullable(details.associationId()).flatMap(associations::findById)
                .orElseThrow(() -> new InvalidInputException("association", "validation.required"));
        if (!association.getOrgUnit().equals(OrgUnits.villageOf(person.getOrgUnit()))) {
            throw new InvalidInputException("association", "sixOnes.contract.otherVillage", association.getName());
        }
        if (details.signedOn() == null) {
            throw new InvalidInputException("signedOn", "validation.required");
        }
        if (details.signedOn().isAfter(today.date())) {
            throw new InvalidInputException("signedOn", "outflow.day.future");
        }
        if (details.signedOn().isBefore(association.getFoundedOn())) {
            throw new InvalidInputException("signedOn", "sixOnes.contract.beforeAssociation",
                    association.getName(), association.getFoundedOn().toString());
        }
        if (details.termUntil() == null) {
            throw new InvalidInputException("termUntil", "validation.required");
        }
        if (!details.termUntil().isAfter(details.signedOn())) {
            throw new InvalidInputException("termUntil", "sixOnes.contract.termBeforeSigned");
        }
        String obligations = SixOnesLimits.OBLIGATIONS.check(details.obligations());
        contract.apply(association, details.signedOn(), details.termUntil(), obligations, by, clock.instant());
        ManagementContract saved = staleEdits.save(() -> contracts.saveAndFlush(contract),
                () -> contracts.findById(contractId == null ? -1 : contractId)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.SIX_ONES_SAVED, "person:" + personId,
                "contract " + saved.getId(), null);
        figures.refresh();
        return saved;
    }
}
