package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.ContractDetails;
import cn.gongguan.outflow.sixones.FpAssociation;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.ManagementContract;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.outflow.sixones.SixOnesLimits;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 六个一 ③: records the management contract a person signed with a village's family-planning association, or
 * corrects it. The obligations start from the usual text, which the township may adapt.
 */
class ContractDialog extends FormDialog<ManagementContract> {

    private static final int DEFAULT_TERM_YEARS = 3;

    final Select<FpAssociation> association = required("association", new Select<>());
    final DatePicker signedOn = required("signedOn", new DatePicker());
    final DatePicker termUntil = required("termUntil", new DatePicker());
    final TextArea obligations = area(SixOnesLimits.OBLIGATIONS, "sixOnes.contract.obligations");
    private final transient ManagementContracts contracts;
    private final long personId;
    private Long contractId;
    private long version = -1;

    ContractDialog(ManagementContracts contracts, FpAssociations associations, Today today, Person person) {
        super("save-contract");
        this.contracts = contracts;
        this.personId = person.getId();
        setHeaderTitle(getTranslation("sixOnes.contract.title", person.getName()));
        association.setLabel(getTranslation("sixOnes.contract.association"));
        association.setItems(associations.list());
        association.setItemLabelGenerator(FpAssociation::getName);
        association.setId("contract-association");
        associations.ofUnit(person.getOrgUnit()).ifPresent(own -> association.getListDataView().getItems()
                .filter(a -> a.getId().equals(own.getId())).findFirst().ifPresent(association::setValue));
        signedOn.setLabel(getTranslation("sixOnes.contract.signedOn"));
        signedOn.setId("contract-signed-on");
        signedOn.setValue(today.date());
        signedOn.setMax(today.date());
        termUntil.setLabel(getTranslation("sixOnes.contract.termUntil"));
        termUntil.setId("contract-term-until");
        termUntil.setValue(today.date().plusYears(DEFAULT_TERM_YEARS));
        obligations.setId("contract-obligations");
        obligations.setValue(getTranslation("sixOnes.contract.defaultObligations"));
        addFields(association, signedOn, termUntil);
        addWide(obligations);
    }

    /** Opens the form on a contract recorded earlier, to correct it. */
    ContractDialog editing(ManagementContract contract) {
        contractId = contract.getId();
        version = contract.getVersion();
        association.getListDataView().getItems().filter(a -> a.getId().equals(contract.getAssociation().getId()))
                .findFirst().ifPresent(association::setValue);
        signedOn.setValue(contract.getSignedOn());
        termUntil.setValue(contract.getTermUntil());
        obligations.setValue(contract.getObligations());
        reloadWith(() -> contracts.find(contract.getId()).ifPresent(this::editing));
        return this;
    }

    @Override
    protected ManagementContract write() {
        return contracts.save(personId, contractId, version, new ContractDetails(
                association.getValue() == null ? null : association.getValue().getId(), signedOn.getValue(),
                termUntil.getValue(), obligations.getValue()));
    }
}
