package cn.gongguan.glass.ui;

import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassLimits;
import cn.gongguan.glass.GlassReason;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Opens a person's record under break-the-glass: the unit of the county's tree, the person's ID number, the reason
 * from the list and what it does not say. Saving opens the access; the view then shows the record.
 */
class GlassDialog extends FormDialog<Long> {

    final ComboBox<Tenant> unit = required(BreakTheGlass.UNIT, new ComboBox<>());
    final TextField idNumber = required(IdNumber.FIELD, new TextField());
    final EnumSelect<GlassReason> reason = required(BreakTheGlass.REASON,
            new EnumSelect<>("glass.reason", GlassReason.values()));
    final TextArea reasonText = area(GlassLimits.REASON_TEXT, "glass.reasonText");
    private final transient BreakTheGlass glass;

    GlassDialog(BreakTheGlass glass) {
        super("glass-open");
        this.glass = glass;
        setHeaderTitle(getTranslation("glass.open.title"));
        save.setText(getTranslation("glass.open"));
        unit.setId("glass-unit");
        unit.setLabel(getTranslation("glass.unit"));
        unit.setItems(glass.units());
        unit.setItemLabelGenerator(Tenant::name);
        idNumber.setId("glass-id-number");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setMaxLength(18);
        reason.setId("glass-reason");
        reasonText.setId("glass-reason-text");
        reasonText.setRequiredIndicatorVisible(true);
        addFields(unit, idNumber);
        addWide(reason);
        addWide(reasonText);
        addWide(new Paragraph(getTranslation("glass.open.terms", glass.duration().toMinutes())));
    }

    @Override
    protected Long write() {
        return glass.open(unit.getValue() == null ? null : unit.getValue().code(), idNumber.getValue(),
                reason.getValue(), reasonText.getValue());
    }
}
