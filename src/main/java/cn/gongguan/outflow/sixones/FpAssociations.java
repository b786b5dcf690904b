package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The villages' family-planning associations (计生协会), one per village, kept by the township's administrator: the
 * party of the management contracts (六个一 ③).
 */
@Service
public class FpAssociations {

    /** A village's code is 12 digits; a group's (below it) is longer. */
    private static final int VILLAGE_CODE = 12;

    private final FpAssociationRepository associations;
    private final ManagementContractRepository contracts;
    private final OrgUnits orgUnits;
    private final StaleEdits staleEdits;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    FpAssociations(FpAssociationRepository associations, ManagementContractRepository contracts, OrgUnits orgUnits,
                   StaleEdits staleEdits, AuditTrail audit, Clock clock, Today today) {
        this.associations = associations;
        this.contracts = contracts;
        this.orgUnits = orgUnits;
        this.staleEdits = staleEdits;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Every village's association, in village order. */
    @Transactional(readOnly = true)
    public List<FpAssociation> list() {
        SixOnesAccess.reader();
        return associations.findAllByOrderByOrgUnit();
    }

    /** The association of the village (or of the village a group belongs to). */
    @Transactional(readOnly = true)
    public Optional<FpAssociation> ofUnit(String orgUnit) {
        SixOnesAccess.reader();
        return orgUnit == null ? Optional.empty()
                : associations.findByOrgUnit(orgUnit.substring(0, Math.min(orgUnit.length(), VILLAGE_CODE)));
    }

    /** Whether the user keeps the associations. */
    public static boolean mayKeep() {
        return SixOnesAccess.is(SixOnesAccess.ASSOCIATION_KEEPERS);
    }

    /**
     * Enters a village's association ({@code id} null) or corrects one read at {@code version}; refused at the field
     * that is wrong — among them a founding day after a contract already signed with it — or when someone saved it
     * meanwhile.
     */
    @Transactional
    public FpAssociation save(Long id, long version, AssociationDetails details) {
        String by = CurrentUser.inRole(SixOnesAccess.ASSOCIATION_KEEPERS, "keep the associations").getUsername();
        FpAssociation association;
        if (id == null) {
            String unit = orgUnits.find(details.orgUnit()).filter(u -> u.getKind() == OrgUnit.Kind.VILLAGE)
                    .map(OrgUnit::getCode)
                    .orElseThrow(() -> new InvalidInputException("orgUnit", "sixOnes.association.village"));
            associations.findByOrgUnit(unit).ifPresent(other -> {
                throw new InvalidInputException("orgUnit", "sixOnes.association.exists", other.getName());
            });
            association = new FpAssociation(unit);
        } else {
            association = associations.findById(id).orElseThrow(() -> new InvalidInputException(null, "sixOnes.gone"));
            StaleEdits.check(version, association.getVersion(), association.getUpdatedBy(), association.getUpdatedAt());
        }
        AssociationDetails checked = check(details);
        if (association.getId() != null) {
            contracts.findFirstByAssociationIdOrderBySignedOnAsc(association.getId())
                    .filter(first -> first.getSignedOn().isBefore(checked.foundedOn())).ifPresent(first -> {
                        throw new InvalidInputException("foundedOn", "sixOnes.association.afterContract",
                                first.getSignedOn().toString());
                    });
        }
        association.apply(checked, by, clock.instant());
        FpAssociation saved = staleEdits.save(() -> associations.saveAndFlush(association),
                () -> associations.findByOrgUnit(association.getOrgUnit())
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.SIX_ONES_SAVED, "fp_association:" + saved.getId(),
                "association", null);
        return saved;
    }

    private AssociationDetails check(AssociationDetails details) {
        String name = SixOnesLimits.ASSOCIATION_NAME.check(details.name());
        if (details.foundedOn() == null) {
            throw new InvalidInputException("foundedOn", "validation.required");
        }
        if (details.foundedOn().isAfter(today.date())) {
            throw new InvalidInputException("foundedOn", "outflow.day.future");
        }
        String chair = SixOnesLimits.CHAIR.check(details.chair());
        String phone = SixOnesLimits.ASSOCIATION_PHONE.check(details.phone());
        if (!Phone.isBlankOrValid(phone)) {
            throw new InvalidInputException("phone", "person.phone.invalid");
        }
        return new AssociationDetails(details.orgUnit(), name, details.foundedOn(), chair, phone);
    }
}
