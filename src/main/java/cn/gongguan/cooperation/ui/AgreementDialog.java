package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.AgreementDetails;
import cn.gongguan.cooperation.Agreements;
import cn.gongguan.cooperation.CooperationLimits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Records an agreement with other regions, or changes one, with its signed file. */
class AgreementDialog extends FormDialog<Agreement> {

    final DivisionsField parties;
    final TextField title = text(CooperationLimits.TITLE, "cooperation.agreement.title");
    final DatePicker startsOn = required(Agreements.STARTS_ON, new DatePicker());
    final DatePicker endsOn = required(Agreements.ENDS_ON, new DatePicker());
    final TextArea scope = area(CooperationLimits.SCOPE, "cooperation.agreement.scope");
    final FileField file = field(Agreements.FILE, new FileField("cooperation.agreement.file"));
    private final transient Agreements agreements;
    private Long agreementId;
    private long version = -1;

    AgreementDialog(Agreements agreements, Divisions divisions) {
        super("save-agreement");
        this.agreements = agreements;
        parties = required(Agreements.PARTIES, new DivisionsField(divisions, "cooperation.agreement.parties"));
        setHeaderTitle(getTranslation("cooperation.agreement.add"));
        parties.setId("agreement-parties");
        title.setId("agreement-title");
        startsOn.setLabel(getTranslation("cooperation.agreement.startsOn"));
        startsOn.setId("agreement-starts-on");
        endsOn.setLabel(getTranslation("cooperation.agreement.endsOn"));
        endsOn.setId("agreement-ends-on");
        scope.setId("agreement-scope");
        file.setId("agreement-file");
        addWide(parties);
        addWide(title);
        addFields(startsOn, endsOn);
        addWide(scope);
        addWide(file);
    }

    /** Opens the form on an agreement of the unit, to change it; a new file replaces the signed one. */
    AgreementDialog editing(Agreement agreement) {
        setHeaderTitle(getTranslation("cooperation.agreement.edit"));
        agreementId = agreement.id();
        version = agreement.version();
        parties.setCodes(agreement.parties());
        title.setValue(agreement.title());
        startsOn.setValue(agreement.startsOn());
        endsOn.setValue(agreement.endsOn());
        scope.setValue(agreement.scope());
        reloadWith(() -> agreements.find(agreementId).ifPresent(this::editing));
        return this;
    }

    @Override
    protected Agreement write() {
        return agreements.save(agreementId, version, new AgreementDetails(parties.codes(), title.getValue(),
                startsOn.getValue(), endsOn.getValue(), scope.getValue()), file.file());
    }
}
