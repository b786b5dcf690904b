package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Association;
import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseDetails;
import cn.gongguan.enterprise.EnterpriseLimits;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Registers an enterprise or edits one; a wrong field shows why and keeps what was entered. */
class EnterpriseDialog extends FormDialog<Enterprise> {

    final TextField name = text(EnterpriseLimits.NAME, "enterprise.name");
    final TextField industry = text(EnterpriseLimits.INDUSTRY, "enterprise.industry");
    final TextField address = text(EnterpriseLimits.ADDRESS, "enterprise.address");
    final OrgUnitField orgUnit;
    final TextField creditCode = text(EnterpriseLimits.CREDIT_CODE, "enterprise.creditCode");
    final TextField contactName = text(EnterpriseLimits.CONTACT_NAME, "enterprise.contactName");
    final TextField contactPhone = text(EnterpriseLimits.CONTACT_PHONE, "enterprise.contactPhone");
    final EnumSelect<Association> association = required("association",
            new EnumSelect<>("enterprise.association", Association.values()));
    final IntegerField headcount = required("headcount", new IntegerField());
    final TextArea note = area(EnterpriseLimits.NOTE, "enterprise.note");
    private final transient Enterprises enterprises;
    private Enterprise editing;

    EnterpriseDialog(Enterprises enterprises, OrgUnits orgUnits, Enterprise editing) {
        super("save-enterprise");
        this.enterprises = enterprises;
        setHeaderTitle(getTranslation(editing == null ? "enterprise.new" : "enterprise.edit"));
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "enterprise.orgUnit"));
        headcount.setLabel(getTranslation("enterprise.headcount"));
        headcount.setMin(0);
        creditCode.setHelperText(getTranslation("enterprise.creditCode.helper"));
        name.setId("enterprise-name");
        industry.setId("enterprise-industry");
        address.setId("enterprise-address");
        orgUnit.setId("enterprise-orgUnit");
        creditCode.setId("enterprise-creditCode");
        contactName.setId("enterprise-contactName");
        contactPhone.setId("enterprise-contactPhone");
        association.setId("enterprise-association");
        headcount.setId("enterprise-headcount");
        note.setId("enterprise-note");
        addFields(name, industry, address, orgUnit, creditCode, headcount, contactName, contactPhone, association);
        addWide(note);
        show(editing);
        reloadWith(() -> enterprises.find(this.editing.getId()).ifPresent(this::show));
    }

    /** Fills the form with the enterprise as saved (or empty for a new one). */
    private void show(Enterprise enterprise) {
        editing = enterprise;
        if (enterprise != null) {
            EnterpriseDetails details = enterprise.details();
            name.setValue(details.name());
            industry.setValue(details.industry());
            address.setValue(details.address());
            orgUnit.setCode(details.orgUnit());
            creditCode.setValue(blankIfNull(details.creditCode()));
            contactName.setValue(details.contactName());
            contactPhone.setValue(details.contactPhone());
            association.setValue(details.association());
            headcount.setValue(details.headcount());
            note.setValue(blankIfNull(details.note()));
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    protected Enterprise write() {
        EnterpriseDetails details = new EnterpriseDetails(name.getValue(), industry.getValue(), address.getValue(),
                orgUnit.getCode(), creditCode.getValue(), contactName.getValue(), contactPhone.getValue(),
                association.getValue(), headcount.getValue(), note.getValue());
        return editing == null ? enterprises.register(details)
                : enterprises.update(editing.getId(), editing.getVersion(), details);
    }
}
