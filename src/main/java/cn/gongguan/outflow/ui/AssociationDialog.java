package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.AssociationDetails;
import cn.gongguan.outflow.sixones.FpAssociation;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.SixOnesLimits;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Enters a village's family-planning association (计生协会), or corrects it; the township's administrator does. */
class AssociationDialog extends FormDialog<FpAssociation> {

    final Select<OrgUnit> village = required("orgUnit", new Select<>());
    final TextField name = text(SixOnesLimits.ASSOCIATION_NAME, "sixOnes.association.name");
    final DatePicker foundedOn = required("foundedOn", new DatePicker());
    final TextField chair = text(SixOnesLimits.CHAIR, "sixOnes.association.chair");
    final TextField phone = text(SixOnesLimits.ASSOCIATION_PHONE, "sixOnes.association.phone");
    private final transient FpAssociations associations;
    private Long id;
    private long version = -1;

    AssociationDialog(FpAssociations associations, OrgUnits orgUnits, Today today) {
        super("save-association");
        this.associations = associations;
        setHeaderTitle(getTranslation("sixOnes.association.new"));
        village.setLabel(getTranslation("person.orgUnit"));
        village.setItems(orgUnits.active().stream().filter(u -> u.getKind() == OrgUnit.Kind.VILLAGE).toList());
        village.setItemLabelGenerator(OrgUnit::getName);
        village.setId("association-village");
        name.setId("association-name");
        foundedOn.setLabel(getTranslation("sixOnes.association.foundedOn"));
        foundedOn.setMax(today.date());
        foundedOn.setId("association-founded-on");
        chair.setId("association-chair");
        phone.setId("association-phone");
        addFields(village, name, foundedOn, chair, phone);
    }

    /** Opens the form on an association entered earlier, to correct it; its village stays. */
    AssociationDialog editing(FpAssociation association) {
        id = association.getId();
        version = association.getVersion();
        setHeaderTitle(association.getName());
        village.getListDataView().getItems().filter(u -> u.getCode().equals(association.getOrgUnit())).findFirst()
                .ifPresent(village::setValue);
        village.setReadOnly(true);
        name.setValue(association.getName());
        foundedOn.setValue(association.getFoundedOn());
        chair.setValue(association.getChair());
        phone.setValue(association.getPhone() == null ? "" : association.getPhone());
        reloadWith(() -> associations.list().stream().filter(a -> a.getId().equals(association.getId()))
                .findFirst().ifPresent(this::editing));
        return this;
    }

    @Override
    protected FpAssociation write() {
        return associations.save(id, version, new AssociationDetails(
                village.getValue() == null ? null : village.getValue().getCode(), name.getValue(),
                foundedOn.getValue(), chair.getValue(), phone.getValue()));
    }
}
